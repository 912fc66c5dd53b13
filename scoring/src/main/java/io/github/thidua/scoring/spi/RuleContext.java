package io.github.thidua.scoring.spi;

import io.github.thidua.core.Criterion;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything a {@link CriterionRule} may look at: the criterion, its parameters and every unit's
 * inputs for the batch. Nothing else of the engine is reachable from here.
 *
 * <p>Immutable and thread-safe. Inputs are ordered by unit id, whatever order the caller gave.
 *
 * <pre>{@code
 * for (RuleInput in : context.inputs()) { ... context.criterion().maxPoints() ... }
 * }</pre>
 */
@Value.Immutable
public abstract class RuleContext {

    RuleContext() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the criterion being scored.
     *
     * @return the criterion
     */
    public abstract Criterion criterion();

    /**
     * Returns the parameters of the criterion's kind (those of a {@link
     * io.github.thidua.core.CustomKind}; none for the built-in kinds, whose parameters are typed).
     *
     * @return the parameters
     */
    @Value.Default
    public Parameters parameters() {
        return Parameters.none();
    }

    /**
     * Returns each unit's inputs, ordered by unit id.
     *
     * @return one input per unit of the batch
     */
    public abstract List<RuleInput> inputs();

    /**
     * Returns the number of decimal places kept when a rule divides (actual ÷ target), before
     * the policy's own rounding; division is the only inexact step.
     *
     * @return 0 to 12, 10 unless the policy says otherwise
     */
    @Value.Default
    public int divisionScale() {
        return 10;
    }

    /**
     * Tells whether the engine wants explanations with the points. When false, the engine is
     * scoring for numbers only and will ask again, with {@code true}, if anyone reads an
     * explanation: a rule may then return {@link RuleOutcome#unexplained} outcomes and skip the
     * work of wording them. The points must be the same either way. Rules that ignore this flag
     * are correct, only slower.
     *
     * @return true (the default) when explanations are wanted
     */
    @Value.Default
    public boolean explain() {
        return true;
    }

    /** Builds a {@link RuleContext}; the criterion is required. */
    public static final class Builder extends ImmutableRuleContext.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
