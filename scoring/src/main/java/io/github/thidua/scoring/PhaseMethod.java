package io.github.thidua.scoring;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/** How a phase review combines a unit's annual results into one phase score. */
public enum PhaseMethod implements Labelled {
    /** The sum of the annual totals (tổng điểm các năm). */
    SUM("tổng điểm các năm", "sum of the annual totals"),
    /** The mean of the annual totals over the years with a result, to 2 decimals half up. */
    AVERAGE("điểm bình quân các năm", "average of the annual totals"),
    /** The number of years classified in one of the named bands (số năm đạt loại). */
    YEARS_IN_BANDS("số năm đạt loại", "years in the named bands"),
    /** The number of years ranked first in the cluster (số năm dẫn đầu cụm). */
    YEARS_LEADING("số năm dẫn đầu cụm", "years leading the cluster");

    private final Text label;

    PhaseMethod(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
