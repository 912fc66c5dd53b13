package io.github.thidua.scoring.spi;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import org.immutables.value.Value;

/**
 * The exact points one unit earns on one criterion, before the policy's rounding, with the
 * explanation of how.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleOutcome.of(Id.of("phu-tho"), Points.of(20), explanation);
 * }</pre>
 */
@Value.Immutable
public abstract class RuleOutcome {

    // What an unexplained outcome carries; never shown, since the engine words a second run.
    private static final Explanation UNEXPLAINED = Explanation.of(
            "rule.unexplained", Text.of("Chưa diễn giải (chỉ tính điểm)", "Not explained (points only)"));

    RuleOutcome() {}

    /**
     * Returns an outcome.
     *
     * @param unit the unit, not null
     * @param points the exact points, not null
     * @param explanation how they were computed, not null
     * @return the outcome
     */
    public static RuleOutcome of(Id unit, Points points, Explanation explanation) {
        return ImmutableRuleOutcome.builder()
                .unit(unit)
                .points(points)
                .explanation(explanation)
                .build();
    }

    /**
     * Returns an outcome without an explanation of its own, for a rule asked for numbers only
     * ({@link RuleContext#explain()} false). Its explanation is a placeholder that the engine never
     * shows: the engine asks the rule again, with explanations, when one is read.
     *
     * @param unit the unit, not null
     * @param points the points, not null
     * @return the outcome
     */
    public static RuleOutcome unexplained(Id unit, Points points) {
        return of(unit, points, UNEXPLAINED);
    }

    /**
     * Returns the unit.
     *
     * @return the unit's id
     */
    public abstract Id unit();

    /**
     * Returns the exact points.
     *
     * @return the points, before rounding
     */
    public abstract Points points();

    /**
     * Returns how the points were computed.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();
}
