package io.github.thidua.core;

/** Whether a group of competing units is a cluster (by geography) or a bloc (by function). */
public enum ClusterKind implements Labelled {
    /** A cluster (cụm thi đua): similar units grouped by geography. */
    CLUSTER("cụm thi đua", "emulation cluster"),
    /** A bloc (khối thi đua): agencies grouped by function. */
    BLOC("khối thi đua", "emulation bloc");

    private final Text label;

    ClusterKind(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
