package io.github.thidua.core;

/** How a {@link Quantitative} criterion scores a unit that pledged no target for its indicator. */
public enum MissingTargetPolicy implements Labelled {
    /** The unit scores zero (không chấm điểm). */
    ZERO("chấm 0 điểm", "score zero"),
    /** The unit scores the full maximum (chấm tối đa). */
    FULL("chấm điểm tối đa", "score the full maximum"),
    /** Scoring is refused until a target is pledged (không chấp nhận). */
    REJECT("không chấp nhận, phải có chỉ tiêu", "reject: a target is required");

    private final Text label;

    MissingTargetPolicy(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
