package io.github.thidua.core;

/** A role a member unit holds in its cluster for a year. */
public enum Role implements Labelled {
    /** The head (Cụm trưởng, Trưởng khối), who leads the cluster for the year. */
    HEAD("Cụm trưởng", "cluster head"),
    /** A deputy head (Cụm phó). */
    DEPUTY("Cụm phó", "deputy head"),
    /** The host of the review conference (đơn vị đăng cai). */
    HOST("đơn vị đăng cai", "host");

    private final Text label;

    Role(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
