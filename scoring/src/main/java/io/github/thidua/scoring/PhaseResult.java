package io.github.thidua.scoring;

import io.github.thidua.core.Period;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of a phase review: every unit's combined score and rank, and the phase awards.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PhaseResult r = PhaseEvaluation.evaluate(Period.phase(2019, 2024), annualResults, rules, Registry.builtIns());
 * }</pre>
 */
@Value.Immutable
public abstract class PhaseResult {

    PhaseResult() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the phase.
     *
     * @return the period, such as 2019–2024
     */
    public abstract Period phase();

    /**
     * Returns each unit's phase result, ordered by rank position then unit id.
     *
     * @return the units
     */
    public abstract List<PhaseUnit> units();

    /**
     * Returns the phase award decisions.
     *
     * @return the decisions, empty without a ladder
     */
    public abstract List<AwardDecision> awards();

    /** Builds a {@link PhaseResult}. */
    public static final class Builder extends ImmutablePhaseResult.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
