package io.github.thidua.core;

/** Which way an {@link Indicator} improves. */
public enum Direction implements Labelled {
    /** More is better (càng cao càng tốt), such as growth or new members. */
    HIGHER_IS_BETTER("càng cao càng tốt", "higher is better"),
    /** Less is better (càng thấp càng tốt), such as poor households or late reports. */
    LOWER_IS_BETTER("càng thấp càng tốt", "lower is better");

    private final Text label;

    Direction(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
