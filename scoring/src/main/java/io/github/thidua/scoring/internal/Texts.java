package io.github.thidua.scoring.internal;

import io.github.thidua.core.Points;

/** Formatting of numbers inside explanation sentences. */
public final class Texts {

    private Texts() {}

    /**
     * Formats points for a Vietnamese sentence: decimal comma, as in "7,75".
     *
     * @param points the points
     * @return the text
     */
    public static String vi(Points points) {
        return points.toString().replace('.', ',');
    }

    /**
     * Formats points for an English sentence: decimal point, as in "7.75".
     *
     * @param points the points
     * @return the text
     */
    public static String en(Points points) {
        return points.toString();
    }
}
