package io.github.thidua.core;

/** Whether a {@link Movement} runs all the time or on one theme for a stated period. */
public enum MovementKind implements Labelled {
    /** A regular movement (thường xuyên), run every year. */
    REGULAR("thường xuyên", "regular"),
    /** A thematic movement (theo chuyên đề), with a start and an end. */
    THEMATIC("theo chuyên đề", "thematic");

    private final Text label;

    MovementKind(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
