package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/** The set a share {@link Quota} is a share of. */
public enum QuotaBase implements Labelled {
    /**
     * The candidates of the step: the units not yet awarded by an earlier step that match the
     * step's selector and pass its eligibility rules.
     */
    CANDIDATES("số đơn vị đủ điều kiện ở bậc này", "the step's qualifying candidates"),
    /** Every unit passed to {@link AwardPlanner#plan}: the cluster, or the sub-group. */
    MEMBERS("số thành viên của cụm hoặc nhóm", "the members of the cluster or sub-group");

    private final Text label;

    QuotaBase(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
