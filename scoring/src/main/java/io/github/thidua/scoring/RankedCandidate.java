package io.github.thidua.scoring;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rank;
import org.immutables.value.Value;

/**
 * One unit's place in a ranking: its id, its total, its {@link Rank} and the explanation of how
 * the place was reached (level with whom, separated by which tie-breaker, waiting for whose
 * decision).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RankedCandidate first = Ranker.rank(candidates, rules, tieBreakers).get(0);
 * first.rank().position(); // 1
 * }</pre>
 */
@Value.Immutable
public abstract class RankedCandidate {

    RankedCandidate() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the unit.
     *
     * @return the unit's id
     */
    public abstract Id unit();

    /**
     * Returns the unit's total.
     *
     * @return the total
     */
    public abstract Points total();

    /**
     * Returns the unit's place.
     *
     * @return the rank
     */
    public abstract Rank rank();

    /**
     * Returns how the place was reached, in Vietnamese and English.
     *
     * @return the explanation, key {@code ranking.position}
     */
    public abstract Explanation explanation();

    /** Builds a {@link RankedCandidate}; every attribute is required. */
    public static final class Builder extends ImmutableRankedCandidate.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
