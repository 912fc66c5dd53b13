package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.RuleSupport.explain;
import static io.github.thidua.scoring.internal.RuleSupport.inputs;
import static io.github.thidua.scoring.internal.RuleSupport.show;
import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a {@link Qualitative} criterion (định tính): achieved earns the maximum; not achieved,
 * or not reported, earns the maximum times the kind's {@code fractionIfNotAchieved}.
 *
 * <p>Worked example, maximum 5, fraction 0.5: an achieved unit earns 5; a unit that did not
 * achieve, or reported nothing, earns 5 × 0.5 = 2.5. The product is exact; only if it needs more
 * than 12 decimal places is it rounded to the context's division scale, half up.
 *
 * <pre>{@code
 * List<RuleOutcome> outcomes = new QualitativeRule().score(context);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Its name is {@code qualitative}.
 */
public final class QualitativeRule implements CriterionRule {

    /** The stable name, {@code qualitative}. */
    public static final String NAME = "qualitative";

    /** Creates the rule. */
    public QualitativeRule() {}

    /** Returns {@code qualitative}. */
    @Override
    public String name() {
        return NAME;
    }

    /** Returns "định tính" / "qualitative". */
    @Override
    public Text label() {
        return Text.of("định tính", "qualitative");
    }

    /**
     * Scores every unit: the maximum if achieved, otherwise the maximum times the fraction.
     *
     * @param context the criterion and each unit's inputs, not null
     * @return one outcome per unit, in unit-id order
     * @throws io.github.thidua.core.ValidationException if the criterion is not qualitative
     */
    @Override
    public List<RuleOutcome> score(RuleContext context) {
        requireNonNull(context, "context");
        Qualitative kind = RuleSupport.kind(context, Qualitative.class, NAME);
        Points max = context.criterion().maxPoints();
        BigDecimal fraction = kind.fractionIfNotAchieved();
        Points partial = RuleSupport.points(max.toBigDecimal().multiply(fraction), context);
        List<RuleOutcome> out = new ArrayList<>();
        for (RuleInput in : RuleSupport.inputs(context)) {
            Optional<Boolean> achieved = in.assessment().flatMap(Assessment::achieved);
            if (!context.explain()) {
                out.add(RuleOutcome.unexplained(in.unit(), achieved.orElse(false) ? max : partial));
            } else if (achieved.orElse(false)) {
                out.add(RuleOutcome.of(
                        in.unit(),
                        max,
                        explain(
                                "rule.qualitative.achieved",
                                Text.of("Đạt: điểm tối đa " + max, "Achieved: the maximum " + max),
                                max,
                                inputs("achieved", "true", "max", max.toString()))));
            } else {
                String key = achieved.isPresent() ? "rule.qualitative.not-achieved" : "rule.qualitative.missing";
                String vi = achieved.isPresent() ? "Không đạt" : "Không báo cáo đạt hay không";
                String en = achieved.isPresent() ? "Not achieved" : "Not reported";
                String sum = ": " + max + " × " + show(fraction) + " = " + partial;
                out.add(RuleOutcome.of(
                        in.unit(),
                        partial,
                        explain(
                                key,
                                Text.of(vi + sum, en + sum),
                                partial,
                                inputs(
                                        "achieved",
                                        achieved.map(String::valueOf).orElse("–"),
                                        "max",
                                        max.toString(),
                                        "fractionIfNotAchieved",
                                        show(fraction)))));
            }
        }
        return List.copyOf(out);
    }
}
