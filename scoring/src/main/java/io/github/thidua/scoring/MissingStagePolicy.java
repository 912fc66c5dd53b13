package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/** What to do when a unit has no points recorded at the counting stage. */
public enum MissingStagePolicy implements Labelled {
    /** Use the points of the latest earlier stage that has some; none at all counts as missing (zero). */
    FALL_BACK("lấy điểm của giai đoạn gần nhất trước đó", "use the latest earlier stage"),
    /** Count zero points. */
    ZERO("tính 0 điểm", "count zero"),
    /** Refuse to evaluate, naming the unit and criterion. */
    REJECT("báo lỗi", "reject the input");

    private final Text label;

    MissingStagePolicy(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
