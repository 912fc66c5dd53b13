package io.github.thidua.scoring;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rank;
import java.time.Year;
import java.util.List;
import org.immutables.value.Value;

/**
 * One unit's result over a phase: its combined score, the years it had a result, and its rank.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * phaseUnit.score(); phaseUnit.years(); phaseUnit.rank().position();
 * }</pre>
 */
@Value.Immutable
public abstract class PhaseUnit {

    PhaseUnit() {}

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
     * Returns the combined score: a sum, an average or a number of years, by the method.
     *
     * @return the score
     */
    public abstract Points score();

    /**
     * Returns the years in which the unit had a result, oldest first.
     *
     * @return the years
     */
    public abstract List<Year> years();

    /**
     * Returns the rank on the phase score.
     *
     * @return the rank
     */
    public abstract Rank rank();

    /**
     * Returns how the score and rank were reached.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();

    /** Builds a {@link PhaseUnit}. */
    public static final class Builder extends ImmutablePhaseUnit.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
