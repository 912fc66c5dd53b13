package io.github.thidua.core;

import org.immutables.value.Value;

/**
 * A count-based criterion (chấm thẳng): points per occurrence, such as per training session held.
 *
 * <p>Its {@link #kindName()} is {@code count}; the points are capped by the criterion's {@link
 * Criterion#maxPoints()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CountBased perSession = CountBased.of(Points.parse("0.5"));
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class CountBased implements CriterionKind {

    CountBased() {}

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
    public static CountBased of(Points pointsPerOccurrence) {
        return builder().pointsPerOccurrence(pointsPerOccurrence).build();
    }

    /**
     * Returns the points each occurrence is worth.
     *
     * @return the points, above zero
     */
    public abstract Points pointsPerOccurrence();

    /** Returns {@code count}. */
    @Override
    public final String kindName() {
        return "count";
    }

    /** Returns "chấm thẳng" / "count-based". */
    @Override
    public final Text label() {
        return Text.of("chấm thẳng", "count-based");
    }

    @Value.Check
    final void check() {
        if (pointsPerOccurrence().signum() <= 0) {
            throw ValidationException.invalid(
                    "CountBased",
                    "pointsPerOccurrence",
                    pointsPerOccurrence(),
                    Text.of("không lớn hơn 0", "not above zero"),
                    Text.of("số điểm lớn hơn 0", "points above zero"));
        }
    }

    /** Builds a {@link CountBased}; the points per occurrence are required. */
    public static final class Builder extends ImmutableCountBased.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
