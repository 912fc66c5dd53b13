package io.github.thidua.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.Name;
import io.github.thidua.core.Organiser;
import io.github.thidua.core.OrganiserKind;
import io.github.thidua.core.OrganiserLevel;
import io.github.thidua.core.Period;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.SubGroup;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.EvaluationException;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.EvaluationScope;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.ScoreSource;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The engine's own steps: batches, inputs handed to the rules, recorded points, totals and their wording. */
class EngineTest {

    private static final Engine ENGINE = new Engine(Registry.builtIns());
    private static final Period YEAR = Period.year(2024);
    private static final Id POOR = Id.of("ho-ngheo");

    // ---- batches ----

    @Test
    void batches_wholeCluster_isOneBatchInIdOrder() {
        Cluster cluster = cluster(List.of(group("n2", "c", "a"), group("n1", "b")), "c", "a", "b");

        assertThat(Engine.batches(EvaluationScope.CLUSTER, cluster)).containsExactly(ids("a", "b", "c"));
    }

    @Test
    void batches_bySubGroup_isOneBatchPerSubGroup_groupsAndMembersInIdOrder() {
        Cluster cluster = cluster(List.of(group("n2", "c", "a"), group("n1", "b")), "c", "a", "b");

        assertThat(Engine.batches(EvaluationScope.SUB_GROUP, cluster)).containsExactly(ids("b"), ids("a", "c"));
    }

    @Test
    void batches_bySubGroupWithoutSubGroups_isTheWholeCluster() {
        Cluster cluster = cluster(List.of(), "b", "a");

        assertThat(Engine.batches(EvaluationScope.SUB_GROUP, cluster)).containsExactly(ids("a", "b"));
    }

    // ---- what the rules are given ----

    @Test
    void quantitative_lowerIsBetterIndicatorOfTheCovenant_reachesTheRule() {
        // Poor households: target 4 %, actual 5 %: ratio 4/5 = 0.8 → 10 × 0.8 = 8. Read as higher is
        // better it would be 5/4, capped at 1 → 10.
        Criterion q = criterion("Q", "10", Quantitative.of(POOR));
        ScoringTable table = table(q);
        Covenant covenant = covenant(table, true, target("a", "4"), target("b", "4"));

        UnitScoreView a =
                score(policy(table), covenant, sheet("a", actual("Q", "5"))).unit("a");

        assertThat(a.points("Q")).isEqualTo(Points.of(8));
    }

    @Test
    void leaderRelative_pledgedTargets_reachTheRule() {
        // Targets 100: r = 1.5 leads (40), r = 1.2 earns 28. Without their targets the two would be
        // a pool scored against the best actual: 40 and 32.
        Criterion l = criterion("L", "40", LeaderRelative.of(POOR));
        ScoringTable table = table(l);
        Covenant covenant = covenant(table, false, target("a", "100"), target("b", "100"));

        Scores s = score(policy(table), covenant, sheet("a", actual("L", "150")), sheet("b", actual("L", "120")));

        assertThat(s.unit("a").points("L")).isEqualTo(Points.of(40));
        assertThat(s.unit("b").points("L")).isEqualTo(Points.of(28));
    }

    @Test
    void explainedRun_keepsTheRulesOwnExplanationUnderTheCriterion() {
        Criterion q = criterion("Q", "10", Quantitative.of(POOR));
        ScoringTable table = table(q);
        Covenant covenant = covenant(table, false, target("a", "4"), target("b", "4"));

        Explanation criterion = score(policy(table), covenant, sheet("a", actual("Q", "2")))
                .unit("a")
                .result("Q")
                .explanation()
                .orElseThrow();

        assertThat(criterion.children()).extracting(Explanation::key).containsExactly("rule.quantitative.ratio");
        assertThat(criterion.children().get(0).inputs()).containsEntry("ratio", "0.5");
    }

    // ---- recorded points ----

    @Test
    void recorded_onlyTheSelfAssessment_isTheFallBackForTheFinalStage() {
        Criterion k = criterion("K", "5", Qualitative.of());
        ScoringTable table = table(k);
        Policy policy = policy(table).source(ScoreSource.RECORDED).build();
        AssessmentSheet a =
                sheet("a", Assessment.builder().criterion("K").putPoints(AssessmentStage.SELF, Points.of(4)));

        CriterionResult r = score(policy, covenant(table, false), a).unit("a").result("K");

        assertThat(r.points()).isEqualTo(Points.of(4));
        assertThat(r.explanation().orElseThrow().children().get(0).inputs()).containsEntry("stage", "SELF");
    }

    @Test
    void recorded_noEntry_countsZero_andSaysSo() {
        Criterion k = criterion("K", "5", Qualitative.of());
        Criterion m = criterion("M", "5", Qualitative.of());
        ScoringTable table = table(k, m);
        Policy policy = policy(table).source(ScoreSource.RECORDED).build();
        AssessmentSheet a =
                sheet("a", Assessment.builder().criterion("K").putPoints(AssessmentStage.FINAL, Points.of(4)));

        UnitScoreView view = score(policy, covenant(table, false), a).unit("a");
        Explanation recorded =
                view.result("K").explanation().orElseThrow().children().get(0);
        Explanation missing =
                view.result("M").explanation().orElseThrow().children().get(0);

        assertThat(recorded.key()).isEqualTo("criterion.recorded");
        assertThat(missing.key()).isEqualTo("criterion.recorded.missing");
        assertThat(missing.text().en()).isEqualTo("No points recorded at stage final score: counted as 0");
        assertThat(view.points("M")).isEqualTo(Points.ZERO);
    }

    // ---- rules that misbehave ----

    /** A plug-in rule that answers for the units {@code answer} picks from its inputs. */
    private record Answering(UnaryOperator<List<RuleInput>> answer) implements CriterionRule {
        @Override
        public String name() {
            return "answering";
        }

        @Override
        public Text label() {
            return Text.of("trả lời thử", "test answers");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            return answer.apply(context.inputs()).stream()
                    .map(in -> RuleOutcome.of(in.unit(), Points.of(1), Explanation.of("test", Text.of("thử", "test"))))
                    .toList();
        }
    }

    private static void scoreWith(Answering rule) {
        ScoringTable table = table(
                criterion("R", "5", CustomKind.builder().kindName("answering").build()));
        new Engine(Registry.builtIns().with(rule))
                .score(
                        policy(table).build(),
                        EvaluationInput.builder()
                                .covenant(covenant(table, false))
                                .build());
    }

    @Test
    void ruleLeavingAUnitOut_failsNamingRuleCriterionAndUnit() {
        assertThatThrownBy(() -> scoreWith(new Answering(inputs -> inputs.subList(0, 1))))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("Rule \"answering\" for criterion R returned no outcome for a unit: b.");
    }

    @Test
    void ruleAnsweringTwiceForAUnit_failsNamingRuleCriterionAndUnit() {
        assertThatThrownBy(() -> scoreWith(new Answering(inputs -> List.of(inputs.get(0), inputs.get(0)))))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining(
                        "Rule \"answering\" for criterion R returned an outcome for a unit twice or outside the batch: a.");
    }

    // ---- rounding, caps, full marks and the total's wording ----

    @Test
    void criterionRounding_isExplainedOnlyWhenItChangesThePoints() {
        // 5 × 0.5 = 2.5 rounds half up to 3; 5 stays 5.
        Criterion k = criterion(
                "K",
                "5",
                Qualitative.builder()
                        .fractionIfNotAchieved(new BigDecimal("0.5"))
                        .build());
        Criterion m = criterion("M", "5", Qualitative.of());
        ScoringTable table = table(k, m);
        Policy policy = policy(table)
                .rounding(RoundingPlan.builder()
                        .criterion(Rounding.toScale(0, RoundingMode.HALF_UP))
                        .build())
                .build();

        UnitScoreView a = score(policy, covenant(table, false), sheet("a", achieved("K", false), achieved("M", true)))
                .unit("a");

        assertThat(a.points("K")).isEqualTo(Points.of(3));
        assertThat(a.result("K").explanation().orElseThrow().children())
                .extracting(Explanation::key)
                .containsExactly("rule.qualitative.not-achieved", "criterion.rounding");
        assertThat(a.result("M").explanation().orElseThrow().children())
                .extracting(Explanation::key)
                .containsExactly("rule.qualitative.achieved");
    }

    @Test
    void fullMarks_countsScoredCriteriaAtTheirMaximum_notBonusDeductionOrZeroMaxima() {
        // K and M at their maximum; P short of it; Z has a maximum of 0; T and D are bonus and deduction.
        ScoringTable table = ScoringTable.builder()
                .id(Id.of("bang"))
                .name(Name.of("Bảng điểm"))
                .addRoots(
                        criterion("K", "5", Qualitative.of()),
                        criterion("M", "5", Qualitative.of()),
                        criterion("P", "5", Qualitative.of()),
                        criterion("Z", "0", Qualitative.of()),
                        criterion("T", "2", Bonus.of(Points.of(1))),
                        criterion("D", "2", Deduction.of(Points.of(1))))
                .bonusCap(Points.of(2))
                .deductionCap(Points.of(2))
                .build();

        UnitScoreView a = score(
                        policy(table),
                        covenant(table, false),
                        sheet(
                                "a",
                                achieved("K", true),
                                achieved("M", true),
                                achieved("P", false),
                                achieved("Z", true),
                                occurrences("T", 2),
                                occurrences("D", 1)))
                .unit("a");

        assertThat(a.score.fullMarks()).isEqualTo(2);
    }

    @Test
    void bonusAndDeductionSteps_showTheCapOnlyWhenItCuts_andAreLeftOutWhenZero() {
        ScoringTable table = ScoringTable.builder()
                .id(Id.of("bang"))
                .name(Name.of("Bảng điểm"))
                .addRoots(
                        criterion("K", "5", Qualitative.of()),
                        criterion("T", "5", Bonus.of(Points.of(1))),
                        criterion("D", "5", Deduction.of(Points.of(1))))
                .bonusCap(Points.of(3))
                .deductionCap(Points.of(3))
                .build();
        Covenant covenant = covenant(table, false);

        Scores s = score(
                policy(table),
                covenant,
                sheet("a", achieved("K", true), occurrences("T", 5), occurrences("D", 1)),
                sheet("b", achieved("K", true), occurrences("T", 0), occurrences("D", 0)));
        Explanation a = s.unit("a").score.explanation();
        Explanation b = s.unit("b").score.explanation();

        assertThat(step(a, "bonus").text())
                .isEqualTo(Text.of("Điểm thưởng: 5 → 3 (trần 3)", "Bonus points: 5 → 3 (cap 3)"));
        assertThat(step(a, "deduction").text()).isEqualTo(Text.of("Điểm trừ: 1", "Deductions: 1"));
        assertThat(b.children()).extracting(Explanation::key).doesNotContain("bonus", "deduction");
        assertThat(s.unit("a").score.total()).isEqualTo(Points.of(7));
    }

    @Test
    void totalsWording_namesTheUnitByItsDisplayName() {
        Criterion k = criterion("K", "5", Qualitative.of());
        ScoringTable table = table(k);

        Explanation a = score(policy(table), covenant(table, false), sheet("a", achieved("K", true)))
                .unit("a")
                .score
                .explanation();

        assertThat(a.text().en()).isEqualTo("Total of Đơn vị a: 5 = 5 + 0 − 0");
    }

    @Test
    void groupRoundingAndCap_areExplainedOnlyWhenTheyChangeTheSubtotal() {
        // Group I: K (max 5, 5 × 0.97 = 4.85) + M (max 4.75, achieved): 9.6 → 10 by rounding, capped at
        // the group's 9.75. Group II: N achieved, 5: neither rounded nor capped.
        Criterion k = criterion(
                "K",
                "5",
                Qualitative.builder()
                        .fractionIfNotAchieved(new BigDecimal("0.97"))
                        .build());
        Criterion m = criterion("M", "4.75", Qualitative.of());
        Criterion n = criterion("N", "5", Qualitative.of());
        ScoringTable table = ScoringTable.builder()
                .id(Id.of("bang"))
                .name(Name.of("Bảng điểm"))
                .addRoots(
                        CriterionGroup.builder()
                                .code("I")
                                .name(Name.of("Nhóm I"))
                                .addChildren(k, m)
                                .build(),
                        CriterionGroup.builder()
                                .code("II")
                                .name(Name.of("Nhóm II"))
                                .addChildren(n)
                                .build())
                .build();
        Policy policy = policy(table)
                .rounding(RoundingPlan.builder()
                        .group(Rounding.toScale(0, RoundingMode.HALF_UP))
                        .build())
                .build();

        UnitScoreView a = score(
                        policy,
                        covenant(table, false),
                        sheet("a", achieved("K", false), achieved("M", true), achieved("N", true)))
                .unit("a");

        assertThat(a.score.subtotals()).containsEntry("I", Points.parse("9.75")).containsEntry("II", Points.of(5));
        Explanation one = step(a.score.explanation(), "group", "I");
        Explanation two = step(a.score.explanation(), "group", "II");
        assertThat(one.children()).extracting(Explanation::key).endsWith("group.rounding", "group.cap");
        assertThat(one.render(Locale.ENGLISH)).contains("Capped at the group's maximum: 10 → 9.75");
        assertThat(two.children()).extracting(Explanation::key).containsExactly("criterion");
    }

    // ---- fixtures ----

    private record UnitScoreView(Engine.UnitScore score) {
        CriterionResult result(String code) {
            return score.criteria().stream()
                    .filter(r -> r.criterion().equals(code))
                    .findFirst()
                    .orElseThrow();
        }

        Points points(String code) {
            return result(code).points();
        }
    }

    private record Scores(List<Engine.UnitScore> all) {
        UnitScoreView unit(String id) {
            return new UnitScoreView(all.stream()
                    .filter(u -> u.unit().equals(Id.of(id)))
                    .findFirst()
                    .orElseThrow());
        }
    }

    private static Scores score(Policy.Builder policy, Covenant covenant, AssessmentSheet... sheets) {
        return score(policy.build(), covenant, sheets);
    }

    private static Scores score(Policy policy, Covenant covenant, AssessmentSheet... sheets) {
        EvaluationInput input =
                EvaluationInput.builder().covenant(covenant).addSheets(sheets).build();
        return new Scores(ENGINE.score(policy, input));
    }

    private static Explanation step(Explanation total, String key) {
        return total.children().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static Explanation step(Explanation total, String key, String group) {
        return total.children().stream()
                .filter(e -> e.key().equals(key) && group.equals(e.inputs().get("group")))
                .findFirst()
                .orElseThrow();
    }

    private static List<Id> ids(String... ids) {
        List<Id> out = new ArrayList<>();
        for (String id : ids) {
            out.add(Id.of(id));
        }
        return out;
    }

    private static SubGroup group(String id, String... members) {
        return SubGroup.of(Id.of(id), Name.of("Nhóm " + id), ids(members));
    }

    private static Cluster cluster(List<SubGroup> groups, String... ids) {
        Cluster.Builder b = Cluster.builder()
                .id(Id.of("cum"))
                .kind(ClusterKind.CLUSTER)
                .name(Name.of("Cụm thử"))
                .organiser(Organiser.builder()
                        .id(Id.of("org"))
                        .name(Name.of("Cơ quan"))
                        .level(OrganiserLevel.CENTRAL)
                        .kind(OrganiserKind.MASS_ORGANISATION)
                        .build())
                .addAllSubGroups(groups);
        for (String id : ids) {
            b.addMembers(Collective.of(Id.of(id), Name.of("Đơn vị " + id)));
        }
        return b.build();
    }

    private static Criterion criterion(String code, String max, CriterionKind kind) {
        return Criterion.builder()
                .code(code)
                .name(Name.of("Tiêu chí " + code))
                .maxPoints(Points.parse(max))
                .kind(kind)
                .build();
    }

    private static ScoringTable table(Criterion... criteria) {
        return ScoringTable.builder()
                .id(Id.of("bang"))
                .name(Name.of("Bảng điểm"))
                .addRoots(criteria)
                .build();
    }

    private static Policy.Builder policy(ScoringTable table) {
        return Policy.builder()
                .id(Id.of("quy-che"))
                .version("1")
                .name(Name.of("Quy chế thử"))
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .table(table)
                .missingSheet(MissingSheetPolicy.EMPTY);
    }

    /** A covenant of units a and b declaring the poor-household indicator, lower is better or higher. */
    private static Covenant covenant(ScoringTable table, boolean lowerIsBetter, PledgedTarget... targets) {
        Covenant.Builder b = Covenant.builder()
                .id(Id.of("giao-uoc"))
                .cluster(cluster(List.of(), "a", "b"))
                .period(YEAR)
                .signedOn(LocalDate.of(2024, 1, 15))
                .scoringTable(table)
                .addTargets(targets)
                .addIndicators(Indicator.builder()
                        .id(POOR)
                        .name(Name.of("Tỉ lệ hộ nghèo"))
                        .unitOfMeasure("%")
                        .direction(lowerIsBetter ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
                        .build());
        return b.build();
    }

    private static PledgedTarget target(String unit, String value) {
        return PledgedTarget.builder()
                .unit(Id.of(unit))
                .indicator(POOR)
                .value(new BigDecimal(value))
                .build();
    }

    private static AssessmentSheet sheet(String unit, Assessment.Builder... entries) {
        AssessmentSheet.Builder b = AssessmentSheet.builder().unit(Id.of(unit)).period(YEAR);
        for (Assessment.Builder e : entries) {
            b.addEntries(e.build());
        }
        return b.build();
    }

    private static Assessment.Builder entry(String code, UnaryOperator<Assessment.Builder> shape) {
        return shape.apply(Assessment.builder().criterion(code));
    }

    private static Assessment.Builder actual(String code, String value) {
        return entry(code, a -> a.actual(new BigDecimal(value)));
    }

    private static Assessment.Builder achieved(String code, boolean achieved) {
        return entry(code, a -> a.achieved(achieved));
    }

    private static Assessment.Builder occurrences(String code, int n) {
        return entry(code, a -> a.occurrences(n));
    }
}
