package io.github.thidua.core;

/** How a ballot was cast: at the meeting, or in writing by a member who was absent. */
public enum BallotMode implements Labelled {
    /** Cast at the meeting (trực tiếp). */
    IN_PERSON("trực tiếp", "in person"),
    /** Cast in writing by an absent member (bằng văn bản). */
    WRITTEN("bằng văn bản", "in writing");

    private final Text label;

    BallotMode(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
