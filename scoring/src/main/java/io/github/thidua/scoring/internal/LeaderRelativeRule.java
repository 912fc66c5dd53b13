package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.RuleSupport.explain;
import static io.github.thidua.scoring.internal.RuleSupport.inputs;
import static io.github.thidua.scoring.internal.RuleSupport.show;
import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Id;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.LeaderTiePolicy;
import io.github.thidua.core.Points;
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
 * Scores a {@link LeaderRelative} criterion over the whole batch: meeting the target earns half
 * the maximum, the best over-achiever (the leader) the maximum, other over-achievers half plus a
 * share in proportion to their excess over the leader's excess.
 *
 * <p><b>Units with a pledged target.</b> Their ratio is r = actual ÷ target (target ÷ actual when
 * lower is better); a target of 0 or less is rejected with a {@link
 * io.github.thidua.core.ValidationException} naming the unit and the criterion.
 *
 * <ul>
 *   <li>r &lt; 1 (below target): ½·max·r, and 0 if r is negative;
 *   <li>r = 1 (at target): ½·max;
 *   <li>r &gt; 1 (over-achievers): the leader is the unit with the highest r, r<sub>L</sub>; it
 *       earns max; every other over-achiever earns ½·max + ½·max·(r − 1) ÷ (r<sub>L</sub> − 1),
 *       never above max.
 * </ul>
 *
 * <p>Ties for the highest r follow the kind's {@link LeaderTiePolicy}:
 *
 * <ul>
 *   <li>{@code ALL_TIED_LEAD}: every unit tied at r<sub>L</sub> leads and earns max; the other
 *       over-achievers use the formula against r<sub>L</sub>.
 *   <li>{@code NONE_LEAD}: when two or more units tie at the top, nobody leads, and since the
 *       share of excess is measured against a leader's excess, there is no share to give: every
 *       over-achiever, the tied units included, earns ½·max, as for meeting the target. Units below
 *       target are unaffected. A unique top unit leads as under {@code ALL_TIED_LEAD}. Within a
 *       batch a higher r still never earns less; but a unit that improves until it ties the top
 *       removes the leader, so its own points can fall from the share to ½·max.
 * </ul>
 *
 * <p>Lower is better and an actual of 0 or less (no poor households left) gives an unbounded r:
 * such a unit is at the top; if the leader's r is unbounded, other over-achievers' share of it is
 * 0, so they earn ½·max. A unit with a target but no actual value earns 0 and takes no part.
 *
 * <p><b>Units without a target</b> form their own pool, scored against the best actual value
 * among them: max × actual ÷ best (the highest actual), or, when lower is better, max × best ÷
 * actual (best: the lowest actual). If no unit of the pool reported an actual value every unit of
 * the pool earns 0; when higher is better and the best is 0 or less, every unit earns 0; when
 * lower is better the units at the best (possibly 0) earn the maximum and the others max × best ÷
 * actual, so 0 when the best is 0. A negative result earns 0. A unit of the pool with
 * no actual value earns 0.
 *
 * <p><b>Exactness.</b> Ratios are compared as exact fractions, so ties are exact. Each unit's
 * points are one division of exact products at the context's division scale, half up: for an
 * over-achiever, with r = n ÷ d and r<sub>L</sub> = n<sub>L</sub> ÷ d<sub>L</sub>, points = max ×
 * (d·(n<sub>L</sub> − d<sub>L</sub>) + (n − d)·d<sub>L</sub>) ÷ (2·d·(n<sub>L</sub> −
 * d<sub>L</sub>)).
 *
 * <p><b>Worked example</b>, maximum 40, targets 100, 100, 100, 100 and none, actual values 150,
 * 120, 100, 80 and 7: r = 1.5, 1.2, 1, 0.8. The first leads with 40; the second earns ½·40 +
 * ½·40·(1.2 − 1) ÷ (1.5 − 1) = 20 + 20·0.4 = 28; the third 20; the fourth ½·40·0.8 = 16. The unit
 * without a target is alone in its pool and earns 40 × 7 ÷ 7 = 40.
 *
 * <p>Explanations name the leader (or the tied units), r and r<sub>L</sub>.
 *
 * <pre>{@code
 * List<RuleOutcome> outcomes = new LeaderRelativeRule().score(context);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Its name is {@code leader-relative}.
 */
public final class LeaderRelativeRule implements CriterionRule {

    /** The stable name, {@code leader-relative}. */
    public static final String NAME = "leader-relative";

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Creates the rule. */
    public LeaderRelativeRule() {}

    /** Returns {@code leader-relative}. */
    @Override
    public String name() {
        return NAME;
    }

    /** Returns "so với đơn vị dẫn đầu" / "relative to the leader". */
    @Override
    public Text label() {
        return Text.of("so với đơn vị dẫn đầu", "relative to the leader");
    }

    /** An exact ratio n ÷ d with d ≥ 0; d = 0 stands for an unbounded ratio. */
    private record Ratio(BigDecimal n, BigDecimal d) implements Comparable<Ratio> {

        boolean unbounded() {
            return d.signum() == 0;
        }

        @Override
        public int compareTo(Ratio o) {
            if (unbounded() || o.unbounded()) {
                return Boolean.compare(unbounded(), o.unbounded());
            }
            return n.multiply(o.d).compareTo(o.n.multiply(d));
        }

        int compareToOne() {
            return unbounded() ? 1 : n.compareTo(d);
        }

        String show(RuleContext context) {
            return unbounded() ? "∞" : RuleSupport.show(RuleSupport.divide(n, d, context));
        }
    }

    private record Measured(RuleInput input, BigDecimal actual, BigDecimal target, Ratio ratio) {}

    /**
     * Scores every unit of the batch, those with a target against the leader, those without
     * against the best of their own pool.
     *
     * @param context the criterion and each unit's inputs, not null
     * @return one outcome per unit, in unit-id order
     * @throws io.github.thidua.core.ValidationException if the criterion is not leader-relative, a
     *     target is not positive, or an input carries another indicator
     */
    @Override
    public List<RuleOutcome> score(RuleContext context) {
        requireNonNull(context, "context");
        LeaderRelative kind = RuleSupport.kind(context, LeaderRelative.class, NAME);
        boolean explain = context.explain();
        List<RuleInput> sorted = RuleSupport.inputs(context);
        boolean lower = RuleSupport.direction(context, sorted, kind.indicator()) == Direction.LOWER_IS_BETTER;
        Points max = context.criterion().maxPoints();

        List<Measured> measured = new ArrayList<>();
        List<RuleInput> pool = new ArrayList<>();
        List<RuleOutcome> out = new ArrayList<>();
        for (RuleInput in : sorted) {
            Optional<BigDecimal> actual = in.assessment().flatMap(Assessment::actual);
            if (in.target().isEmpty()) {
                pool.add(in);
                continue;
            }
            BigDecimal target = RuleSupport.positiveTarget(context, in);
            if (actual.isEmpty()) {
                out.add(RuleOutcome.of(
                        in.unit(),
                        Points.ZERO,
                        explain(
                                "rule.leader-relative.no-actual",
                                Text.of(
                                        "Không báo cáo kết quả thực hiện: 0 điểm",
                                        "No actual value reported: 0 points"),
                                Points.ZERO,
                                inputs("actual", "–", "target", show(target)))));
                continue;
            }
            BigDecimal a = actual.get();
            Ratio r = !lower
                    ? new Ratio(a, target)
                    : a.signum() <= 0 ? new Ratio(target, BigDecimal.ZERO) : new Ratio(target, a);
            measured.add(new Measured(in, a, target, r));
        }

        Ratio top = null;
        List<Id> tied = new ArrayList<>();
        for (Measured m : measured) {
            if (m.ratio.compareToOne() <= 0) {
                continue;
            }
            int c = top == null ? 1 : m.ratio.compareTo(top);
            if (c > 0) {
                top = m.ratio;
                tied.clear();
            }
            if (c >= 0) {
                tied.add(m.input.unit());
            }
        }
        boolean noLeader = tied.size() > 1 && kind.leaderTie() == LeaderTiePolicy.NONE_LEAD;
        String leaders = RuleSupport.units(tied);

        Points half = RuleSupport.half(context);
        for (Measured m : measured) {
            Map<String, String> shown = !explain
                    ? null
                    : inputs(
                            "actual",
                            show(m.actual),
                            "target",
                            show(m.target),
                            "ratio",
                            m.ratio.show(context),
                            "direction",
                            lower ? Direction.LOWER_IS_BETTER.name() : Direction.HIGHER_IS_BETTER.name());
            if (explain && top != null) {
                shown.put("leader", noLeader ? "–" : leaders);
                shown.put("ratioLeader", top.show(context));
            }
            int vsOne = m.ratio.compareToOne();
            Points points;
            String key;
            Text text;
            if (vsOne < 0) {
                if (m.ratio.n.signum() <= 0) {
                    points = Points.ZERO;
                    key = "rule.leader-relative.negative";
                    text = !explain ? null : Text.of("Tỉ lệ không dương: 0 điểm", "Ratio not positive: 0 points");
                } else {
                    points = RuleSupport.points(
                            RuleSupport.divide(
                                    max.toBigDecimal().multiply(m.ratio.n), TWO.multiply(m.ratio.d), context),
                            context);
                    key = "rule.leader-relative.below";
                    String sum = !explain ? null : "½·" + max + "·" + m.ratio.show(context) + " = " + points;
                    text = !explain ? null : Text.of("Dưới chỉ tiêu: " + sum, "Below target: " + sum);
                }
            } else if (vsOne == 0) {
                points = half;
                key = "rule.leader-relative.at";
                text = !explain
                        ? null
                        : Text.of("Đạt chỉ tiêu: ½·" + max + " = " + half, "At target: ½·" + max + " = " + half);
            } else if (noLeader) {
                points = half;
                key = "rule.leader-relative.over.no-leader";
                text = !explain
                        ? null
                        : Text.of(
                                "Vượt chỉ tiêu nhưng không có đơn vị dẫn đầu (" + leaders + " cùng đạt tỉ lệ cao nhất "
                                        + top.show(context) + "): ½·" + max + " = " + half,
                                "Over target but no unit leads (" + leaders + " share the best ratio "
                                        + top.show(context) + "): ½·" + max + " = " + half);
            } else if (m.ratio.compareTo(top) == 0) {
                points = max;
                key = "rule.leader-relative.leader";
                text = !explain
                        ? null
                        : Text.of(
                                "Dẫn đầu với tỉ lệ " + top.show(context) + ": điểm tối đa " + max,
                                "Leads with ratio " + top.show(context) + ": the maximum " + max);
            } else {
                if (top.unbounded()) {
                    points = half;
                } else {
                    BigDecimal n = m.ratio.n;
                    BigDecimal d = m.ratio.d;
                    BigDecimal excessLeader = top.n.subtract(top.d);
                    BigDecimal numerator = max.toBigDecimal()
                            .multiply(d.multiply(excessLeader).add(n.subtract(d).multiply(top.d)));
                    BigDecimal denominator = TWO.multiply(d).multiply(excessLeader);
                    points = RuleSupport.points(RuleSupport.divide(numerator, denominator, context), context)
                            .min(max);
                }
                key = "rule.leader-relative.over";
                String sum = !explain
                        ? null
                        : "½·" + max + " + ½·" + max + "·(" + m.ratio.show(context) + "−1)/(" + top.show(context)
                                + "−1) = " + points;
                text = !explain
                        ? null
                        : Text.of(
                                "Vượt chỉ tiêu, sau đơn vị dẫn đầu " + leaders + ": " + sum,
                                "Over target, behind the leader " + leaders + ": " + sum);
            }
            out.add(
                    explain
                            ? RuleOutcome.of(m.input.unit(), points, explain(key, text, points, shown))
                            : RuleOutcome.unexplained(m.input.unit(), points));
        }

        scorePool(context, lower, pool, out);
        out.sort((x, y) -> x.unit().compareTo(y.unit()));
        return List.copyOf(out);
    }

    private static void scorePool(RuleContext context, boolean lower, List<RuleInput> pool, List<RuleOutcome> out) {
        boolean explain = context.explain();
        Points max = context.criterion().maxPoints();
        BigDecimal best = null;
        List<Id> bestUnits = new ArrayList<>();
        for (RuleInput in : pool) {
            Optional<BigDecimal> actual = in.assessment().flatMap(Assessment::actual);
            if (actual.isEmpty()) {
                continue;
            }
            int c = best == null
                    ? 1
                    : lower ? best.compareTo(actual.get()) : actual.get().compareTo(best);
            if (c > 0) {
                best = actual.get();
                bestUnits.clear();
            }
            if (c >= 0) {
                bestUnits.add(in.unit());
            }
        }
        String bestShown = best == null ? "–" : show(best);
        String bestOf = bestUnits.isEmpty() ? "–" : RuleSupport.units(bestUnits);
        for (RuleInput in : pool) {
            Optional<BigDecimal> actual = in.assessment().flatMap(Assessment::actual);
            Map<String, String> shown = !explain
                    ? null
                    : inputs(
                            "actual",
                            actual.map(RuleSupport::show).orElse("–"),
                            "target",
                            "–",
                            "best",
                            bestShown,
                            "bestUnit",
                            bestOf);
            Points points;
            String key;
            Text text;
            if (actual.isEmpty()) {
                points = Points.ZERO;
                key = "rule.leader-relative.pool.no-actual";
                text = !explain
                        ? null
                        : Text.of(
                                "Không có chỉ tiêu và không báo cáo kết quả: 0 điểm",
                                "No target and no actual value: 0 points");
            } else if (lower && actual.get().compareTo(best) == 0) {
                // When lower is better the best may be 0 (no poor household left): it earns the
                // maximum, as the best of the pool always does, instead of dividing by zero.
                points = max;
                key = "rule.leader-relative.pool.best";
                text = !explain
                        ? null
                        : Text.of(
                                "Không có chỉ tiêu; kết quả tốt nhất trong nhóm (" + bestOf + "): " + max + " điểm",
                                "No target; the best actual value of the pool (" + bestOf + "): " + max + " points");
            } else if (best.signum() <= 0) {
                points = Points.ZERO;
                key = "rule.leader-relative.pool.no-best";
                text = !explain
                        ? null
                        : Text.of(
                                "Không có chỉ tiêu; kết quả tốt nhất trong nhóm " + bestShown + " không dương: 0 điểm",
                                "No target; the best actual value of the pool, " + bestShown
                                        + ", is not positive: 0 points");
            } else {
                BigDecimal a = actual.get();
                BigDecimal value = lower
                        ? RuleSupport.divide(max.toBigDecimal().multiply(best), a, context)
                        : RuleSupport.divide(max.toBigDecimal().multiply(a), best, context);
                points = value.signum() < 0
                        ? Points.ZERO
                        : RuleSupport.points(value, context).min(max);
                key = "rule.leader-relative.pool";
                String sum = !explain
                        ? null
                        : lower
                                ? max + " × " + bestShown + " ÷ " + show(a) + " = " + points
                                : max + " × " + show(a) + " ÷ " + bestShown + " = " + points;
                text = !explain
                        ? null
                        : Text.of(
                                "Không có chỉ tiêu, so với kết quả tốt nhất (" + bestOf + "): " + sum,
                                "No target, against the best actual value (" + bestOf + "): " + sum);
            }
            out.add(
                    explain
                            ? RuleOutcome.of(in.unit(), points, explain(key, text, points, shown))
                            : RuleOutcome.unexplained(in.unit(), points));
        }
    }
}
