package io.github.thidua.scoring.internal;

import io.github.thidua.scoring.spi.CriterionRule;
import java.util.List;

/**
 * The built-in criterion rules, one per built-in kind of {@link io.github.thidua.core.CriterionKind}.
 *
 * <pre>{@code
 * for (CriterionRule rule : BuiltInRules.all()) { registry.add(rule); }
 * }</pre>
 */
public final class BuiltInRules {

    private BuiltInRules() {}

    /**
     * Returns one instance of each built-in rule: {@code qualitative}, {@code quantitative},
     * {@code leader-relative}, {@code count}, {@code bonus}, {@code deduction} and {@code formula}.
     *
     * @return the rules, in that order, unmodifiable
     */
    public static List<CriterionRule> all() {
        return List.of(
                new QualitativeRule(),
                new QuantitativeRule(),
                new LeaderRelativeRule(),
                new CountRule(),
                new BonusRule(),
                new DeductionRule(),
                new FormulaRule());
    }
}
