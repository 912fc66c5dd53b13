package io.github.thidua.core;

/** How a role holder was chosen. */
public enum SelectionMethod implements Labelled {
    /** Acclaimed by the members (suy tôn), usually at the year-end review. */
    ACCLAIMED("suy tôn", "acclaimed"),
    /** By rotation (luân phiên). */
    ROTATED("luân phiên", "rotated"),
    /** Appointed by the organiser (chỉ định). */
    APPOINTED("chỉ định", "appointed");

    private final Text label;

    SelectionMethod(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
