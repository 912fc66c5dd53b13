package io.github.thidua.scoring.spi;

import io.github.thidua.core.Collective;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a {@link TieBreaker} may look at for one unit: its total, subtotals, criterion points,
 * deductions, number of criteria at full marks, the collective itself (for head counts) and its
 * votes, if a vote was held.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Candidate c = Candidate.builder().unit(Id.of("phu-tho")).total(Points.of(95)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Candidate {

    Candidate() {}

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
     * Returns the subtotals by group code.
     *
     * @return the subtotals
     */
    public abstract Map<String, Points> subtotals();

    /**
     * Returns the points by criterion code.
     *
     * @return the points of every criterion
     */
    public abstract Map<String, Points> criterionPoints();

    /**
     * Returns the magnitude of the unit's deductions.
     *
     * @return zero or more points deducted
     */
    @Value.Default
    public Points deductions() {
        return Points.ZERO;
    }

    /**
     * Returns how many scored criteria earned their maximum.
     *
     * @return zero or more
     */
    @Value.Default
    public int fullMarks() {
        return 0;
    }

    /**
     * Returns the collective, when the unit is one (for its head counts).
     *
     * @return the collective, if known
     */
    public abstract Optional<Collective> collective();

    /**
     * Returns the votes the unit received, when a vote was held.
     *
     * @return the number of votes, if any
     */
    public abstract OptionalInt votes();

    /** Builds a {@link Candidate}; the unit and total are required. */
    public static final class Builder extends ImmutableCandidate.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
