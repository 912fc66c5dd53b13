package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/**
 * The units an {@link AwardLadder} is applied to at once: a whole cluster, or each sub-group of a
 * cluster on its own (a cluster split into sub-groups may propose one flag per sub-group).
 *
 * <p>The scope tells the caller what to pass to {@link AwardPlanner#plan}: with {@link #CLUSTER}
 * the units of the whole cluster, ranked together; with {@link #SUB_GROUP} the units of one
 * sub-group, ranked within it, in one call per sub-group. Quotas apply to the units of one call.
 */
public enum LadderScope implements Labelled {
    /** The ladder is applied to the whole cluster, with one set of quotas. */
    CLUSTER("cả cụm", "the whole cluster"),
    /** The ladder is applied to each sub-group separately, each with its own quotas. */
    SUB_GROUP("từng nhóm trong cụm", "each sub-group");

    private final Text label;

    LadderScope(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
