package io.github.thidua.core;

/** A stage of scoring, in the order they happen; every stage's points are kept and the policy says which counts. */
public enum AssessmentStage implements Labelled {
    /** The unit scores itself (tự chấm). */
    SELF("tự chấm", "self-score"),
    /** Other members check the self-score (chấm chéo). */
    CROSS_CHECK("chấm chéo", "cross-check"),
    /** The head or secretariat verifies the score (thẩm định). */
    VERIFIED("thẩm định", "verified"),
    /** The final score, after the unit's explanation (điểm cuối cùng). */
    FINAL("điểm cuối cùng", "final score");

    private final Text label;

    AssessmentStage(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
