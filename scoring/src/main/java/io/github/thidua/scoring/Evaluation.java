package io.github.thidua.scoring;

import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Id;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The outcome of evaluating one cluster with one policy: the {@link ClusterResult} (every unit's
 * points, subtotals, total, band, rank, proposals and cash, each explained, with the policy's
 * id, version and fingerprint) and the outcome of each vote held.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Evaluation evaluation = Evaluator.of(Registry.builtIns()).evaluate(policy, input);
 * evaluation.result().unit(Id.of("phu-tho")).orElseThrow().total();
 * }</pre>
 */
@Value.Immutable
public abstract class Evaluation {

    Evaluation() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns every unit's result.
     *
     * @return the cluster result
     */
    public abstract ClusterResult result();

    /**
     * Returns the outcome of each vote, by vote id.
     *
     * @return the vote outcomes
     */
    public abstract Map<Id, VoteOutcome> votes();

    /**
     * Returns the award decision for every unit (proposed, cut by a quota, ineligible, undecided
     * at the quota line, not qualified), ordered by rank position then unit id.
     *
     * @return the decisions, empty when the policy has no award ladder
     */
    public abstract List<AwardDecision> awards();

    /** Builds an {@link Evaluation}; the result is required. */
    public static final class Builder extends ImmutableEvaluation.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
