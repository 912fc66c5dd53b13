package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/**
 * How positions are numbered when units share a place.
 *
 * <p>With totals 95, 90, 90, 80 and nothing to separate the two 90s: competition gives 1, 2, 2,
 * 4; dense gives 1, 2, 2, 3; ordinal gives 1, 2, 2, 4 and insists that the shared 2 is an
 * unresolved tie waiting for a named decision, whose outcome will be 2 and 3 (the units after it
 * keep their numbers).
 */
public enum RankingKind implements Labelled {
    /** Shared places skip the next numbers: 1-2-2-4 (xếp hạng cạnh tranh). */
    COMPETITION("xếp hạng cạnh tranh (1-2-2-4)", "competition ranking (1-2-2-4)"),
    /** Shared places do not skip: 1-2-2-3 (xếp hạng liền). */
    DENSE("xếp hạng liền (1-2-2-3)", "dense ranking (1-2-2-3)"),
    /**
     * One unit per number: 1-2-3-4 (xếp hạng thứ tự). Units separated by total or a tie-breaker get
     * consecutive numbers; units nothing separates hold the first of their numbers together,
     * flagged as unresolved, and are never separated by input order.
     */
    ORDINAL("xếp hạng thứ tự (1-2-3-4)", "ordinal ranking (1-2-3-4)");

    private final Text label;

    RankingKind(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
