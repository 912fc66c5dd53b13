package io.github.thidua.scoring.internal;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.CriterionNode;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.SubGroup;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.EvaluationException;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.EvaluationScope;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.MissingStagePolicy;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import io.github.thidua.scoring.ScoreSource;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a cluster: criterion points batch by batch, then each unit's subtotals, caps, rounding
 * and total, every step with its explanation. Stateless; one instance may serve many threads.
 */
public final class Engine {

    private final Registry registry;

    /**
     * Creates an engine that looks rule kinds up in a registry.
     *
     * @param registry the plug-ins, not null
     */
    public Engine(Registry registry) {
        this.registry = registry;
    }

    /**
     * One unit's scores before bands, ranking and awards; the explanation is null when the
     * engine scored for numbers only.
     */
    public record UnitScore(
            Id unit,
            List<CriterionResult> criteria,
            Map<String, Points> subtotals,
            Points scored,
            Points bonus,
            Points deductions,
            Points total,
            int fullMarks,
            Explanation explanation) {}

    /**
     * Gives the explanation of a criterion's points when the engine scores for numbers only,
     * typically {@linkplain Explanation#deferred deferred} to an explained run.
     */
    public interface CriterionExplanations {
        /**
         * Returns the explanation of one unit's points on one criterion.
         *
         * @param unit the unit
         * @param criterion the criterion's code
         * @return the explanation, usually deferred
         */
        Explanation of(Id unit, String criterion);
    }

    /**
     * Scores every member of the covenant's cluster, with every explanation.
     *
     * @param policy the policy, not null
     * @param input the covenant and sheets, not null
     * @return each member's score, ordered by unit id
     * @throws ValidationException if the input does not fit the policy
     * @throws EvaluationException if a rule misbehaves or required points are missing
     */
    public List<UnitScore> score(Policy policy, EvaluationInput input) {
        return score(policy, input, null);
    }

    /**
     * Scores every member of the covenant's cluster; with {@code deferred}, for numbers only: the
     * rules are asked for points without wording, each criterion result takes its explanation
     * from {@code deferred} and each unit score has no explanation.
     *
     * @param policy the policy, not null
     * @param input the covenant and sheets, not null
     * @param deferred where explanations come from, or null to explain now
     * @return each member's score, ordered by unit id
     * @throws ValidationException if the input does not fit the policy
     * @throws EvaluationException if a rule misbehaves or required points are missing
     */
    public List<UnitScore> score(Policy policy, EvaluationInput input, CriterionExplanations deferred) {
        Covenant covenant = input.covenant();
        Cluster cluster = covenant.cluster();
        ScoringTable table = policy.table();
        if (!table.equals(covenant.scoringTable())) {
            throw ValidationException.invalid(
                    "EvaluationInput",
                    "covenant.scoringTable",
                    covenant.scoringTable().id(),
                    Text.of(
                            "khác bảng điểm của quy chế " + table.id(),
                            "differs from the policy's table " + table.id()),
                    Text.of("giao ước dùng đúng bảng điểm của quy chế", "a covenant that adopts the policy's table"));
        }
        Map<Id, AssessmentSheet> sheets = sheetsByUnit(policy, input);
        Lookup lookup = Lookup.of(covenant, sheets);
        List<Criterion> criteria = table.criteria();
        Map<String, Integer> column = new HashMap<>();
        for (int c = 0; c < criteria.size(); c++) {
            column.put(criteria.get(c).code(), c);
        }
        // Each unit's row of criterion results, in the table's order.
        Map<Id, CriterionResult[]> rows = new HashMap<>();
        for (List<Id> batch : batches(policy.scope(), cluster)) {
            Map<Id, Integer> place = new HashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                place.put(batch.get(i), i);
                rows.put(batch.get(i), new CriterionResult[criteria.size()]);
            }
            for (int c = 0; c < criteria.size(); c++) {
                CriterionResult[] scored = scoreCriterion(policy, criteria.get(c), batch, place, lookup, deferred);
                for (int i = 0; i < scored.length; i++) {
                    rows.get(batch.get(i))[c] = scored[i];
                }
            }
        }
        List<UnitScore> scores = new ArrayList<>();
        for (Id unit : new java.util.TreeSet<>(cluster.memberIds())) {
            scores.add(aggregate(policy, unit, rows.get(unit), column, cluster, deferred == null));
        }
        return scores;
    }

    /** A cluster's sheets entries, targets and indicators, indexed once for every criterion. */
    private record Lookup(
            Map<Id, Map<String, Assessment>> entries,
            Map<Id, Map<Id, PledgedTarget>> targets,
            Map<Id, Indicator> indicators) {

        static Lookup of(Covenant covenant, Map<Id, AssessmentSheet> sheets) {
            Map<Id, Map<String, Assessment>> entries = new HashMap<>();
            sheets.forEach((unit, sheet) -> {
                Map<String, Assessment> byCode = new HashMap<>();
                // The first entry for a code wins, as AssessmentSheet.entry would find it.
                sheet.entries().forEach(a -> byCode.putIfAbsent(a.criterion(), a));
                entries.put(unit, byCode);
            });
            Map<Id, Map<Id, PledgedTarget>> targets = new HashMap<>();
            for (PledgedTarget t : covenant.targets()) {
                targets.computeIfAbsent(t.unit(), u -> new HashMap<>()).putIfAbsent(t.indicator(), t);
            }
            Map<Id, Indicator> indicators = new HashMap<>();
            covenant.indicators().forEach(i -> indicators.putIfAbsent(i.id(), i));
            return new Lookup(entries, targets, indicators);
        }
    }

    private Map<Id, AssessmentSheet> sheetsByUnit(Policy policy, EvaluationInput input) {
        Covenant covenant = input.covenant();
        Cluster cluster = covenant.cluster();
        Map<Id, AssessmentSheet> byUnit = new HashMap<>();
        for (int i = 0; i < input.sheets().size(); i++) {
            AssessmentSheet sheet = input.sheets().get(i);
            String field = "sheets[" + i + "]";
            if (!cluster.isMember(sheet.unit())) {
                throw ValidationException.invalid(
                        "EvaluationInput",
                        field + ".unit",
                        sheet.unit(),
                        Text.of("không phải thành viên của cụm", "not a member of the cluster"),
                        Text.of("mã một thành viên: " + cluster.memberIds(), "a member id: " + cluster.memberIds()));
            }
            if (!covenant.period().contains(sheet.period())) {
                throw ValidationException.invalid(
                        "EvaluationInput",
                        field + ".period",
                        sheet.period(),
                        Text.of("nằm ngoài kỳ của giao ước", "outside the covenant's period"),
                        Text.of("một kỳ trong " + covenant.period(), "a period within " + covenant.period()));
            }
            for (int j = 0; j < sheet.entries().size(); j++) {
                String code = sheet.entries().get(j).criterion();
                if (policy.table().criterion(code).isEmpty()) {
                    throw ValidationException.invalid(
                            "EvaluationInput",
                            field + ".entries[" + j + "].criterion",
                            code,
                            Text.of("bảng điểm không có tiêu chí này", "no such criterion in the scoring table"),
                            Text.of("mã một tiêu chí của bảng điểm", "the code of a criterion of the table"));
                }
            }
            AssessmentSheet before = byUnit.putIfAbsent(sheet.unit(), sheet);
            if (before != null) {
                throw ValidationException.invalid(
                        "EvaluationInput",
                        field + ".unit",
                        sheet.unit(),
                        Text.of("đơn vị có hai phiếu đánh giá", "a second sheet for this unit"),
                        Text.of("mỗi thành viên một phiếu", "one sheet per member"));
            }
        }
        if (policy.missingSheet() == MissingSheetPolicy.REJECT) {
            for (Id member : new java.util.TreeSet<>(cluster.memberIds())) {
                if (!byUnit.containsKey(member)) {
                    throw ValidationException.invalid(
                            "EvaluationInput",
                            "sheets",
                            member,
                            Text.of("thành viên không có phiếu đánh giá", "a member has no assessment sheet"),
                            Text.of(
                                    "một phiếu cho mỗi thành viên, hoặc quy chế cho phép thiếu (EMPTY)",
                                    "one sheet per member, or a policy that allows missing sheets (EMPTY)"));
                }
            }
        }
        return byUnit;
    }

    /**
     * Returns the batches a scope makes of a cluster: the whole cluster, or each sub-group (a
     * cluster without sub-groups is one batch), each ordered by unit id.
     *
     * @param scope the scope
     * @param cluster the cluster
     * @return the batches, ordered by sub-group id
     */
    public static List<List<Id>> batches(EvaluationScope scope, Cluster cluster) {
        if (scope == EvaluationScope.SUB_GROUP && !cluster.subGroups().isEmpty()) {
            return cluster.subGroups().stream()
                    .sorted(Comparator.comparing(SubGroup::id))
                    .map(g -> g.members().stream().sorted().toList())
                    .toList();
        }
        return List.of(cluster.memberIds().stream().sorted().toList());
    }

    private CriterionResult[] scoreCriterion(
            Policy policy,
            Criterion criterion,
            List<Id> batch,
            Map<Id, Integer> place,
            Lookup lookup,
            CriterionExplanations deferred) {
        Id indicator = indicatorOf(criterion.kind()).orElse(null);
        Indicator declared = indicator == null ? null : lookup.indicators().get(indicator);
        List<RuleInput> inputs = new ArrayList<>(batch.size());
        for (Id unit : batch) {
            RuleInput.Builder in = RuleInput.builder().unit(unit);
            Assessment entry = lookup.entries().getOrDefault(unit, Map.of()).get(criterion.code());
            if (entry != null) {
                in.assessment(entry);
            }
            if (indicator != null) {
                PledgedTarget target =
                        lookup.targets().getOrDefault(unit, Map.of()).get(indicator);
                if (target != null) {
                    in.target(target);
                }
                if (declared != null) {
                    in.indicator(declared);
                }
            }
            inputs.add(in.build());
        }
        List<RuleOutcome> outcomes = policy.source() == ScoreSource.RECORDED
                ? recorded(policy, criterion, inputs, deferred == null)
                : computed(policy, criterion, inputs, deferred == null);
        RuleOutcome[] byPlace = new RuleOutcome[batch.size()];
        boolean deduction = criterion.kind() instanceof Deduction;
        Points low = deduction ? criterion.maxPoints().negated() : Points.ZERO;
        Points high = deduction ? Points.ZERO : criterion.maxPoints();
        for (RuleOutcome outcome : outcomes) {
            Integer at = place.get(outcome.unit());
            if (at == null || byPlace[at] != null) {
                throw misbehaved(
                        criterion,
                        outcome.unit(),
                        "returned an outcome for a unit twice or outside the batch",
                        "trả kết quả hai lần hoặc cho đơn vị ngoài lô");
            }
            checkBounds(criterion, outcome, low, high);
            byPlace[at] = outcome;
        }
        CriterionResult[] results = new CriterionResult[batch.size()];
        for (int i = 0; i < results.length; i++) {
            Id unit = batch.get(i);
            RuleOutcome outcome = byPlace[i];
            if (outcome == null) {
                throw misbehaved(criterion, unit, "returned no outcome for a unit", "không trả kết quả cho một đơn vị");
            }
            results[i] = deferred == null
                    ? rounded(policy.rounding().criterion(), criterion, outcome)
                    : CriterionResult.builder()
                            .criterion(criterion.code())
                            .points(outcome.points().rounded(policy.rounding().criterion()))
                            .explanation(deferred.of(unit, criterion.code()))
                            .build();
        }
        return results;
    }

    private List<RuleOutcome> computed(Policy policy, Criterion criterion, List<RuleInput> inputs, boolean explain) {
        CriterionKind kind = criterion.kind();
        CriterionRule rule = registry.require(
                CriterionRule.class, kind.kindName(), "Policy", "table.criteria[" + criterion.code() + "].kind");
        Parameters parameters =
                kind instanceof CustomKind custom ? Parameters.of(custom.parameters()) : Parameters.none();
        RuleContext context = RuleContext.builder()
                .criterion(criterion)
                .parameters(parameters)
                .addAllInputs(inputs)
                .divisionScale(policy.divisionScale())
                .explain(explain)
                .build();
        return rule.score(context);
    }

    private static List<RuleOutcome> recorded(
            Policy policy, Criterion criterion, List<RuleInput> inputs, boolean explain) {
        List<RuleOutcome> outcomes = new ArrayList<>();
        AssessmentStage stage = policy.countingStage();
        for (RuleInput in : inputs) {
            Optional<Assessment> entry = in.assessment();
            Optional<Points> at = entry.flatMap(e -> e.points(stage));
            AssessmentStage used = stage;
            if (at.isEmpty() && policy.missingStage() == MissingStagePolicy.FALL_BACK && entry.isPresent()) {
                for (int s = stage.ordinal() - 1; s >= 0 && at.isEmpty(); s--) {
                    used = AssessmentStage.values()[s];
                    at = entry.get().points(used);
                }
            }
            if (at.isEmpty() && policy.missingStage() == MissingStagePolicy.REJECT) {
                throw new EvaluationException(Text.of(
                        "Đơn vị " + in.unit() + " không có điểm giai đoạn "
                                + stage.label().vi() + " cho tiêu chí " + criterion.code()
                                + ".\nGhi điểm giai đoạn đó, hoặc đổi missingStage của quy chế.",
                        "Unit " + in.unit() + " has no points at stage " + stage + " for criterion " + criterion.code()
                                + ".\nRecord that stage's points, or change the policy's missingStage."));
            }
            Points points = at.orElse(Points.ZERO);
            if (criterion.kind() instanceof Deduction && points.signum() > 0) {
                // Recorded deductions may be written as positive amounts; they always subtract.
                points = points.negated();
            }
            if (!explain) {
                outcomes.add(RuleOutcome.unexplained(in.unit(), points));
                continue;
            }
            AssessmentStage shown = used;
            Text text = at.isPresent()
                    ? Text.of(
                            "Điểm đã chấm ở giai đoạn " + shown.label().vi() + ": " + Texts.vi(points),
                            "Points recorded at stage " + shown.label().en() + ": " + Texts.en(points))
                    : Text.of(
                            "Không có điểm đã chấm ở giai đoạn " + stage.label().vi() + ": tính 0",
                            "No points recorded at stage " + stage.label().en() + ": counted as 0");
            outcomes.add(RuleOutcome.of(
                    in.unit(),
                    points,
                    Explanation.builder()
                            .key(at.isPresent() ? "criterion.recorded" : "criterion.recorded.missing")
                            .text(text)
                            .value(points)
                            .putInputs("stage", shown.name())
                            .build()));
        }
        return outcomes;
    }

    private static void checkBounds(Criterion criterion, RuleOutcome outcome, Points low, Points high) {
        if (outcome.points().isLessThan(low) || outcome.points().isGreaterThan(high)) {
            throw new EvaluationException(Text.of(
                    "Quy tắc \"" + criterion.kind().kindName() + "\" cho tiêu chí " + criterion.code() + " trả "
                            + Texts.vi(outcome.points()) + " điểm cho " + outcome.unit() + ", ngoài khoảng ["
                            + Texts.vi(low) + ", " + Texts.vi(high) + "].",
                    "Rule \"" + criterion.kind().kindName() + "\" for criterion " + criterion.code() + " returned "
                            + Texts.en(outcome.points()) + " points for " + outcome.unit() + ", outside ["
                            + Texts.en(low) + ", " + Texts.en(high) + "]."));
        }
    }

    private static EvaluationException misbehaved(Criterion criterion, Id unit, String en, String vi) {
        return new EvaluationException(Text.of(
                "Quy tắc \"" + criterion.kind().kindName() + "\" cho tiêu chí " + criterion.code() + " " + vi + ": "
                        + unit + ".",
                "Rule \"" + criterion.kind().kindName() + "\" for criterion " + criterion.code() + " " + en + ": "
                        + unit + "."));
    }

    private static CriterionResult rounded(Rounding rounding, Criterion criterion, RuleOutcome outcome) {
        Points exact = outcome.points();
        Points points = exact.rounded(rounding);
        Explanation.Builder explanation = Explanation.builder()
                .key("criterion")
                .text(Text.of(
                        criterion.code() + " " + criterion.name() + ": " + Texts.vi(points) + " / "
                                + Texts.vi(criterion.maxPoints()) + " điểm",
                        criterion.code() + " " + criterion.name() + ": " + Texts.en(points) + " / "
                                + Texts.en(criterion.maxPoints()) + " points"))
                .value(points)
                .putInputs("criterion", criterion.code())
                .putInputs("kind", criterion.kind().kindName())
                .addChildren(outcome.explanation());
        if (!points.equals(exact)) {
            explanation.addChildren(roundingStep("criterion.rounding", exact, points, rounding));
        }
        return CriterionResult.builder()
                .criterion(criterion.code())
                .points(points)
                .explanation(explanation.build())
                .build();
    }

    static Explanation roundingStep(String key, Points exact, Points rounded, Rounding rounding) {
        return Explanation.builder()
                .key(key)
                .text(Text.of(
                        "Làm tròn " + Texts.vi(exact) + " → " + Texts.vi(rounded) + " (" + rounding + ")",
                        "Rounded " + Texts.en(exact) + " → " + Texts.en(rounded) + " (" + rounding + ")"))
                .value(rounded)
                .putInputs("exact", exact.toString())
                .putInputs("rounding", rounding.toString())
                .build();
    }

    private UnitScore aggregate(
            Policy policy,
            Id unit,
            CriterionResult[] row,
            Map<String, Integer> column,
            Cluster cluster,
            boolean explain) {
        ScoringTable table = policy.table();
        List<CriterionResult> criteria = List.of(row);
        Map<String, Points> subtotals = new LinkedHashMap<>();
        // Without explanations the steps are never collected.
        List<Explanation> steps = explain ? new ArrayList<>() : null;
        Points scored = Points.ZERO;
        for (CriterionNode node : table.roots()) {
            scored = scored.plus(subtotal(policy, node, row, column, subtotals, steps));
        }
        Points bonus = Points.ZERO;
        Points deductions = Points.ZERO;
        int fullMarks = 0;
        List<Criterion> all = table.criteria();
        for (int i = 0; i < row.length; i++) {
            Criterion c = all.get(i);
            Points p = row[i].points();
            if (c.kind() instanceof Bonus) {
                bonus = bonus.plus(p);
            } else if (c.kind() instanceof Deduction) {
                deductions = deductions.plus(p.abs());
            } else if (c.maxPoints().signum() > 0 && p.compareTo(c.maxPoints()) >= 0) {
                fullMarks++;
            }
        }
        Points cappedBonus = bonus.min(table.bonusCap());
        Points cappedDeductions = deductions.min(table.deductionCap());
        if (explain && !bonus.isZero()) {
            steps.add(capStep("bonus", bonus, cappedBonus, table.bonusCap(), "Điểm thưởng", "Bonus points"));
        }
        if (explain && !deductions.isZero()) {
            steps.add(
                    capStep("deduction", deductions, cappedDeductions, table.deductionCap(), "Điểm trừ", "Deductions"));
        }
        Points exactTotal = scored.plus(cappedBonus).minus(cappedDeductions);
        Points total = exactTotal.rounded(policy.rounding().total());
        if (explain && !total.equals(exactTotal)) {
            steps.add(roundingStep(
                    "total.rounding", exactTotal, total, policy.rounding().total()));
        }
        if (!explain) {
            return new UnitScore(
                    unit, criteria, subtotals, scored, cappedBonus, cappedDeductions, total, fullMarks, null);
        }
        String name = cluster.member(unit).map(m -> m.displayName().text()).orElse(unit.value());
        Explanation explanation = Explanation.builder()
                .key("unit.total")
                .text(Text.of(
                        "Tổng điểm của " + name + ": " + Texts.vi(total) + " = " + Texts.vi(scored) + " + "
                                + Texts.vi(cappedBonus) + " − " + Texts.vi(cappedDeductions),
                        "Total of " + name + ": " + Texts.en(total) + " = " + Texts.en(scored) + " + "
                                + Texts.en(cappedBonus) + " − " + Texts.en(cappedDeductions)))
                .value(total)
                .putInputs("scored", scored.toString())
                .putInputs("bonus", cappedBonus.toString())
                .putInputs("deductions", cappedDeductions.toString())
                .addAllChildren(steps)
                .build();
        return new UnitScore(
                unit, criteria, subtotals, scored, cappedBonus, cappedDeductions, total, fullMarks, explanation);
    }

    // Returns the node's scored contribution; bonus and deduction criteria contribute nothing here.
    private Points subtotal(
            Policy policy,
            CriterionNode node,
            CriterionResult[] row,
            Map<String, Integer> column,
            Map<String, Points> subtotals,
            List<Explanation> steps) {
        if (node instanceof Criterion c) {
            CriterionResult r = row[column.get(c.code())];
            if (steps != null) {
                steps.add(r.explanation().orElseThrow());
            }
            return c.isScored() ? r.points() : Points.ZERO;
        }
        CriterionGroup group = (CriterionGroup) node;
        List<Explanation> children = steps == null ? null : new ArrayList<>();
        Points sum = Points.ZERO;
        for (CriterionNode child : group.children()) {
            sum = sum.plus(subtotal(policy, child, row, column, subtotals, children));
        }
        Points rounded = sum.rounded(policy.rounding().group());
        Points capped = rounded.min(group.maxPoints());
        subtotals.put(group.code(), capped);
        if (steps == null) {
            return capped;
        }
        if (!rounded.equals(sum)) {
            children.add(roundingStep(
                    "group.rounding", sum, rounded, policy.rounding().group()));
        }
        if (!capped.equals(rounded)) {
            children.add(Explanation.builder()
                    .key("group.cap")
                    .text(Text.of(
                            "Giới hạn ở điểm tối đa của nhóm: " + Texts.vi(rounded) + " → " + Texts.vi(capped),
                            "Capped at the group's maximum: " + Texts.en(rounded) + " → " + Texts.en(capped)))
                    .value(capped)
                    .build());
        }
        steps.add(Explanation.builder()
                .key("group")
                .text(Text.of(
                        "Nhóm " + group.code() + " " + group.name() + ": " + Texts.vi(capped) + " / "
                                + Texts.vi(group.maxPoints()) + " điểm",
                        "Group " + group.code() + " " + group.name() + ": " + Texts.en(capped) + " / "
                                + Texts.en(group.maxPoints()) + " points"))
                .value(capped)
                .putInputs("group", group.code())
                .addAllChildren(children)
                .build());
        return capped;
    }

    private static Explanation capStep(String key, Points sum, Points capped, Points cap, String vi, String en) {
        boolean cut = !capped.equals(sum);
        return Explanation.builder()
                .key(key)
                .text(Text.of(
                        vi + ": " + Texts.vi(sum)
                                + (cut ? " → " + Texts.vi(capped) + " (trần " + Texts.vi(cap) + ")" : ""),
                        en + ": " + Texts.en(sum)
                                + (cut ? " → " + Texts.en(capped) + " (cap " + Texts.en(cap) + ")" : "")))
                .value(capped)
                .putInputs("sum", sum.toString())
                .putInputs("cap", cap.toString())
                .build();
    }

    private static Optional<Id> indicatorOf(CriterionKind kind) {
        if (kind instanceof Quantitative q) {
            return Optional.of(q.indicator());
        }
        if (kind instanceof LeaderRelative l) {
            return Optional.of(l.indicator());
        }
        if (kind instanceof Formula f) {
            return f.indicator();
        }
        return Optional.empty();
    }
}
