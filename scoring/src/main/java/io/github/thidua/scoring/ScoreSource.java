package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/** Where a criterion's points come from. */
public enum ScoreSource implements Labelled {
    /** The criterion's rule computes the points from the inputs (achieved, actual, count, occurrences). */
    COMPUTED("tính theo quy tắc từ dữ liệu đánh giá", "computed by the rule from the assessment inputs"),
    /** The points recorded at the policy's counting stage (self-score, cross-check, verification, final) count. */
    RECORDED("lấy điểm đã chấm ở giai đoạn quy định", "taken from the points recorded at the counting stage");

    private final Text label;

    ScoreSource(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
