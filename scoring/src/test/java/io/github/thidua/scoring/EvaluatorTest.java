package io.github.thidua.scoring;

import static io.github.thidua.scoring.ScoringFixtures.cluster;
import static io.github.thidua.scoring.ScoringFixtures.covenant;
import static io.github.thidua.scoring.ScoringFixtures.policy;
import static io.github.thidua.scoring.ScoringFixtures.recordedSheet;
import static io.github.thidua.scoring.ScoringFixtures.sheet;
import static io.github.thidua.scoring.ScoringFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.AwardProposal;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.internal.VoteFixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final Evaluator EVALUATOR =
            Evaluator.of(Registry.builtIns().with(new ScoringFixtures.ActualAsPoints()));

    private final Cluster cluster = cluster("a", "b", "c");
    private final Covenant covenant = covenant(cluster, table());

    private Evaluation evaluate(Policy policy, List<AssessmentSheet> sheets) {
        return EVALUATOR.evaluate(
                policy,
                EvaluationInput.builder()
                        .covenant(covenant)
                        .addAllSheets(sheets)
                        .build());
    }

    private List<AssessmentSheet> sheets() {
        return List.of(
                sheet("a", "38.5", "20", "31.25", 5, 2),
                sheet("b", "40", "19.75", "40", 0, 0),
                sheet("c", "12", "7", "9.5", 1, 7));
    }

    @Test
    void evaluate_sumsGroupsThenAddsCappedBonusAndSubtractsCappedDeductions() {
        ClusterResult result = evaluate(policy(table()).build(), sheets()).result();
        UnitResult a = result.unit(Id.of("a")).orElseThrow();
        // I = 38.5 + 20 = 58.5; II = 31.25; bonus 5 × 1 capped at T's max 3; deduction 2 × 0.5 = 1.
        assertThat(a.subtotals())
                .containsExactly(Map.entry("I", Points.parse("58.5")), Map.entry("II", Points.parse("31.25")));
        assertThat(a.criterion("T").orElseThrow().points()).isEqualTo(Points.of(3));
        assertThat(a.criterion("D").orElseThrow().points()).isEqualTo(Points.of(-1));
        assertThat(a.total()).isEqualTo(Points.parse("91.75"));
        // c: 12 + 7 + 9.5 = 28.5; bonus 1; deduction 7 × 0.5 = 3.5 capped at D's max 3.
        assertThat(result.unit(Id.of("c")).orElseThrow().total()).isEqualTo(Points.parse("26.5"));
        assertThat(result.unit(Id.of("b")).orElseThrow().total()).isEqualTo(Points.parse("99.75"));
    }

    @Test
    void evaluate_roundsTheTotalAsThePlanSaysAndExplainsIt() {
        Policy policy = policy(table())
                .rounding(RoundingPlan.builder()
                        .total(Rounding.toStep(new BigDecimal("0.5"), RoundingMode.HALF_UP))
                        .build())
                .build();
        UnitResult a = evaluate(policy, sheets()).result().unit(Id.of("a")).orElseThrow();
        assertThat(a.total()).isEqualTo(Points.of(92));
        Explanation total = a.explanation().children().get(0);
        assertThat(total.key()).isEqualTo("unit.total");
        assertThat(total.children()).extracting(Explanation::key).contains("total.rounding");
        assertThat(a.explanation().render(Text.VIETNAMESE)).contains("Làm tròn 91,75 → 92");
        assertThat(a.explanation().render(Locale.ENGLISH)).contains("Rounded 91.75 → 92");
    }

    @Test
    void evaluate_carriesThePolicyIdentityAndFingerprint() {
        Policy policy = policy(table()).build();
        ClusterResult result = evaluate(policy, sheets()).result();
        assertThat(result.policyId()).isEqualTo("quy-che");
        assertThat(result.policyVersion()).isEqualTo("1");
        assertThat(result.policyFingerprint()).isEqualTo(policy.fingerprint()).hasSize(64);
    }

    @Test
    void fingerprint_isEqualForEqualPoliciesAndChangesWithAnyRule() {
        Policy one = policy(table()).build();
        Policy same = policy(table()).build();
        Policy rounded = policy(table())
                .rounding(RoundingPlan.builder()
                        .total(Rounding.toScale(1, RoundingMode.HALF_UP))
                        .build())
                .build();
        assertThat(one.fingerprint()).isEqualTo(same.fingerprint());
        assertThat(rounded.fingerprint()).isNotEqualTo(one.fingerprint());
    }

    @Test
    void evaluate_inAnyOrderOfSheets_givesTheSameResult() {
        ClusterResult expected = evaluate(policy(table()).build(), sheets()).result();
        List<AssessmentSheet> shuffled = new ArrayList<>(sheets());
        for (int seed = 0; seed < 5; seed++) {
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(evaluate(policy(table()).build(), shuffled).result()).isEqualTo(expected);
        }
    }

    @Test
    void evaluate_ruleReturningMoreThanTheMaximum_failsNamingRuleUnitAndBounds() {
        List<AssessmentSheet> sheets = List.of(
                sheet("a", "45", "20", "31.25", 0, 0),
                sheet("b", "1", "1", "1", 0, 0),
                sheet("c", "1", "1", "1", 0, 0));
        assertThatThrownBy(() -> evaluate(policy(table()).build(), sheets))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining(
                        "Rule \"actual-as-points\" for criterion A returned 45 points for a, outside [0, 40]");
    }

    @Test
    void evaluate_sheetOfANonMember_isRejectedWithItsPath() {
        List<AssessmentSheet> sheets = new ArrayList<>(sheets());
        sheets.add(sheet("x", "1", "1", "1", 0, 0));
        assertThatThrownBy(() -> evaluate(policy(table()).build(), sheets))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("sheets[3].unit");
                    assertThat(e.value()).contains("x");
                });
    }

    @Test
    void evaluate_twoSheetsForOneUnit_isRejected() {
        List<AssessmentSheet> sheets = new ArrayList<>(sheets());
        sheets.add(sheet("a", "1", "1", "1", 0, 0));
        assertThatThrownBy(() -> evaluate(policy(table()).build(), sheets))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).contains("sheets[3].unit: a second sheet for this unit"));
    }

    @Test
    void evaluate_memberWithoutSheet_isRejectedUnlessThePolicyAllowsIt() {
        List<AssessmentSheet> two = sheets().subList(0, 2);
        assertThatThrownBy(() -> evaluate(policy(table()).build(), two))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("sheets");
                    assertThat(e.value()).contains("c");
                });
        Policy lenient = policy(table()).missingSheet(MissingSheetPolicy.EMPTY).build();
        assertThat(evaluate(lenient, two)
                        .result()
                        .unit(Id.of("c"))
                        .orElseThrow()
                        .total())
                .isEqualTo(Points.ZERO);
    }

    @Test
    void evaluate_policyTableDifferentFromTheCovenants_isRejected() {
        Policy other = policy(io.github.thidua.core.ScoringTable.builder()
                        .id(Id.of("khac"))
                        .name(io.github.thidua.core.Name.of("Khác"))
                        .addRoots(ScoringFixtures.criterion("A", "40", ScoringFixtures.custom()))
                        .build())
                .build();
        assertThatThrownBy(() -> evaluate(other, sheets()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("covenant.scoringTable"));
    }

    @Test
    void recorded_takesTheCountingStageAndFallsBackToTheLatestEarlierOne() {
        Policy policy = policy(table())
                .source(ScoreSource.RECORDED)
                .countingStage(AssessmentStage.FINAL)
                .missingSheet(MissingSheetPolicy.EMPTY)
                .build();
        AssessmentSheet a = recordedSheet(
                "a",
                Map.of(
                        "A", Map.of(AssessmentStage.SELF, "40", AssessmentStage.VERIFIED, "36"),
                        "B", Map.of(AssessmentStage.SELF, "20", AssessmentStage.FINAL, "18"),
                        "D", Map.of(AssessmentStage.FINAL, "1.5")));
        UnitResult result =
                evaluate(policy, List.of(a)).result().unit(Id.of("a")).orElseThrow();
        assertThat(result.criterion("A").orElseThrow().points()).isEqualTo(Points.of(36));
        assertThat(result.criterion("B").orElseThrow().points()).isEqualTo(Points.of(18));
        assertThat(result.criterion("D").orElseThrow().points()).isEqualTo(Points.parse("-1.5"));
        // 36 + 18 + 0 − 1.5
        assertThat(result.total()).isEqualTo(Points.parse("52.5"));
        assertThat(result.criterion("A")
                        .orElseThrow()
                        .explanation()
                        .orElseThrow()
                        .render(Locale.ENGLISH))
                .contains("Points recorded at stage verified: 36");
    }

    @Test
    void recorded_missingStageRejected_failsNamingUnitStageAndCriterion() {
        Policy policy = policy(table())
                .source(ScoreSource.RECORDED)
                .missingStage(MissingStagePolicy.REJECT)
                .missingSheet(MissingSheetPolicy.EMPTY)
                .build();
        AssessmentSheet a = recordedSheet("a", Map.of("A", Map.of(AssessmentStage.SELF, "40")));
        assertThatThrownBy(() -> evaluate(policy, List.of(a)))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("Unit a has no points at stage FINAL for criterion A");
    }

    @Test
    void evaluate_withBandsVotesAndAwards_carriesEachIntoTheUnitResults_awardsInRankOrder() {
        // b 99.75 (rank 1, excellent), a 91.75 (rank 2, good), c 26.5 (rank 3, not completed).
        Vote vote = VoteFixtures.vote(
                3, List.of(Id.of("a"), Id.of("b"), Id.of("c")), VoteFixtures.approving(1, 1, 3, Id.of("b")));
        Policy policy = policy(table())
                .bands(BandFixtures.ministry())
                .awards(AwardFixtures.flagMeritCommendation())
                .rankingVote(vote.id())
                .build();

        Evaluation evaluation = EVALUATOR.evaluate(
                policy,
                EvaluationInput.builder()
                        .covenant(covenant)
                        .addAllSheets(sheets())
                        .addVotes(vote)
                        .build());
        ClusterResult result = evaluation.result();
        UnitResult b = result.unit(Id.of("b")).orElseThrow();

        assertThat(b.band().orElseThrow().code()).isEqualTo("excellent");
        assertThat(result.unit(Id.of("a")).orElseThrow().band().orElseThrow().code())
                .isEqualTo("good");
        assertThat(result.unit(Id.of("c")).orElseThrow().band().orElseThrow().code())
                .isEqualTo("not-completed");
        assertThat(evaluation.votes().get(vote.id()).elected()).containsExactly(Id.of("b"));
        assertThat(evaluation.awards()).extracting(d -> d.unit().value()).containsExactly("b", "a", "c");
        assertThat(b.proposals())
                .extracting(AwardProposal::awardKind)
                .containsExactly(AwardKinds.MINISTRY_PROVINCE_FLAG);
        assertThat(b.explanation().text().en())
                .isEqualTo("Đơn vị b: 99.75 points, rank 1, band Excellent, proposed for "
                        + AwardKinds.MINISTRY_PROVINCE_FLAG.name().en());
    }

    @Test
    void evaluate_withBands_readsEachSheetsEventsAndTheHeadsDiscipline() {
        // a 91.75 would be good, but its head was warned: completed. b 99.75 would be excellent,
        // but a knock-out event puts it in not completed. c has no sheet: 0, not completed.
        Policy policy = policy(table())
                .bands(BandFixtures.ministry())
                .missingSheet(MissingSheetPolicy.EMPTY)
                .build();
        AssessmentSheet a = AssessmentSheet.builder()
                .unit(Id.of("a"))
                .period(ScoringFixtures.YEAR)
                .addAllEntries(sheets().get(0).entries())
                .leaderDiscipline(Discipline.WARNING)
                .build();
        AssessmentSheet b = AssessmentSheet.builder()
                .unit(Id.of("b"))
                .period(ScoringFixtures.YEAR)
                .addAllEntries(sheets().get(1).entries())
                .addEvents("corruption")
                .build();

        ClusterResult result = evaluate(policy, List.of(a, b)).result();

        assertThat(result.units())
                .extracting(u -> u.band().orElseThrow().code())
                .containsExactly("completed", "not-completed", "not-completed");
    }
}
