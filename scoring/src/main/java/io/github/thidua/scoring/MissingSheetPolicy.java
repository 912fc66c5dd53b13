package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/** What to do when a member has no assessment sheet for the period. */
public enum MissingSheetPolicy implements Labelled {
    /** Refuse to evaluate, naming the member. */
    REJECT("báo lỗi", "reject the input"),
    /** Evaluate the member as if every criterion had no inputs. */
    EMPTY("coi như không có dữ liệu đánh giá", "evaluate with no assessments");

    private final Text label;

    MissingSheetPolicy(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
