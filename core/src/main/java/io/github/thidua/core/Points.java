package io.github.thidua.core;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number of points, exact: 95, 7.75, −0.5.
 *
 * <p>Points are exact decimals: no binary floating point ever touches them, so a score on paper,
 * in a spreadsheet and here agree to the last digit. Addition, subtraction and multiplication
 * are exact; division and rounding name their {@link Rounding} or scale and mode. Two points are
 * equal when their values are equal ({@code 7.5} equals {@code 7.50}); the text form drops
 * trailing zeros.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Points total = Points.parse("72.5").plus(Points.parse("1.25"));          // 73.75
 * total.rounded(Rounding.toStep(new BigDecimal("0.5"), RoundingMode.HALF_UP)); // 74
 * }</pre>
 */
public final class Points implements Comparable<Points> {

    /** Zero points. */
    public static final Points ZERO = new Points(BigDecimal.ZERO);

    /** The most decimal places a number of points may have. */
    public static final int MAX_SCALE = 12;

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

    private final BigDecimal value;

    private Points(BigDecimal value) {
        this.value = value;
    }

    /**
     * Returns the points of an exact decimal.
     *
     * @param value the number; not null, at most 12 decimal places, below 10^12 in magnitude
     * @return the points
     * @throws ValidationException if the number is outside that range
     */
    public static Points of(BigDecimal value) {
        if (value == null) {
            throw ValidationException.missing("Points", "value");
        }
        BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (normal.scale() > MAX_SCALE || normal.abs().compareTo(LIMIT) >= 0) {
            throw ValidationException.invalid(
                    "Points",
                    "value",
                    Checks.plain(value),
                    Text.of("số điểm ngoài phạm vi", "points out of range"),
                    Text.of(
                            "giá trị tuyệt đối dưới 10^12, tối đa " + MAX_SCALE + " chữ số thập phân",
                            "magnitude below 10^12 with at most " + MAX_SCALE + " decimal places"));
        }
        // A whole number keeps scale 0 so that 100 prints as "100", not "1E+2".
        return new Points(normal.scale() < 0 ? normal.setScale(0) : normal);
    }

    /**
     * Returns the points of a whole number.
     *
     * @param value the number of points
     * @return the points
     */
    public static Points of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /**
     * Parses points written as a plain decimal, such as {@code 7.75} or {@code -0.5}.
     *
     * @param text the decimal, not null
     * @return the points
     * @throws ValidationException if the text is not a decimal or out of range
     */
    public static Points parse(String text) {
        if (text == null) {
            throw ValidationException.missing("Points", "text");
        }
        BigDecimal value;
        try {
            if (text.length() > 40) {
                throw new NumberFormatException("too long");
            }
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.invalid(
                    "Points",
                    "text",
                    text,
                    Text.of("không phải số thập phân", "not a decimal number"),
                    Text.of("số thập phân như 7.75 hoặc -0.5", "a decimal such as 7.75 or -0.5"));
        }
        return of(value);
    }

    /**
     * Returns the exact decimal value.
     *
     * @return the value, without trailing zeros
     */
    public BigDecimal toBigDecimal() {
        return value;
    }

    /**
     * Adds points.
     *
     * @param other the points to add, not null
     * @return the exact sum
     */
    public Points plus(Points other) {
        return of(value.add(requireNonNull(other, "other").value));
    }

    /**
     * Subtracts points.
     *
     * @param other the points to subtract, not null
     * @return the exact difference
     */
    public Points minus(Points other) {
        return of(value.subtract(requireNonNull(other, "other").value));
    }

    /**
     * Multiplies by an exact factor, such as a fraction of a maximum.
     *
     * @param factor the factor, not null
     * @return the exact product
     * @throws ValidationException if the product needs more than 12 decimal places; round the
     *     factor or use {@link #multipliedBy(BigDecimal, Rounding)}
     */
    public Points multipliedBy(BigDecimal factor) {
        return of(value.multiply(requireNonNull(factor, "factor")));
    }

    /**
     * Multiplies by a factor and rounds the product.
     *
     * @param factor the factor, not null
     * @param rounding how to round the product, not null
     * @return the rounded product
     */
    public Points multipliedBy(BigDecimal factor, Rounding rounding) {
        return of(requireNonNull(rounding, "rounding").apply(value.multiply(requireNonNull(factor, "factor"))));
    }

    /**
     * Multiplies by a whole number, such as a count of occurrences.
     *
     * @param times the multiplier
     * @return the exact product
     */
    public Points multipliedBy(long times) {
        return of(value.multiply(BigDecimal.valueOf(times)));
    }

    /**
     * Divides by a number and rounds the quotient to {@code scale} places.
     *
     * @param divisor the divisor, not null, not zero
     * @param scale the decimal places of the quotient, 0 to 12
     * @param mode how to round, not null
     * @return the rounded quotient
     * @throws ValidationException if the divisor is zero
     */
    public Points dividedBy(BigDecimal divisor, int scale, RoundingMode mode) {
        requireNonNull(divisor, "divisor");
        if (divisor.signum() == 0) {
            throw ValidationException.invalid(
                    "Points",
                    "divisor",
                    divisor,
                    Text.of("chia cho 0", "division by zero"),
                    Text.of("số khác 0", "a non-zero number"));
        }
        Rounding rounding = Rounding.toScale(scale, mode);
        return of(value.divide(divisor, scale, rounding.mode().orElseThrow()));
    }

    /**
     * Returns the points with the opposite sign.
     *
     * @return the negated points
     */
    public Points negated() {
        return of(value.negate());
    }

    /**
     * Returns the magnitude.
     *
     * @return the absolute value
     */
    public Points abs() {
        return signum() < 0 ? negated() : this;
    }

    /**
     * Rounds the points.
     *
     * @param rounding the rounding, not null
     * @return the rounded points
     */
    public Points rounded(Rounding rounding) {
        return of(requireNonNull(rounding, "rounding").apply(value));
    }

    /**
     * Returns the smaller of these points and {@code other}.
     *
     * @param other the other points, not null
     * @return the smaller
     */
    public Points min(Points other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Returns the larger of these points and {@code other}.
     *
     * @param other the other points, not null
     * @return the larger
     */
    public Points max(Points other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns the sign.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return value.signum();
    }

    /**
     * Tells whether these are zero points.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * Tells whether these points are below zero.
     *
     * @return true for a negative number
     */
    public boolean isNegative() {
        return value.signum() < 0;
    }

    /**
     * Tells whether these points exceed {@code other}.
     *
     * @param other the other points, not null
     * @return true when strictly greater
     */
    public boolean isGreaterThan(Points other) {
        return compareTo(other) > 0;
    }

    /**
     * Tells whether these points are below {@code other}.
     *
     * @param other the other points, not null
     * @return true when strictly less
     */
    public boolean isLessThan(Points other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Points other) {
        return value.compareTo(requireNonNull(other, "other").value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Points other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns the plain decimal, such as {@code 7.75} or {@code 100}. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
