package io.github.thidua.scoring;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Vnd;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How one unit's result changed between two results on the same data (for example two versions
 * of a policy): total, rank, band, award proposals, cash and the criteria that moved.
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
     * Returns the award kinds proposed for the unit in the first result, in the result's order.
     *
     * @return the award-kind ids; empty when none or when the unit is absent
     */
    public abstract List<Id> proposalsBefore();

    /**
     * Returns the award kinds proposed for the unit in the second result, in the result's order.
     *
     * @return the award-kind ids; empty when none or when the unit is absent
     */
    public abstract List<Id> proposalsAfter();

    /**
     * Returns the unit's cash reward in the first result.
     *
     * @return the amount, if one was computed
     */
    public abstract Optional<Vnd> cashBefore();

    /**
     * Returns the unit's cash reward in the second result.
     *
     * @return the amount, if one was computed
     */
    public abstract Optional<Vnd> cashAfter();

    /**
     * Tells whether anything about the unit changed.
     *
     * @return true when total, rank, band, proposals, cash or a criterion differs
     */
    public boolean changed() {
        return !totalBefore().equals(totalAfter())
                || !rankBefore().equals(rankAfter())
                || !bandBefore().equals(bandAfter())
                || !proposalsBefore().equals(proposalsAfter())
                || !cashBefore().equals(cashAfter())
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
