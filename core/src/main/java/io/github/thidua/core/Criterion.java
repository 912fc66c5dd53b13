package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A criterion (tiêu chí) of a {@link ScoringTable}: a code, a name, a maximum and how it is scored.
 *
 * <p>Checked when built: the code is 1 to 32 ASCII letters, digits, {@code . - _}, starting with a
 * letter or digit; the maximum is zero or more; for a count-based, bonus or deduction kind, one
 * occurrence is worth no more than the maximum. Bonus and deduction criteria are not {@linkplain
 * #isScored() scored}: their maximum is their own cap and counts toward no group or table.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Criterion covenant = Criterion.builder()
 *         .code("I.1")
 *         .name(Name.of("Ký kết giao ước thi đua"))
 *         .maxPoints(Points.of(5))
 *         .kind(Qualitative.of())
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Criterion implements CriterionNode {

    /** The longest code accepted. */
    public static final int MAX_CODE_LENGTH = 32;

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_CODE_LENGTH - 1) + "}");

    static final Text CODE_SHAPE = Text.of(
            "1–32 ký tự ASCII: chữ, số, . - _, bắt đầu bằng chữ hoặc số (như I, I.1, 2.3.a)",
            "1–32 ASCII letters, digits, . - _, starting with a letter or digit (such as I, I.1, 2.3.a)");

    Criterion() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the code, such as {@code I.1} or {@code 2.3.a}.
     *
     * @return the code
     */
    @Override
    public abstract String code();

    /**
     * Returns the name, such as "Ký kết giao ước thi đua".
     *
     * @return the name
     */
    @Override
    public abstract Name name();

    /**
     * Returns the maximum (điểm tối đa); for a count-based, bonus or deduction criterion, the cap
     * on its points.
     *
     * @return the maximum, zero or more
     */
    @Override
    public abstract Points maxPoints();

    /**
     * Returns how the criterion is scored.
     *
     * @return the kind
     */
    public abstract CriterionKind kind();

    /**
     * Returns a description, such as how evidence is judged.
     *
     * @return the description, NFC-normalised, at most 4000 characters, if any
     */
    public abstract Optional<String> description();

    /**
     * Tells whether the criterion counts toward the maxima of its group and table: every kind but
     * {@link Bonus} and {@link Deduction}.
     *
     * @return true for a scored criterion
     */
    public final boolean isScored() {
        return !(kind() instanceof Bonus) && !(kind() instanceof Deduction);
    }

    @Value.Check
    final Criterion check() {
        Checks.matches("Criterion", "code", code(), CODE, CODE_SHAPE);
        if (maxPoints().isNegative()) {
            throw ValidationException.invalid(
                    "Criterion",
                    "maxPoints",
                    maxPoints(),
                    Text.of("điểm tối đa âm", "a negative maximum"),
                    Text.of("điểm tối đa từ 0 trở lên", "a maximum of zero or more"));
        }
        Points perOccurrence = kind() instanceof CountBased c
                ? c.pointsPerOccurrence()
                : kind() instanceof Bonus b
                        ? b.pointsPerOccurrence()
                        : kind() instanceof Deduction d ? d.pointsPerOccurrence() : null;
        if (perOccurrence != null && perOccurrence.isGreaterThan(maxPoints())) {
            throw ValidationException.invalid(
                    "Criterion",
                    "kind.pointsPerOccurrence",
                    perOccurrence,
                    Text.of(
                            "lớn hơn điểm tối đa " + maxPoints() + " của tiêu chí",
                            "above the criterion's maximum " + maxPoints()),
                    Text.of("số điểm mỗi lần không quá " + maxPoints(), "points per occurrence up to " + maxPoints()));
        }
        String description =
                Checks.optionalText("Criterion", "description", description().orElse(null), 4000);
        return description == null || description.equals(description().get())
                ? this
                : ((ImmutableCriterion) this).withDescription(description);
    }

    /** Builds a {@link Criterion}; every attribute but the description is required. */
    public static final class Builder extends ImmutableCriterion.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
