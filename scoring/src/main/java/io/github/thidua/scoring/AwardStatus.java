package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/** What an {@link AwardPlanner} decided for one unit. */
public enum AwardStatus implements Labelled {
    /** Proposed for an award of the ladder. */
    PROPOSED("được đề nghị", "proposed"),
    /** Qualified for a step but fell below its quota line, and qualified for no later step. */
    CUT_BY_QUOTA("ngoài chỉ tiêu", "cut by the quota"),
    /** Selected by a step but failed one of its eligibility rules, and qualified for no later step. */
    INELIGIBLE("không đủ điều kiện", "ineligible"),
    /** Tied across a quota line that the declared rule leaves to a decision or a vote. */
    UNDECIDED_AT_QUOTA_LINE("đồng hạng tại ngưỡng chỉ tiêu, chờ quyết định", "tied at the quota line, to be decided"),
    /** Selected by no step of the ladder. */
    NOT_QUALIFIED("không thuộc diện đề nghị", "not selected by any step");

    private final Text label;

    AwardStatus(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
