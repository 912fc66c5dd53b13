package io.github.thidua.examples;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Ballot;
import io.github.thidua.core.BallotMode;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Period;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.Text;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.Band;
import io.github.thidua.scoring.BandGuard;
import io.github.thidua.scoring.BandScheme;
import io.github.thidua.scoring.BaseSalaryTable;
import io.github.thidua.scoring.CashRewardTable;
import io.github.thidua.scoring.EligibilityRule;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.GuardFallback;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Quota;
import io.github.thidua.scoring.RankingKind;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.StraddleRule;
import io.github.thidua.scoring.TieBreakLink;
import io.github.thidua.scoring.VoteRules;
import io.github.thidua.scoring.spi.Parameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 002 evaluated end to end: Cluster No. 2's 2023 covenant and assessments, a policy with
 * the illustrative veterans' table, bands, a tie-break chain, an award ladder and cash, and the
 * members' vote that acclaims next year's head.
 *
 * <p>The article gives no scores: the targets and assessments here are illustrative. What the
 * article reports — the flag proposed for Phú Thọ, certificates of merit for Hà Giang and Yên
 * Bái, Yên Bái acclaimed head for 2024 — comes out of the engine, not out of this data.
 *
 * <pre>{@code
 * Evaluation e = Evaluator.of(Registry.builtIns()).evaluate(SeedEvaluation.policy(), SeedEvaluation.input());
 * }</pre>
 */
public final class SeedEvaluation {

    /** The id of the vote that acclaims the head for 2024. */
    public static final Id HEAD_VOTE = Id.of("suy-ton-cum-truong-2024");

    private SeedEvaluation() {}

    /**
     * Returns Cluster No. 2's 2023 scoring policy (illustrative, shaped like the Veterans
     * Association's regulations).
     *
     * @return the policy
     */
    public static Policy policy() {
        return Policy.builder()
                .id(Id.of("ccb-cum-2-quy-che"))
                .version("2023.1")
                .name(Name.of("Quy chế thi đua Cụm Công tác thi đua số 2 năm 2023 (minh họa)"))
                .addLegalReferences("Luật Thi đua, khen thưởng số 06/2022/QH15", "Nghị định 98/2023/NĐ-CP")
                .inForceFrom(LocalDate.of(2023, 1, 1))
                .inForceUntil(LocalDate.of(2023, 12, 31))
                .table(SeedScenarios.veteransTable())
                .rounding(RoundingPlan.builder()
                        .criterion(Rounding.toScale(2, RoundingMode.HALF_UP))
                        .total(Rounding.toScale(2, RoundingMode.HALF_UP))
                        .build())
                .bands(bands())
                .ranking(RankingRules.builder()
                        .kind(RankingKind.COMPETITION)
                        .addChain(
                                TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", "I"))),
                                TieBreakLink.of("fewer-deductions"))
                        .decider(Text.of("Cụm trưởng và Cụm phó", "the cluster head and deputy head"))
                        .build())
                .voteRules(VoteRules.of("approval", Parameters.of(Map.of("threshold", "1/2", "base", "membership"))))
                .awards(ladder())
                .cash(CashRewardTable.builder()
                        .baseSalaries(BaseSalaryTable.vietnam())
                        .putMultipliers(AwardKinds.MINISTRY_PROVINCE_FLAG.id(), new BigDecimal("8"))
                        .putMultipliers(AwardKinds.MINISTRY_PROVINCE_MERIT.id(), new BigDecimal("2"))
                        .build())
                .build();
    }

    /**
     * The cluster's award ladder: rank 1 with band Excellent → the organiser's flag (quota 1),
     * ranks 2–3 → certificates of merit (quota 2), both only with no discipline or investigation
     * pending.
     *
     * @return the ladder
     */
    public static AwardLadder ladder() {
        return AwardLadder.builder()
                .addSteps(
                        AwardStep.builder()
                                .award(AwardKinds.MINISTRY_PROVINCE_FLAG)
                                .fromRank(1)
                                .toRank(1)
                                .addBands("excellent")
                                .addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()))
                                .quota(Quota.ofCount(1, StraddleRule.CONTINUE_TIE_CHAIN))
                                .build(),
                        AwardStep.builder()
                                .award(AwardKinds.MINISTRY_PROVINCE_MERIT)
                                .fromRank(2)
                                .toRank(3)
                                .addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()))
                                .quota(Quota.ofCount(2, StraddleRule.CONTINUE_TIE_CHAIN))
                                .build())
                .build();
    }

    /**
     * The 100-point classification of the domain notes: Excellent ≥ 95 with no criterion at zero,
     * Good 85 to below 95 with no criterion at zero, Completed 75 to below 85, Not completed
     * below 75 or after a knock-out event; a reprimand caps at Good, a warning at Completed.
     *
     * @return the band scheme
     */
    public static BandScheme bands() {
        return BandScheme.builder()
                .addBands(
                        Band.builder()
                                .code("excellent")
                                .label(Text.of("Hoàn thành xuất sắc nhiệm vụ", "Excellent"))
                                .min(Points.of(95))
                                .addGuards(BandGuard.noCriterionZero())
                                .build(),
                        Band.builder()
                                .code("good")
                                .label(Text.of("Hoàn thành tốt nhiệm vụ", "Good"))
                                .min(Points.of(85))
                                .maxExclusive(Points.of(95))
                                .addGuards(BandGuard.noCriterionZero())
                                .build(),
                        Band.builder()
                                .code("completed")
                                .label(Text.of("Hoàn thành nhiệm vụ", "Completed"))
                                .min(Points.of(75))
                                .maxExclusive(Points.of(85))
                                .build(),
                        Band.builder()
                                .code("not-completed")
                                .label(Text.of("Không hoàn thành nhiệm vụ", "Not completed"))
                                .maxExclusive(Points.of(75))
                                .build())
                .putKnockOuts("did-not-self-score", "not-completed")
                .putKnockOuts("corruption", "not-completed")
                .putDisciplineCaps(Discipline.REPRIMAND, "good")
                .putDisciplineCaps(Discipline.WARNING, "completed")
                .guardFallback(GuardFallback.NEXT_LOWER_BAND)
                .build();
    }

    /**
     * Returns the 2023 inputs: the covenant with targets, every member's assessment sheet, and
     * the vote on next year's head.
     *
     * @return the input
     */
    public static EvaluationInput input() {
        Cluster cluster = SeedScenarios.cluster2of2023().cluster();
        Id newMembers = Id.of("hoi-vien-moi");
        Covenant covenant2023 = Covenant.builder()
                .id(Id.of("ccb-cum-2-giao-uoc-2023"))
                .cluster(cluster)
                .period(Period.year(2023))
                .signedOn(LocalDate.of(2023, 2, 20))
                .addAllSignatories(cluster.memberIds())
                .addContents("Thi đua thực hiện chủ đề “Đoàn kết, gương mẫu, trách nhiệm, sáng tạo, hiệu quả”")
                .addIndicators(SeedScenarios.newMembersIndicator())
                .addTargets(
                        target("ha-giang", newMembers, "300"),
                        target("tuyen-quang", newMembers, "250"),
                        target("vinh-phuc", newMembers, "200"),
                        target("yen-bai", newMembers, "280"),
                        target("phu-tho", newMembers, "320"))
                .scoringTable(SeedScenarios.veteransTable())
                .build();
        List<AssessmentSheet> sheets = new ArrayList<>();
        // actual new members; I.2, II.1, II.2 achieved?; bonus occurrences; deduction occurrences
        sheets.add(sheet("phu-tho", "416", true, 2, 0)); // ratio 1.3: leads I.1
        sheets.add(sheet("ha-giang", "360", true, 1, 0)); // ratio 1.2
        sheets.add(sheet("yen-bai", "308", true, 1, 0)); // ratio 1.1
        sheets.add(sheet("tuyen-quang", "250", true, 0, 0)); // ratio 1.0: at target
        sheets.add(sheet("vinh-phuc", "180", true, 0, 1)); // ratio 0.9: below target, one late report
        Vote headVote = Vote.builder()
                .id(HEAD_VOTE)
                .subject(Name.of("Suy tôn Cụm trưởng Cụm thi đua năm 2024"))
                .addCandidates(Id.of("yen-bai"))
                .addAllElectorate(cluster.memberIds())
                .addBallots(
                        approve("ha-giang", BallotMode.IN_PERSON),
                        approve("tuyen-quang", BallotMode.IN_PERSON),
                        approve("vinh-phuc", BallotMode.IN_PERSON),
                        approve("yen-bai", BallotMode.IN_PERSON),
                        approve("phu-tho", BallotMode.IN_PERSON))
                .build();
        return EvaluationInput.builder()
                .covenant(covenant2023)
                .addAllSheets(sheets)
                .addVotes(headVote)
                .decisionDate(LocalDate.of(2023, 12, 15))
                .build();
    }

    private static PledgedTarget target(String unit, Id indicator, String value) {
        return PledgedTarget.builder()
                .unit(Id.of(unit))
                .indicator(indicator)
                .value(new BigDecimal(value))
                .build();
    }

    private static AssessmentSheet sheet(String unit, String newMembers, boolean achieved, int bonuses, int late) {
        return AssessmentSheet.builder()
                .unit(Id.of(unit))
                .period(Period.year(2023))
                .addEntries(
                        Assessment.builder()
                                .criterion("I.1")
                                .actual(new BigDecimal(newMembers))
                                .build(),
                        Assessment.builder().criterion("I.2").achieved(achieved).build(),
                        Assessment.builder()
                                .criterion("II.1")
                                .achieved(achieved)
                                .build(),
                        Assessment.builder()
                                .criterion("II.2")
                                .achieved(achieved)
                                .build(),
                        Assessment.builder().criterion("T").occurrences(bonuses).build(),
                        Assessment.builder().criterion("D").occurrences(late).build())
                .build();
    }

    private static Ballot approve(String voter, BallotMode mode) {
        return Ballot.builder()
                .voter(Id.of(voter))
                .round(1)
                .mode(mode)
                .addApprovals(Id.of("yen-bai"))
                .build();
    }
}
