package io.github.thidua.scoring.spi;

import java.util.List;

/**
 * Scores one criterion for every unit of a batch (a cluster or one of its sub-groups) at once, so
 * that rules coupling units, such as the leader-relative rule, see the whole batch.
 *
 * <p>The built-in kinds ({@code qualitative}, {@code quantitative}, {@code leader-relative},
 * {@code count}, {@code bonus}, {@code deduction}, {@code formula}) implement this interface;
 * a developer adds a kind by implementing it and registering it under the name a criterion's
 * {@link io.github.thidua.core.CustomKind} uses.
 *
 * <pre>{@code
 * final class TwiceIfAchieved implements CriterionRule {
 *     public String name() { return "twice-if-achieved"; }
 *     public Text label() { return Text.of("gấp đôi nếu đạt", "twice if achieved"); }
 *     public List<RuleOutcome> score(RuleContext c) { ... }
 * }
 * }</pre>
 *
 * <p>A rule returns exact points before the policy's rounding: for a scored criterion between 0
 * and its maximum, for a bonus between 0 and its cap, for a deduction between minus its cap and
 * 0. The engine rejects an outcome outside those bounds, a missing unit or a unit given twice.
 */
public interface CriterionRule extends Plugin {

    /**
     * Scores the criterion for every unit of the batch.
     *
     * @param context the criterion, its parameters and each unit's inputs, not null
     * @return one outcome per unit of {@code context.inputs()}, in any order
     */
    List<RuleOutcome> score(RuleContext context);
}
