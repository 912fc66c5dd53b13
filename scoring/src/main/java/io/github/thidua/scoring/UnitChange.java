package io.github.thidua.scoring;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How one unit's result changed between two results on the same data (for example two versions
 * of a policy): total, rank, band and the criteria that moved.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * change.rankBefore(); change.rankAfter(); change.criteria(); // code → [before, after]
 * }</pre>
 */
@Value.Immutable
public abstract class UnitChange {

    UnitChange() {}

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
     * Returns the total before.
     *
     * @return the total, or empty when the unit was not in the first result
     */
    public abstract Optional<Points> totalBefore();

    /**
     * Returns the total after.
     *
     * @return the total, or empty when the unit is not in the second result
     */
    public abstract Optional<Points> totalAfter();

    /**
     * Returns the rank position before.
     *
     * @return the position, if ranked
     */
    public abstract OptionalInt rankBefore();

    /**
     * Returns the rank position after.
     *
     * @return the position, if ranked
     */
    public abstract OptionalInt rankAfter();

    /**
     * Returns the band code before.
     *
     * @return the band, if classified
     */
    public abstract Optional<String> bandBefore();

    /**
     * Returns the band code after.
     *
     * @return the band, if classified
     */
    public abstract Optional<String> bandAfter();

    /**
     * Returns the criteria whose points changed: code → the change (after − before).
     *
     * @return the changes, in criterion order of the second result
     */
    public abstract Map<String, Points> criteria();

    /**
     * Tells whether anything about the unit changed.
     *
     * @return true when total, rank, band or a criterion differs
     */
    public boolean changed() {
        return !totalBefore().equals(totalAfter())
                || !rankBefore().equals(rankAfter())
                || !bandBefore().equals(bandAfter())
                || !criteria().isEmpty();
    }

    /**
     * Returns who moved and why, in both languages.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();

    /** Builds a {@link UnitChange}. */
    public static final class Builder extends ImmutableUnitChange.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
