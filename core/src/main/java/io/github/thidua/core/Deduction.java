package io.github.thidua.core;

import org.immutables.value.Value;

/**
 * A deduction criterion (điểm trừ): points taken off per occurrence, such as per late or missing report.
 *
 * <p>Its {@link #kindName()} is {@code deduction}; the points are capped by the criterion's {@link
 * Criterion#maxPoints()} and the total of all deductions by the table's {@link ScoringTable#deductionCap()}; deductions do not count toward the maxima of groups and tables. Immutable and thread-safe.
 *
 * <pre>{@code
 * Deduction perLateReport = Deduction.of(Points.parse("0.5"));
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Deduction implements CriterionKind {

    Deduction() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the kind with the given points per occurrence.
     *
     * @param pointsPerOccurrence the points, above zero, not null
     * @return the kind
     */
    public static Deduction of(Points pointsPerOccurrence) {
        return builder().pointsPerOccurrence(pointsPerOccurrence).build();
    }

    /**
     * Returns the points each occurrence is worth.
     *
     * @return the points, above zero
     */
    public abstract Points pointsPerOccurrence();

    /** Returns {@code deduction}. */
    @Override
    public final String kindName() {
        return "deduction";
    }

    /** Returns "điểm trừ" / "deduction". */
    @Override
    public final Text label() {
        return Text.of("điểm trừ", "deduction");
    }

    @Value.Check
    final void check() {
        if (pointsPerOccurrence().signum() <= 0) {
            throw ValidationException.invalid(
                    "Deduction",
                    "pointsPerOccurrence",
                    pointsPerOccurrence(),
                    Text.of("không lớn hơn 0", "not above zero"),
                    Text.of("số điểm lớn hơn 0", "points above zero"));
        }
    }

    /** Builds a {@link Deduction}; the points per occurrence are required. */
    public static final class Builder extends ImmutableDeduction.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
