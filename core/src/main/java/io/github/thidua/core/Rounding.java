package io.github.thidua.core;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How a number is rounded: not at all, to a number of decimal places, or to a step such as 0.25
 * points or 10,000 đồng, with a {@link RoundingMode}.
 *
 * <p>Scoring tables round at stated places ("to 0.01", "to the nearest quarter point"); a policy
 * names a {@code Rounding} for each place so that paper, spreadsheet and software agree to the
 * last digit. Immutable and thread-safe.
 *
 * <pre>{@code
 * Rounding quarter = Rounding.toStep(new BigDecimal("0.25"), RoundingMode.HALF_UP);
 * quarter.apply(new BigDecimal("7.63")); // 7.75
 * }</pre>
 */
public final class Rounding {

    /** The most decimal places a rounding may keep. */
    public static final int MAX_SCALE = 12;

    /** The bound no step reaches: 10^19, above every amount of đồng a {@code long} holds. */
    private static final BigDecimal MAX_STEP = BigDecimal.TEN.pow(19);

    private static final Rounding NONE = new Rounding(null, null, null);

    private final Integer scale;
    private final BigDecimal step;
    private final RoundingMode mode;

    private Rounding(Integer scale, BigDecimal step, RoundingMode mode) {
        this.scale = scale;
        this.step = step;
        this.mode = mode;
    }

    /**
     * Returns the rounding that leaves numbers as they are.
     *
     * @return the identity rounding
     */
    public static Rounding none() {
        return NONE;
    }

    /**
     * Returns a rounding to {@code scale} decimal places.
     *
     * @param scale 0 to 12 decimal places
     * @param mode how to round; not null, not {@link RoundingMode#UNNECESSARY}
     * @return the rounding
     * @throws ValidationException if the scale or mode is outside what is allowed
     */
    public static Rounding toScale(int scale, RoundingMode mode) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw ValidationException.invalid(
                    "Rounding",
                    "scale",
                    scale,
                    Text.of("số chữ số thập phân ngoài phạm vi", "decimal places out of range"),
                    Text.of("từ 0 đến " + MAX_SCALE, "0 to " + MAX_SCALE));
        }
        return new Rounding(scale, null, checkMode(mode));
    }

    /**
     * Returns a rounding to a multiple of {@code step}, such as 0.25 or 0.5 points.
     *
     * @param step a positive number below 10^19 with at most 12 decimal places; not null
     * @param mode how to round; not null, not {@link RoundingMode#UNNECESSARY}
     * @return the rounding
     * @throws ValidationException if the step or mode is outside what is allowed
     */
    public static Rounding toStep(BigDecimal step, RoundingMode mode) {
        if (step == null) {
            throw ValidationException.missing("Rounding", "step");
        }
        // Bounded above too: rounding to a step of 1E+99999999 would compute that power of ten.
        if (step.signum() <= 0 || step.stripTrailingZeros().scale() > MAX_SCALE || step.compareTo(MAX_STEP) >= 0) {
            throw ValidationException.invalid(
                    "Rounding",
                    "step",
                    Checks.plain(step),
                    Text.of("bước làm tròn không hợp lệ", "invalid rounding step"),
                    Text.of(
                            "số dương dưới 10^19, tối đa " + MAX_SCALE + " chữ số thập phân",
                            "a positive number below 10^19 with at most " + MAX_SCALE + " decimal places"));
        }
        return new Rounding(null, step.stripTrailingZeros(), checkMode(mode));
    }

    /**
     * Rounds a number.
     *
     * @param value the number, not null
     * @return the rounded number
     */
    public BigDecimal apply(BigDecimal value) {
        requireNonNull(value, "value");
        if (scale != null) {
            return value.setScale(scale, mode);
        }
        if (step != null) {
            BigDecimal steps = value.divide(step, 0, mode);
            return steps.multiply(step);
        }
        return value;
    }

    /**
     * Tells whether this rounding changes nothing.
     *
     * @return true for {@link #none()}
     */
    public boolean isNone() {
        return mode == null;
    }

    /**
     * Returns the number of decimal places kept, for a rounding to a scale.
     *
     * @return the scale, or empty for a step rounding or none
     */
    public Optional<Integer> scale() {
        return Optional.ofNullable(scale);
    }

    /**
     * Returns the step, for a rounding to a step.
     *
     * @return the step, or empty for a scale rounding or none
     */
    public Optional<BigDecimal> step() {
        return Optional.ofNullable(step);
    }

    /**
     * Returns the rounding mode.
     *
     * @return the mode, or empty for none
     */
    public Optional<RoundingMode> mode() {
        return Optional.ofNullable(mode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rounding other
                && java.util.Objects.equals(scale, other.scale)
                && java.util.Objects.equals(step, other.step)
                && mode == other.mode;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(scale, step, mode);
    }

    /** Returns a short description such as {@code scale 2 HALF_UP} or {@code step 0.25 HALF_UP}. */
    @Override
    public String toString() {
        if (scale != null) {
            return "scale " + scale + " " + mode;
        }
        if (step != null) {
            return "step " + step.toPlainString() + " " + mode;
        }
        return "none";
    }

    private static RoundingMode checkMode(RoundingMode mode) {
        if (mode == null) {
            throw ValidationException.missing("Rounding", "mode");
        }
        if (mode == RoundingMode.UNNECESSARY) {
            throw ValidationException.invalid(
                    "Rounding",
                    "mode",
                    mode,
                    Text.of("chế độ làm tròn không làm tròn", "a mode that does not round"),
                    Text.of(
                            "UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN",
                            "UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN"));
        }
        return mode;
    }
}
