package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.RuleSupport.explain;
import static io.github.thidua.scoring.internal.RuleSupport.inputs;
import static io.github.thidua.scoring.internal.RuleSupport.show;
import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Points;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a {@link Quantitative} criterion (định lượng) against each unit's pledged target:
 * points = max × min(ratio, ratioCap) ÷ ratioCap, where ratio = actual ÷ target (target ÷ actual
 * when lower is better).
 *
 * <p>Worked example, maximum 10, ratio cap 1.2, target 100: actual 60 earns 10 × 0.6 ÷ 1.2 = 5;
 * actual 120 or more earns 10. Lower is better, target 4 (% poor households), actual 5: ratio 0.8,
 * 10 × 0.8 ÷ 1.2 = 6.6666666667 (division scale 10).
 *
 * <ul>
 *   <li>The product and quotient are taken as one division, max × actual ÷ (target × cap), at
 *       the context's division scale, half up; comparisons with the cap are exact.
 *   <li>A negative ratio earns 0. Lower is better with an actual of 0 or less reaches the cap.
 *   <li>The target is looked at first. No pledged target: the kind's {@link
 *       io.github.thidua.core.MissingTargetPolicy} gives 0 ({@code ZERO}), the maximum ({@code
 *       FULL}) or a {@link io.github.thidua.core.ValidationException} naming the unit and the
 *       criterion ({@code REJECT}). A target of 0 or less defines no ratio and is rejected alike.
 *   <li>A target but no actual value earns 0, explained.
 *   <li>The direction is that of the indicator carried by the inputs; higher is better when none
 *       carries it.
 * </ul>
 *
 * <pre>{@code
 * List<RuleOutcome> outcomes = new QuantitativeRule().score(context);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Its name is {@code quantitative}.
 */
public final class QuantitativeRule implements CriterionRule {

    /** The stable name, {@code quantitative}. */
    public static final String NAME = "quantitative";

    /** Creates the rule. */
    public QuantitativeRule() {}

    /** Returns {@code quantitative}. */
    @Override
    public String name() {
        return NAME;
    }

    /** Returns "định lượng" / "quantitative". */
    @Override
    public Text label() {
        return Text.of("định lượng", "quantitative");
    }

    /**
     * Scores every unit against its own pledged target.
     *
     * @param context the criterion and each unit's inputs, not null
     * @return one outcome per unit, in unit-id order
     * @throws io.github.thidua.core.ValidationException if the criterion is not quantitative, a
     *     target is missing under {@code REJECT}, a target is not positive, or an input carries
     *     another indicator
     */
    @Override
    public List<RuleOutcome> score(RuleContext context) {
        requireNonNull(context, "context");
        Quantitative kind = RuleSupport.kind(context, Quantitative.class, NAME);
        List<RuleInput> sorted = RuleSupport.inputs(context);
        Direction direction = RuleSupport.direction(context, sorted, kind.indicator());
        List<RuleOutcome> out = new ArrayList<>();
        for (RuleInput in : sorted) {
            out.add(scoreOne(context, kind, direction, in));
        }
        return List.copyOf(out);
    }

    private static RuleOutcome scoreOne(RuleContext context, Quantitative kind, Direction direction, RuleInput in) {
        boolean explain = context.explain();
        Points max = context.criterion().maxPoints();
        Optional<BigDecimal> actual = in.assessment().flatMap(Assessment::actual);
        String shownActual = actual.map(RuleSupport::show).orElse("–");
        if (in.target().isEmpty()) {
            switch (kind.missingTarget()) {
                case ZERO:
                    return RuleOutcome.of(
                            in.unit(),
                            Points.ZERO,
                            explain(
                                    "rule.quantitative.no-target.zero",
                                    Text.of("Không đăng ký chỉ tiêu: 0 điểm", "No pledged target: 0 points"),
                                    Points.ZERO,
                                    inputs("actual", shownActual, "target", "–")));
                case FULL:
                    return RuleOutcome.of(
                            in.unit(),
                            max,
                            explain(
                                    "rule.quantitative.no-target.full",
                                    Text.of(
                                            "Không đăng ký chỉ tiêu: điểm tối đa " + max,
                                            "No pledged target: the maximum " + max),
                                    max,
                                    inputs("actual", shownActual, "target", "–")));
                default:
                    throw RuleSupport.unitProblem(
                            context,
                            in.unit(),
                            "target",
                            null,
                            Text.of("chưa đăng ký chỉ tiêu", "no pledged target"),
                            Text.of(
                                    "một chỉ tiêu đăng ký, hoặc chính sách thiếu chỉ tiêu ZERO hay FULL",
                                    "a pledged target, or a missing-target policy of ZERO or FULL"));
            }
        }
        BigDecimal target = RuleSupport.positiveTarget(context, in);
        BigDecimal cap = kind.ratioCap();
        if (actual.isEmpty()) {
            return RuleOutcome.of(
                    in.unit(),
                    Points.ZERO,
                    explain(
                            "rule.quantitative.no-actual",
                            Text.of("Không báo cáo kết quả thực hiện: 0 điểm", "No actual value reported: 0 points"),
                            Points.ZERO,
                            inputs("actual", "–", "target", show(target))));
        }
        BigDecimal a = actual.get();
        boolean lower = direction == Direction.LOWER_IS_BETTER;
        // ratio = n ÷ d with d > 0, or unbounded when lower is better and nothing is left.
        boolean unbounded = lower && a.signum() <= 0;
        BigDecimal n = lower ? target : a;
        BigDecimal d = lower ? a : target;
        Map<String, String> shown = !explain
                ? null
                : inputs(
                        "actual",
                        show(a),
                        "target",
                        show(target),
                        "ratio",
                        unbounded ? "∞" : show(RuleSupport.divide(n, d, context)),
                        "ratioCap",
                        show(cap),
                        "direction",
                        direction.name());
        Points points;
        String key;
        Text text;
        if (unbounded || n.compareTo(d.multiply(cap)) >= 0) {
            points = max;
            key = "rule.quantitative.capped";
            text = !explain
                    ? null
                    : Text.of(
                            "Đạt từ mức trần " + show(cap) + " lần chỉ tiêu: điểm tối đa " + max,
                            "At or above the cap of " + show(cap) + " × target: the maximum " + max);
        } else if (n.signum() <= 0) {
            points = Points.ZERO;
            key = "rule.quantitative.negative";
            text = !explain ? null : Text.of("Tỉ lệ không dương: 0 điểm", "Ratio not positive: 0 points");
        } else {
            points = RuleSupport.points(
                    RuleSupport.divide(max.toBigDecimal().multiply(n), d.multiply(cap), context), context);
            key = "rule.quantitative.ratio";
            String sum = !explain ? null : max + " × " + shown.get("ratio") + " ÷ " + show(cap) + " = " + points;
            text = !explain ? null : Text.of("Theo tỉ lệ thực hiện: " + sum, "By ratio to target: " + sum);
        }
        return explain
                ? RuleOutcome.of(in.unit(), points, explain(key, text, points, shown))
                : RuleOutcome.unexplained(in.unit(), points);
    }
}
