package io.github.thidua.serialization;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.EligibilityRule;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.EvaluationScope;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.LadderScope;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.MissingStagePolicy;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Quota;
import io.github.thidua.scoring.QuotaBase;
import io.github.thidua.scoring.RankingKind;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.Registry;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.ScoreSource;
import io.github.thidua.scoring.StraddleRule;
import io.github.thidua.scoring.TieBreakLink;
import io.github.thidua.scoring.VoteRules;
import io.github.thidua.scoring.spi.Parameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fixed body of every document kind. The result is a real evaluation of {@link #policy()}
 * over a four-commune cluster, so ranks, bands, award decisions and cash all appear.
 */
final class DocumentSamples {

    static final Period YEAR = Period.year(2024);

    private DocumentSamples() {}

    /** The body of each kind's golden document, by kind. */
    static Map<DocumentKind, Object> bodies() {
        Map<DocumentKind, Object> bodies = new LinkedHashMap<>();
        bodies.put(DocumentKind.CLUSTER, CoreSamples.cluster());
        bodies.put(DocumentKind.COVENANT, CoreSamples.covenant());
        bodies.put(DocumentKind.POLICY, policy());
        bodies.put(DocumentKind.ASSESSMENTS, sheets());
        bodies.put(DocumentKind.BALLOTS, ballots());
        bodies.put(DocumentKind.RESULT, result());
        bodies.put(DocumentKind.COVENANTS, covenants());
        return bodies;
    }

    static Cluster communes() {
        Cluster.Builder b = Cluster.builder()
                .id(Id.of("cum-xa-1"))
                .kind(ClusterKind.CLUSTER)
                .number(1)
                .name(Name.of("Cụm thi đua các xã phía Đông"))
                .organiser(CoreSamples.organiser());
        for (String[] c : COMMUNES) {
            b.addMembers(Collective.of(Id.of(c[0]), Name.of(c[1])));
        }
        return b.build();
    }

    private static final String[][] COMMUNES = {
        {"xa-an-binh", "Xã An Bình"},
        {"xa-tan-phu", "Xã Tân Phú"},
        {"xa-hoa-loi", "Xã Hòa Lợi"},
        {"xa-my-loc", "Xã Mỹ Lộc"}
    };

    static ScoringTable table() {
        return ScoringTable.builder()
                .id(Id.of("bang-diem-xa-2024"))
                .name(Name.of("Bảng chấm điểm thi đua cấp xã năm 2024"))
                .addRoots(
                        CriterionGroup.builder()
                                .code("I")
                                .name(Name.of("Phát triển kinh tế - xã hội"))
                                .addChildren(
                                        criterion("I.1", "Thu ngân sách", "40"),
                                        criterion("I.2", "Xây dựng nông thôn mới", "30"))
                                .build(),
                        criterion("II", "Công tác thi đua, khen thưởng", "30"),
                        Criterion.builder()
                                .code("T")
                                .name(Name.of("Điểm thưởng"))
                                .maxPoints(Points.of(3))
                                .kind(Bonus.of(Points.of(1)))
                                .build(),
                        Criterion.builder()
                                .code("D")
                                .name(Name.of("Điểm trừ"))
                                .maxPoints(Points.of(2))
                                .kind(Deduction.of(Points.parse("0.5")))
                                .build())
                .bonusCap(Points.of(3))
                .deductionCap(Points.of(2))
                .build();
    }

    private static Criterion criterion(String code, String name, String max) {
        return Criterion.builder()
                .code(code)
                .name(Name.of(name))
                .maxPoints(Points.parse(max))
                .kind(Qualitative.of())
                .build();
    }

    /** Bands, a tie-break chain, vote rules, a two-step award ladder with quotas and cash. */
    static Policy policy() {
        return Policy.builder()
                .id(Id.of("quy-che-cum-xa"))
                .version("2024.1")
                .name(Name.of("Quy chế thi đua Cụm xã phía Đông năm 2024"))
                .addLegalReferences("Luật Thi đua, khen thưởng 06/2022/QH15", "Nghị định 98/2023/NĐ-CP")
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .table(table())
                .source(ScoreSource.RECORDED)
                .countingStage(AssessmentStage.FINAL)
                .missingStage(MissingStagePolicy.FALL_BACK)
                .missingSheet(MissingSheetPolicy.REJECT)
                .rounding(RoundingPlan.builder()
                        .total(Rounding.toScale(2, RoundingMode.HALF_UP))
                        .build())
                .scope(EvaluationScope.CLUSTER)
                .bands(ScoringSamples.bandScheme())
                .ranking(RankingRules.builder()
                        .kind(RankingKind.COMPETITION)
                        .addChain(TieBreakLink.of("fewer-deductions"))
                        .addChain(TieBreakLink.of("group-subtotal", ScoringSamples.params("group", "I")))
                        .build())
                .voteRules(ScoringSamples.voteRules())
                .putVoteRulesByVote(Id.of("bau-cum-truong-2025"), VoteRules.of("plurality"))
                .awards(AwardLadder.builder()
                        .addSteps(AwardStep.builder()
                                .award(AwardKinds.MINISTRY_PROVINCE_FLAG)
                                .fromRank(1)
                                .toRank(1)
                                .addBands("excellent")
                                .addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()))
                                .quota(Quota.ofCount(1, StraddleRule.REFER_TO_VOTE))
                                .build())
                        .addSteps(AwardStep.builder()
                                .award(AwardKinds.MINISTRY_PROVINCE_MERIT)
                                .addBands("excellent", "good")
                                .addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()))
                                .quota(Quota.ofShare(
                                        new BigDecimal("0.5"), QuotaBase.MEMBERS, StraddleRule.CONTINUE_TIE_CHAIN))
                                .build())
                        .scope(LadderScope.CLUSTER)
                        .build())
                .cash(ScoringSamples.cashRewardTable())
                .build();
    }

    static Covenant communeCovenant() {
        return Covenant.builder()
                .id(Id.of("giao-uoc-xa-2024"))
                .cluster(communes())
                .period(YEAR)
                .signedOn(LocalDate.of(2024, 2, 1))
                .addAllSignatories(
                        communes().members().stream().map(Collective::id).toList())
                .scoringTable(table())
                .build();
    }

    private static AssessmentSheet sheet(String unit, String i1, String i2, String ii, int bonuses, int deductions) {
        AssessmentSheet.Builder b = AssessmentSheet.builder()
                .unit(Id.of(unit))
                .period(YEAR)
                .addEntries(
                        recorded("I.1", i1),
                        recorded("I.2", i2),
                        recorded("II", ii),
                        Assessment.builder()
                                .criterion("T")
                                .occurrences(bonuses)
                                .putPoints(AssessmentStage.FINAL, Points.of(bonuses))
                                .build(),
                        Assessment.builder()
                                .criterion("D")
                                .occurrences(deductions)
                                .putPoints(
                                        AssessmentStage.FINAL,
                                        Points.of(new BigDecimal("0.5").multiply(BigDecimal.valueOf(deductions))))
                                .build());
        if (deductions > 1) {
            b.leaderDiscipline(Discipline.REPRIMAND);
        }
        return b.build();
    }

    private static Assessment recorded(String criterion, String points) {
        return Assessment.builder()
                .criterion(criterion)
                .putPoints(AssessmentStage.SELF, Points.parse(points))
                .putPoints(AssessmentStage.FINAL, Points.parse(points))
                .build();
    }

    /** The four communes' sheets: one excellent, one good, one completed, one not completed. */
    static List<AssessmentSheet> sheets() {
        return List.of(
                sheet("xa-an-binh", "39", "28.5", "29.5", 1, 0),
                sheet("xa-tan-phu", "36", "27", "28", 0, 1),
                sheet("xa-hoa-loi", "32", "24", "24", 0, 0),
                sheet("xa-my-loc", "28", "21", "21.5", 0, 3));
    }

    /** Two clusters' covenants: the veterans' provinces and the eastern communes. */
    static List<Covenant> covenants() {
        return List.of(CoreSamples.covenant(), communeCovenant());
    }

    static List<Vote> ballots() {
        return List.of(CoreSamples.vote());
    }

    static Evaluation result() {
        return Evaluator.of(Registry.builtIns())
                .evaluate(
                        policy(),
                        EvaluationInput.builder()
                                .covenant(communeCovenant())
                                .addAllSheets(sheets())
                                .decisionDate(LocalDate.of(2025, 1, 15))
                                .build());
    }
}
