package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.RuleSupport.explain;
import static io.github.thidua.scoring.internal.RuleSupport.inputs;
import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Scores a {@link CountBased} criterion (chấm thẳng): points = min(count × pointsPerOccurrence,
 * max), exact.
 *
 * <p>The count is the assessment's {@code count}, or its {@code occurrences} when no count is
 * reported; neither earns 0, explained. Worked example, maximum 3, 0.5 per training session: 4
 * sessions earn 4 × 0.5 = 2; 7 sessions earn min(3.5, 3) = 3.
 *
 * <pre>{@code
 * List<RuleOutcome> outcomes = new CountRule().score(context);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Its name is {@code count}.
 */
public final class CountRule implements CriterionRule {

    /** The stable name, {@code count}. */
    public static final String NAME = "count";

    /** Creates the rule. */
    public CountRule() {}

    /** Returns {@code count}. */
    @Override
    public String name() {
        return NAME;
    }

    /** Returns "chấm thẳng" / "count-based". */
    @Override
    public Text label() {
        return Text.of("chấm thẳng", "count-based");
    }

    /**
     * Scores every unit by its count, capped at the maximum.
     *
     * @param context the criterion and each unit's inputs, not null
     * @return one outcome per unit, in unit-id order
     * @throws io.github.thidua.core.ValidationException if the criterion is not count-based
     */
    @Override
    public List<RuleOutcome> score(RuleContext context) {
        requireNonNull(context, "context");
        CountBased kind = RuleSupport.kind(context, CountBased.class, NAME);
        List<RuleOutcome> out = new ArrayList<>();
        for (RuleInput in : RuleSupport.inputs(context)) {
            OptionalInt count = in.assessment()
                    .map(a -> a.count().isPresent() ? a.count() : a.occurrences())
                    .orElse(OptionalInt.empty());
            out.add(perOccurrence(
                    context, in, count, kind.pointsPerOccurrence(), "rule.count", Text.of("Số lần", "Count")));
        }
        return List.copyOf(out);
    }

    /**
     * Scores min(times × each, max), shared with the bonus rule.
     */
    static RuleOutcome perOccurrence(
            RuleContext context, RuleInput in, OptionalInt times, Points each, String key, Text what) {
        Points max = context.criterion().maxPoints();
        if (!context.explain()) {
            return RuleOutcome.unexplained(
                    in.unit(),
                    times.isEmpty()
                            ? Points.ZERO
                            : each.multipliedBy(times.getAsInt()).min(max));
        }
        if (times.isEmpty()) {
            return RuleOutcome.of(
                    in.unit(),
                    Points.ZERO,
                    explain(
                            key + ".missing",
                            Text.of(what.vi() + ": không báo cáo, 0 điểm", what.en() + ": not reported, 0 points"),
                            Points.ZERO,
                            inputs("count", "–", "pointsPerOccurrence", each.toString(), "max", max.toString())));
        }
        int n = times.getAsInt();
        Points raw = each.multipliedBy(n);
        Points points = raw.min(max);
        boolean capped = raw.isGreaterThan(max);
        String sum = n + " × " + each + " = " + raw + (capped ? ", ≤ " + max : "");
        return RuleOutcome.of(
                in.unit(),
                points,
                explain(
                        capped ? key + ".capped" : key,
                        Text.of(what.vi() + ": " + sum, what.en() + ": " + sum),
                        points,
                        inputs(
                                "count",
                                String.valueOf(n),
                                "pointsPerOccurrence",
                                each.toString(),
                                "max",
                                max.toString())));
    }

    /** Returns the assessment's occurrences, empty when not reported. */
    static OptionalInt occurrences(RuleInput in) {
        return in.assessment().map(Assessment::occurrences).orElse(OptionalInt.empty());
    }
}
