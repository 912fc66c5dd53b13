package io.github.thidua.core;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of Vietnamese đồng (VND), whole and never negative: cash rewards, base salaries.
 *
 * <p>The đồng has no minor unit, so amounts are whole numbers. Multiplying by a coefficient (a
 * reward of 1.5 × the base salary) names how the product is rounded, for example up to the next
 * 10,000 đồng as the law requires for rewards. Immutable and thread-safe.
 *
 * <pre>{@code
 * Vnd base = Vnd.of(2_340_000);
 * Vnd reward = base.multipliedBy(new BigDecimal("0.3"), 10_000, RoundingMode.UP); // 710,000
 * }</pre>
 */
public final class Vnd implements Comparable<Vnd> {

    /** No money. */
    public static final Vnd ZERO = new Vnd(0);

    private static final BigDecimal MAX_COEFFICIENT = BigDecimal.TEN.pow(12);

    private final long amount;

    private Vnd(long amount) {
        this.amount = amount;
    }

    /**
     * Returns an amount of đồng.
     *
     * @param amount the amount, zero or more
     * @return the amount
     * @throws ValidationException if the amount is negative
     */
    public static Vnd of(long amount) {
        if (amount < 0) {
            throw ValidationException.invalid(
                    "Vnd",
                    "amount",
                    amount,
                    Text.of("số tiền âm", "negative amount"),
                    Text.of("số đồng từ 0 trở lên", "zero or more đồng"));
        }
        return amount == 0 ? ZERO : new Vnd(amount);
    }

    /**
     * Returns the amount in đồng.
     *
     * @return the whole amount
     */
    public long amount() {
        return amount;
    }

    /**
     * Adds an amount.
     *
     * @param other the amount to add, not null
     * @return the sum
     * @throws ValidationException if the sum is beyond the largest amount, {@link Long#MAX_VALUE}
     *     đồng
     */
    public Vnd plus(Vnd other) {
        long added = requireNonNull(other, "other").amount;
        if (amount > Long.MAX_VALUE - added) {
            throw tooLarge(BigDecimal.valueOf(amount).add(BigDecimal.valueOf(added)));
        }
        return of(amount + added);
    }

    /**
     * Multiplies by a coefficient and rounds the product to a multiple of {@code step} đồng.
     *
     * @param coefficient the coefficient, zero or more, below 10^12 with at most 12 decimal
     *     places; not null
     * @param step the multiple to round to, such as 10,000; at least 1
     * @param mode how to round, such as {@link RoundingMode#UP}; not null, not {@code UNNECESSARY}
     * @return the rounded product
     * @throws ValidationException if the coefficient is negative or out of range, the step below 1
     *     or the product
     *     beyond the largest amount, {@link Long#MAX_VALUE} đồng
     */
    public Vnd multipliedBy(BigDecimal coefficient, long step, RoundingMode mode) {
        requireNonNull(coefficient, "coefficient");
        if (coefficient.signum() < 0) {
            throw ValidationException.invalid(
                    "Vnd",
                    "coefficient",
                    Checks.plain(coefficient),
                    Text.of("hệ số âm", "negative coefficient"),
                    Text.of("hệ số từ 0 trở lên", "zero or more"));
        }
        // Bounded, so that no coefficient (1E+99999999, 1E-99999999) makes rounding compute a
        // power of ten of millions of digits.
        BigDecimal normal = coefficient.signum() == 0 ? BigDecimal.ZERO : coefficient.stripTrailingZeros();
        if (normal.scale() > 12 || normal.compareTo(MAX_COEFFICIENT) >= 0) {
            throw ValidationException.invalid(
                    "Vnd",
                    "coefficient",
                    Checks.plain(coefficient),
                    Text.of("hệ số ngoài phạm vi", "coefficient out of range"),
                    Text.of("dưới 10^12, tối đa 12 chữ số thập phân", "below 10^12 with at most 12 decimal places"));
        }
        return roundTo(BigDecimal.valueOf(amount).multiply(coefficient), step, mode);
    }

    /**
     * Rounds this amount to a multiple of {@code step} đồng.
     *
     * @param step the multiple, at least 1
     * @param mode how to round, not null, not {@code UNNECESSARY}
     * @return the rounded amount
     * @throws ValidationException if the step is below 1 or the rounded amount beyond the largest
     *     amount, {@link Long#MAX_VALUE} đồng
     */
    public Vnd roundedTo(long step, RoundingMode mode) {
        return roundTo(BigDecimal.valueOf(amount), step, mode);
    }

    private static Vnd roundTo(BigDecimal value, long step, RoundingMode mode) {
        if (step < 1) {
            throw ValidationException.invalid(
                    "Vnd",
                    "step",
                    step,
                    Text.of("bước làm tròn nhỏ hơn 1 đồng", "rounding step below 1 đồng"),
                    Text.of("số đồng từ 1 trở lên", "1 đồng or more"));
        }
        BigDecimal rounded = Rounding.toStep(BigDecimal.valueOf(step), mode).apply(value);
        if (rounded.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw tooLarge(rounded);
        }
        return of(rounded.longValueExact());
    }

    // An amount no long holds would otherwise escape as the JDK's ArithmeticException.
    private static ValidationException tooLarge(BigDecimal amount) {
        return ValidationException.invalid(
                "Vnd",
                "amount",
                Checks.plain(amount),
                Text.of("số tiền vượt mức lớn nhất", "beyond the largest amount"),
                Text.of("tối đa " + Long.MAX_VALUE + " đồng", "at most " + Long.MAX_VALUE + " đồng"));
    }

    /**
     * Formats the amount for a reader: {@code 2.340.000 đồng} in Vietnamese, {@code VND
     * 2,340,000} otherwise.
     *
     * @param locale the reader's locale, not null
     * @return the formatted amount
     */
    public String format(Locale locale) {
        if (Text.isVietnamese(locale)) {
            return NumberFormat.getIntegerInstance(Text.VIETNAMESE).format(amount) + " đồng";
        }
        return "VND " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(amount);
    }

    @Override
    public int compareTo(Vnd other) {
        return Long.compare(amount, requireNonNull(other, "other").amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vnd other && amount == other.amount;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(amount);
    }

    /** Returns the amount as {@code 2340000 VND}. */
    @Override
    public String toString() {
        return amount + " VND";
    }
}
