package io.github.thidua.core;

/** A person's sex as recorded for the statutory preference between equal candidates. */
public enum Gender implements Labelled {
    /** Female (nữ). */
    FEMALE("nữ", "female"),
    /** Male (nam). */
    MALE("nam", "male");

    private final Text label;

    Gender(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
