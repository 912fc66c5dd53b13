package io.github.thidua.core;

import org.immutables.value.Value;

/**
 * A bonus criterion (điểm thưởng, điểm cộng): points per occurrence, such as per model commended, added on top of the table's maximum.
 *
 * <p>Its {@link #kindName()} is {@code bonus}; the points are capped by the criterion's {@link
 * Criterion#maxPoints()} and the total of all bonuses by the table's {@link ScoringTable#bonusCap()}; bonuses do not count toward the maxima of groups and tables. Immutable and thread-safe.
 *
 * <pre>{@code
 * Bonus perModel = Bonus.of(Points.of(1));
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Bonus implements CriterionKind {

    Bonus() {}

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
    public static Bonus of(Points pointsPerOccurrence) {
        return builder().pointsPerOccurrence(pointsPerOccurrence).build();
    }

    /**
     * Returns the points each occurrence is worth.
     *
     * @return the points, above zero
     */
    public abstract Points pointsPerOccurrence();

    /** Returns {@code bonus}. */
    @Override
    public final String kindName() {
        return "bonus";
    }

    /** Returns "điểm thưởng" / "bonus". */
    @Override
    public final Text label() {
        return Text.of("điểm thưởng", "bonus");
    }

    @Value.Check
    final void check() {
        if (pointsPerOccurrence().signum() <= 0) {
            throw ValidationException.invalid(
                    "Bonus",
                    "pointsPerOccurrence",
                    pointsPerOccurrence(),
                    Text.of("không lớn hơn 0", "not above zero"),
                    Text.of("số điểm lớn hơn 0", "points above zero"));
        }
    }

    /** Builds a {@link Bonus}; the points per occurrence are required. */
    public static final class Builder extends ImmutableBonus.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
