package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/**
 * What a {@link Quota} does with units tied at the same rank position across its line, when
 * some of them fit under the cap and some do not.
 *
 * <p>Units are tied when their {@link io.github.thidua.core.Rank#position() rank positions} are
 * equal. Units above the tied group are always proposed and units below it always cut; only the
 * tied group is affected by the rule.
 */
public enum StraddleRule implements Labelled {
    /**
     * Trust the ranking's tie-break chain: the line falls between rank positions. The chain has
     * already separated every tie it could, so units still sharing the position at the line are
     * left {@link AwardStatus#UNDECIDED_AT_QUOTA_LINE undecided}, for the person the ranking names
     * (such as the cluster head and deputy) to decide.
     */
    CONTINUE_TIE_CHAIN("xét tiếp theo thứ tự tiêu chí phụ", "continue the tie-break chain"),
    /** Propose every tied unit, even though the cap is then exceeded. */
    INCLUDE_ALL("đề nghị tất cả đơn vị đồng hạng", "include every tied unit"),
    /** Cut every tied unit, leaving the remaining places empty. */
    EXCLUDE_ALL("không đề nghị đơn vị đồng hạng nào", "exclude every tied unit"),
    /** Leave every tied unit {@link AwardStatus#UNDECIDED_AT_QUOTA_LINE undecided}, flagged for a vote. */
    REFER_TO_VOTE("đưa ra bỏ phiếu", "refer to a vote");

    private final Text label;

    StraddleRule(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
