package io.github.thidua.scoring.axioms;

import io.github.thidua.core.Bonus;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionNode;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Points;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Evaluation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The numbers of each unit's explanation add up to its points, subtotals and total. */
final class ExplanationsSumToTotals extends BuiltInAxiom {

    static final String NAME = "explanations-sum-to-totals";

    ExplanationsSumToTotals() {
        super(
                NAME,
                Text.of(
                        "các con số trong diễn giải cộng lại đúng bằng điểm, điểm nhóm và tổng điểm",
                        "the numbers of every explanation add up to the points, subtotals and totals"));
    }

    /** Collects problems of one unit. */
    private static final class Problems {
        final String unit;
        final List<Text> lines;

        Problems(String unit, List<Text> lines) {
            this.unit = unit;
            this.lines = lines;
        }

        void add(String vi, String en) {
            lines.add(Text.of(unit + ": " + vi, unit + ": " + en));
        }

        void expect(Points actual, Points expected, String vi, String en) {
            if (!actual.equals(expected)) {
                add(vi + ": " + actual + " ≠ " + expected, en + ": " + actual + " ≠ " + expected);
            }
        }
    }

    @Override
    public Optional<Violation> check(Trial trial) {
        Evaluation evaluation = trial.evaluation();
        ScoringTable table = trial.policy().table();
        Map<String, CriterionGroup> groups = new HashMap<>();
        collect(table.roots(), groups);
        List<Text> lines = new ArrayList<>();
        for (UnitResult u : evaluation.result().units()) {
            unit(u, table, groups, new Problems(u.unit().value(), lines));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Violation.of(
                NAME + ".mismatch",
                Text.of(
                        "Các con số trong diễn giải không cộng lại đúng",
                        "The numbers of an explanation do not add up"),
                lines.size() > Facts.MAX_LINES ? lines.subList(0, Facts.MAX_LINES) : lines));
    }

    private static void collect(List<CriterionNode> nodes, Map<String, CriterionGroup> out) {
        for (CriterionNode node : nodes) {
            if (node instanceof CriterionGroup g) {
                out.put(g.code(), g);
                collect(g.children(), out);
            }
        }
    }

    private static void unit(UnitResult u, ScoringTable table, Map<String, CriterionGroup> groups, Problems p) {
        Explanation root = u.explanation();
        root.value()
                .ifPresent(v -> p.expect(
                        v, u.total(), "giá trị của diễn giải khác tổng điểm", "the explanation's value vs the total"));
        Explanation total = find(root, "unit.total");
        if (total == null) {
            p.add("diễn giải không có bước unit.total", "the explanation has no unit.total step");
            return;
        }
        total.value()
                .ifPresentOrElse(
                        v -> p.expect(
                                v,
                                u.total(),
                                "giá trị bước unit.total khác tổng điểm",
                                "the unit.total step's value vs the total"),
                        () -> p.add("bước unit.total không có giá trị", "the unit.total step has no value"));
        Points scoredSum = Points.ZERO;
        Explanation bonusStep = null;
        Explanation deductionStep = null;
        Explanation rounding = null;
        for (Explanation step : total.children()) {
            switch (step.key()) {
                case "criterion" -> {
                    Criterion c = table.criterion(step.inputs().getOrDefault("criterion", ""))
                            .orElse(null);
                    criterion(step, c, u, p);
                    if (c != null && c.isScored()) {
                        scoredSum = scoredSum.plus(value(step));
                    }
                }
                case "group" -> {
                    group(step, table, groups, u, p);
                    scoredSum = scoredSum.plus(value(step));
                }
                case "bonus" -> bonusStep = step;
                case "deduction" -> deductionStep = step;
                case "total.rounding" -> rounding = step;
                default -> {}
            }
        }
        Points scored = input(total, "scored", p);
        Points bonus = input(total, "bonus", p);
        Points deductions = input(total, "deductions", p);
        if (scored == null || bonus == null || deductions == null) {
            return;
        }
        p.expect(scoredSum, scored, "các bước gốc cộng lại khác điểm chấm (scored)", "the root steps' sum vs scored");
        Points bonusSum = Points.ZERO;
        Points deductionSum = Points.ZERO;
        for (Criterion c : table.criteria()) {
            Points points = u.criterion(c.code()).map(CriterionResult::points).orElse(Points.ZERO);
            if (c.kind() instanceof Bonus) {
                bonusSum = bonusSum.plus(points);
            } else if (c.kind() instanceof Deduction) {
                deductionSum = deductionSum.plus(points.abs());
            }
        }
        cap(bonusStep, bonusSum, table.bonusCap(), bonus, "điểm thưởng", "bonus", p);
        cap(deductionStep, deductionSum, table.deductionCap(), deductions, "điểm trừ", "deductions", p);
        Points exact = scored.plus(bonus).minus(deductions);
        if (rounding != null) {
            Points stated = input(rounding, "exact", p);
            if (stated != null) {
                p.expect(
                        stated,
                        exact,
                        "số trước làm tròn tổng khác scored + bonus − deductions",
                        "the total before rounding vs scored + bonus − deductions");
            }
            p.expect(value(rounding), u.total(), "tổng sau làm tròn khác tổng điểm", "the rounded total vs the total");
        } else {
            p.expect(
                    exact,
                    u.total(),
                    "scored + bonus − deductions khác tổng điểm",
                    "scored + bonus − deductions vs the total");
        }
    }

    private static void cap(Explanation step, Points sum, Points cap, Points stated, String vi, String en, Problems p) {
        Points capped = sum.min(cap);
        if (step == null) {
            p.expect(
                    stated,
                    Points.ZERO,
                    vi + " ghi ở bước tổng khi không có bước " + en,
                    en + " stated with no " + en + " step");
            p.expect(sum, Points.ZERO, "có " + vi + " mà không có bước " + en, en + " scored with no " + en + " step");
            return;
        }
        Points stepSum = input(step, "sum", p);
        if (stepSum != null) {
            p.expect(
                    stepSum,
                    sum,
                    "tổng " + vi + " ghi ở bước " + en + " khác tổng các tiêu chí",
                    "the " + en + " step's sum vs its criteria");
        }
        p.expect(value(step), capped, "bước " + en + " khác min(tổng, trần)", "the " + en + " step vs min(sum, cap)");
        p.expect(
                stated,
                value(step),
                vi + " ở bước tổng khác bước " + en,
                en + " in the total step vs the " + en + " step");
    }

    private static void criterion(Explanation step, Criterion c, UnitResult u, Problems p) {
        String code = step.inputs().getOrDefault("criterion", "?");
        Optional<CriterionResult> result = u.criterion(code);
        if (c == null || result.isEmpty()) {
            p.add(
                    "bước tiêu chí " + code + " không có trong bảng điểm",
                    "criterion step " + code + " is not in the table");
            return;
        }
        Points points = value(step);
        p.expect(
                points,
                result.get().points(),
                "bước tiêu chí " + code + " khác điểm tiêu chí",
                "criterion step " + code + " vs the criterion's points");
        Explanation rounding = null;
        Explanation rule = null;
        for (Explanation child : step.children()) {
            if (child.key().equals("criterion.rounding")) {
                rounding = child;
            } else if (rule == null) {
                rule = child;
            }
        }
        Optional<Points> explained = rule == null ? Optional.empty() : rule.value();
        if (rounding != null) {
            Points exact = input(rounding, "exact", p);
            if (exact != null && explained.isPresent()) {
                p.expect(
                        exact,
                        explained.get(),
                        "quy tắc của " + code + " diễn giải khác số trước làm tròn",
                        "the value " + code + "'s rule explained vs the value rounded");
            }
            p.expect(
                    value(rounding),
                    points,
                    "làm tròn " + code + " khác điểm tiêu chí",
                    "the rounding of " + code + " vs its points");
        } else if (explained.isPresent()) {
            p.expect(
                    explained.get(),
                    points,
                    "quy tắc của " + code + " diễn giải khác điểm tiêu chí",
                    "the value " + code + "'s rule explained vs its points");
        }
    }

    private static void group(
            Explanation step, ScoringTable table, Map<String, CriterionGroup> groups, UnitResult u, Problems p) {
        String code = step.inputs().getOrDefault("group", "?");
        CriterionGroup g = groups.get(code);
        if (g == null) {
            p.add("bước nhóm " + code + " không có trong bảng điểm", "group step " + code + " is not in the table");
            return;
        }
        Points stated = value(step);
        Points subtotal = u.subtotals().get(code);
        if (subtotal == null) {
            p.add("không có điểm nhóm " + code, "no subtotal for group " + code);
        } else {
            p.expect(
                    stated,
                    subtotal,
                    "bước nhóm " + code + " khác điểm nhóm",
                    "group step " + code + " vs the subtotal");
        }
        Points sum = Points.ZERO;
        Explanation rounding = null;
        Explanation cap = null;
        for (Explanation child : step.children()) {
            switch (child.key()) {
                case "criterion" -> {
                    Criterion c = table.criterion(child.inputs().getOrDefault("criterion", ""))
                            .orElse(null);
                    criterion(child, c, u, p);
                    if (c != null && c.isScored()) {
                        sum = sum.plus(value(child));
                    }
                }
                case "group" -> {
                    group(child, table, groups, u, p);
                    sum = sum.plus(value(child));
                }
                case "group.rounding" -> rounding = child;
                case "group.cap" -> cap = child;
                default -> {}
            }
        }
        Points rounded = sum;
        if (rounding != null) {
            Points exact = input(rounding, "exact", p);
            if (exact != null) {
                p.expect(
                        exact,
                        sum,
                        "nhóm " + code + ": số trước làm tròn khác tổng các bước con",
                        "group " + code + ": the value rounded vs its children's sum");
            }
            rounded = value(rounding);
        }
        p.expect(
                stated,
                rounded.min(g.maxPoints()),
                "nhóm " + code + " khác min(tổng các bước con, tối đa)",
                "group " + code + " vs min(children's sum, maximum)");
        if (cap != null) {
            p.expect(
                    value(cap),
                    stated,
                    "bước giới hạn của nhóm " + code + " khác điểm nhóm",
                    "group " + code + "'s cap step vs its value");
        }
    }

    private static Explanation find(Explanation node, String key) {
        if (node.key().equals(key)) {
            return node;
        }
        for (Explanation child : node.children()) {
            Explanation found = find(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Points value(Explanation step) {
        return step.value().orElse(Points.ZERO);
    }

    private static Points input(Explanation step, String name, Problems p) {
        String text = step.inputs().get(name);
        if (text == null) {
            p.add("bước " + step.key() + " thiếu đầu vào " + name, "step " + step.key() + " lacks the input " + name);
            return null;
        }
        try {
            return Points.parse(text);
        } catch (RuntimeException e) {
            p.add(
                    "bước " + step.key() + ": " + name + " không phải số: " + text,
                    "step " + step.key() + ": " + name + " is not a number: " + text);
            return null;
        }
    }
}
