package io.github.thidua.core;

/** The heaviest discipline of a unit's head in the period, which caps the unit's classification band. */
public enum Discipline implements Labelled {
    /** No discipline (không). */
    NONE("không", "none"),
    /** A reprimand (khiển trách). */
    REPRIMAND("khiển trách", "reprimand"),
    /** A warning (cảnh cáo). */
    WARNING("cảnh cáo", "warning"),
    /** Dismissal from office (cách chức). */
    DISMISSAL("cách chức", "dismissal");

    private final Text label;

    Discipline(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
