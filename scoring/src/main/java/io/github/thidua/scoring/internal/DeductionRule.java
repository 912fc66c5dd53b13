package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Deduction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a {@link Deduction} criterion (điểm trừ): points = −min(occurrences ×
 * pointsPerOccurrence, max), from minus the criterion's maximum (its cap) to 0.
 *
 * <p>Worked example, cap 3, 0.5 per late report: 2 late reports cost −1; 9 cost −min(4.5, 3) =
 * −3. No occurrences reported costs nothing, explained.
 *
 * <pre>{@code
 * List<RuleOutcome> outcomes = new DeductionRule().score(context);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Its name is {@code deduction}.
 */
public final class DeductionRule implements CriterionRule {

    /** The stable name, {@code deduction}. */
    public static final String NAME = "deduction";

    /** Creates the rule. */
    public DeductionRule() {}

    /** Returns {@code deduction}. */
    @Override
    public String name() {
        return NAME;
    }

    /** Returns "điểm trừ" / "deduction". */
    @Override
    public Text label() {
        return Text.of("điểm trừ", "deduction");
    }

    /**
     * Scores every unit by its occurrences, negated and capped at minus the maximum.
     *
     * @param context the criterion and each unit's inputs, not null
     * @return one outcome per unit, in unit-id order, each from minus the maximum to 0
     * @throws io.github.thidua.core.ValidationException if the criterion is not a deduction
     */
    @Override
    public List<RuleOutcome> score(RuleContext context) {
        requireNonNull(context, "context");
        Deduction kind = RuleSupport.kind(context, Deduction.class, NAME);
        List<RuleOutcome> out = new ArrayList<>();
        for (RuleInput in : RuleSupport.inputs(context)) {
            RuleOutcome taken = CountRule.perOccurrence(
                    context,
                    in,
                    CountRule.occurrences(in),
                    kind.pointsPerOccurrence(),
                    "rule.deduction",
                    Text.of("Điểm trừ", "Deduction"));
            Points points = taken.points().negated();
            if (!context.explain()) {
                out.add(RuleOutcome.unexplained(in.unit(), points));
                continue;
            }
            Explanation e = taken.explanation();
            Explanation negated = Explanation.builder()
                    .key(e.key())
                    .text(
                            taken.points().isZero()
                                    ? e.text()
                                    : Text.of(
                                            e.text().vi() + " → −" + Texts.vi(taken.points()),
                                            e.text().en() + " → −" + Texts.en(taken.points())))
                    .value(points)
                    .putAllInputs(e.inputs())
                    .build();
            out.add(RuleOutcome.of(in.unit(), points, negated));
        }
        return List.copyOf(out);
    }
}
