package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one unit reached in a period: points per criterion, subtotals per group, the total, the
 * band, the rank, the awards proposed, the cash reward and the explanation of it all.
 *
 * <p>The engine that fills it decides how the total follows from the criteria (bonuses, caps,
 * rounding), so the total is not checked against them. Checked when built: criterion codes are
 * unique; group codes have the shape of codes; the rank's {@link Rank#tiedWith()} does not name
 * the unit itself. Immutable and thread-safe.
 *
 * <pre>{@code
 * UnitResult phuTho = UnitResult.builder()
 *         .unit(Id.of("phu-tho"))
 *         .addCriteria(CriterionResult.of("1.1", Points.of(10)), CriterionResult.of("1.2", Points.parse("7.5")))
 *         .putSubtotals("1", Points.parse("17.5"))
 *         .total(Points.parse("17.5"))
 *         .rank(Rank.of(1))
 *         .explanation(Explanation.of("unit.total", Text.of("Tổng điểm", "Total")))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class UnitResult {

    UnitResult() {}

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
     * Returns the points per criterion, in the order of the scoring table.
     *
     * @return the criterion results, with unique codes
     */
    public abstract List<CriterionResult> criteria();

    /**
     * Returns the subtotal of each criteria group, by group code, in the order given.
     *
     * @return the subtotals
     */
    public abstract Map<String, Points> subtotals();

    /**
     * Returns the total score.
     *
     * @return the total
     */
    public abstract Points total();

    /**
     * Returns the classification band reached.
     *
     * @return the band, if the policy classifies
     */
    public abstract Optional<BandResult> band();

    /**
     * Returns the unit's place in the ranking.
     *
     * @return the rank, if the policy ranks
     */
    public abstract Optional<Rank> rank();

    /**
     * Returns the awards proposed for the unit (or for people and households of it).
     *
     * @return the proposals, in order
     */
    public abstract List<AwardProposal> proposals();

    /**
     * Returns the cash reward.
     *
     * @return the amount, if any
     */
    public abstract Optional<Vnd> cash();

    /**
     * Returns how the result was reached.
     *
     * @return the root of the explanation
     */
    public abstract Explanation explanation();

    /**
     * Returns the result of one criterion.
     *
     * @param criterion the criterion's code, not null
     * @return the result, or empty if there is none for that code
     */
    public Optional<CriterionResult> criterion(String criterion) {
        Objects.requireNonNull(criterion, "criterion");
        return criteria().stream().filter(c -> c.criterion().equals(criterion)).findFirst();
    }

    @Value.Check
    final void check() {
        Checks.unique("UnitResult", "criteria", criteria(), CriterionResult::criterion, "criterion");
        subtotals().keySet().forEach(g -> Checks.code("UnitResult", "subtotals", g));
        if (rank().isPresent()) {
            List<Id> tied = rank().get().tiedWith();
            int self = tied.indexOf(unit());
            if (self >= 0) {
                throw ValidationException.invalid(
                        "UnitResult",
                        "rank.tiedWith[" + self + "]",
                        unit(),
                        Text.of("là chính đơn vị", "is the unit itself"),
                        Text.of("các đơn vị khác cùng hạng", "the other units at the same position"));
            }
        }
    }

    /** Builds a {@link UnitResult}; unit, total and explanation are required. */
    public static final class Builder extends ImmutableUnitResult.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
