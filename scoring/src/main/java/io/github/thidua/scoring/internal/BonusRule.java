package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Bonus;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a {@link Bonus} criterion (điểm thưởng): points = min(occurrences × pointsPerOccurrence,
 * max), from 0 to the criterion's maximum, its cap.
 *
 * <p>Worked example, cap 3, 1 point per commended model: 2 models earn 2; 5 models earn min(5, 3)
 * = 3. No occurrences reported earns 0, explained.
 *
 * <pre>{@code
 * List<RuleOutcome> outcomes = new BonusRule().score(context);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Its name is {@code bonus}.
 */
public final class BonusRule implements CriterionRule {

    /** The stable name, {@code bonus}. */
    public static final String NAME = "bonus";

    /** Creates the rule. */
    public BonusRule() {}

    /** Returns {@code bonus}. */
    @Override
    public String name() {
        return NAME;
    }

    /** Returns "điểm thưởng" / "bonus". */
    @Override
    public Text label() {
        return Text.of("điểm thưởng", "bonus");
    }

    /**
     * Scores every unit by its occurrences, capped at the maximum.
     *
     * @param context the criterion and each unit's inputs, not null
     * @return one outcome per unit, in unit-id order, each from 0 to the maximum
     * @throws io.github.thidua.core.ValidationException if the criterion is not a bonus
     */
    @Override
    public List<RuleOutcome> score(RuleContext context) {
        requireNonNull(context, "context");
        Bonus kind = RuleSupport.kind(context, Bonus.class, NAME);
        List<RuleOutcome> out = new ArrayList<>();
        for (RuleInput in : RuleSupport.inputs(context)) {
            out.add(CountRule.perOccurrence(
                    context,
                    in,
                    CountRule.occurrences(in),
                    kind.pointsPerOccurrence(),
                    "rule.bonus",
                    Text.of("Điểm thưởng", "Bonus")));
        }
        return List.copyOf(out);
    }
}
