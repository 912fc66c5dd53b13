package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/**
 * Where a total falls when it lies in a band's score range but fails one of that band's guards;
 * declared by every {@link BandScheme}, since real tables often leave the case open.
 */
public enum GuardFallback implements Labelled {
    /**
     * Down to the best lower band whose own guards are all met. The lower bands' ranges are not
     * checked again: the total is above them by construction, and the point of falling is to land
     * below the band it failed. The lowest band has no guards, so the fall always ends.
     */
    NEXT_LOWER_BAND("xuống loại liền dưới đáp ứng mọi điều kiện", "to the next lower band whose conditions are met"),
    /**
     * To the one band named by {@link BandScheme#fallbackBand()}, which has no guards and is lower
     * than every band that has guards.
     */
    NAMED_BAND("xuống loại được chỉ định", "to the named band");

    private final Text label;

    GuardFallback(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
