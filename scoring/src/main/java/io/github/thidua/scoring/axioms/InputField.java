package io.github.thidua.scoring.axioms;

import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;

/** One of the facts an {@link io.github.thidua.core.Assessment} reports for a criterion. */
public enum InputField implements Labelled {
    /** Whether the criterion was achieved; "raising" it makes it achieved. */
    ACHIEVED("đạt hay không", "achieved"),
    /** The actual value reached. */
    ACTUAL("giá trị thực hiện", "actual value"),
    /** A count, such as sessions held. */
    COUNT("số lần", "count"),
    /** The occurrences of a bonus or deduction event. */
    OCCURRENCES("số lần phát sinh", "occurrences");

    private final Text label;

    InputField(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
