package io.github.thidua.scoring;

import io.github.thidua.core.Rounding;
import org.immutables.value.Value;

/**
 * Where a policy rounds and how: each criterion's points, each group's subtotal, and the total,
 * each with its own {@link Rounding} (to a scale or a step such as 0.25, with a mode).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RoundingPlan plan = RoundingPlan.builder()
 *         .criterion(Rounding.toScale(2, RoundingMode.HALF_UP))
 *         .total(Rounding.toStep(new BigDecimal("0.25"), RoundingMode.HALF_UP))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RoundingPlan {

    RoundingPlan() {}

    /**
     * Returns a builder; every place defaults to no rounding.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the plan that never rounds.
     *
     * @return a plan with no rounding anywhere
     */
    public static RoundingPlan none() {
        return builder().build();
    }

    /**
     * Returns how each criterion's points are rounded.
     *
     * @return the rounding, none by default
     */
    @Value.Default
    public Rounding criterion() {
        return Rounding.none();
    }

    /**
     * Returns how each group's subtotal is rounded.
     *
     * @return the rounding, none by default
     */
    @Value.Default
    public Rounding group() {
        return Rounding.none();
    }

    /**
     * Returns how the total is rounded.
     *
     * @return the rounding, none by default
     */
    @Value.Default
    public Rounding total() {
        return Rounding.none();
    }

    /** Builds a {@link RoundingPlan}. */
    public static final class Builder extends ImmutableRoundingPlan.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
