package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/** The kinds of condition a classification band may add to its score range; see {@link BandGuard}. */
public enum BandGuardKind implements Labelled {
    /** No scored criterion has zero points (or fewer); takes no parameter. */
    NO_CRITERION_ZERO("không có tiêu chí nào 0 điểm", "no criterion scored zero"),
    /** Every scored criterion reaches a share of its maximum; the parameter is the share. */
    MIN_CRITERION_SHARE(
            "mọi tiêu chí đạt tỷ lệ tối thiểu của điểm tối đa",
            "every criterion reaches a minimum share of its maximum"),
    /** A named unit event did not happen; the parameter is the event code. */
    NO_EVENT("không có sự kiện đã nêu", "a named event did not happen");

    private final Text label;

    BandGuardKind(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
