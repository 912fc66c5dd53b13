package io.github.thidua.scoring;

import static io.github.thidua.scoring.AwardFixtures.YEAR;
import static io.github.thidua.scoring.AwardFixtures.checks;
import static io.github.thidua.scoring.AwardFixtures.decisionOf;
import static io.github.thidua.scoring.AwardFixtures.meritWithQuota;
import static io.github.thidua.scoring.AwardFixtures.ranks;
import static io.github.thidua.scoring.AwardFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Rank;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Parameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AwardPlannerTest {

    private static final List<AwardInput> TIE_AT_LINE = List.of(unit("a", 1), unit("c", 2), unit("b", 2), unit("d", 4));

    private static AwardKind awardOf(List<AwardDecision> decisions, String unit) {
        return decisionOf(decisions, unit).award().orElse(null);
    }

    private static AwardStatus statusOf(List<AwardDecision> decisions, String unit) {
        return decisionOf(decisions, unit).status();
    }

    private static List<String> keys(Explanation e) {
        return e.children().stream().map(Explanation::key).toList();
    }

    @Test
    void ladder_leaderGetsTheFlag_nextTwoTheMerit_goodBandsTheCommendation() {
        List<AwardDecision> decisions = AwardPlanner.plan(
                AwardFixtures.flagMeritCommendation(),
                List.of(
                        unit("ha-giang", 2, "excellent"),
                        unit("phu-tho", 1, "excellent"),
                        unit("yen-bai", 3, "good"),
                        unit("lao-cai", 4, "good"),
                        unit("tuyen-quang", 5, "fair")),
                YEAR,
                checks());

        assertThat(decisions)
                .extracting(d -> d.unit().value())
                .containsExactly("phu-tho", "ha-giang", "yen-bai", "lao-cai", "tuyen-quang");
        assertThat(awardOf(decisions, "phu-tho")).isEqualTo(AwardKinds.MINISTRY_PROVINCE_FLAG);
        assertThat(awardOf(decisions, "ha-giang")).isEqualTo(AwardKinds.MINISTRY_PROVINCE_MERIT);
        assertThat(awardOf(decisions, "yen-bai")).isEqualTo(AwardKinds.MINISTRY_PROVINCE_MERIT);
        assertThat(awardOf(decisions, "lao-cai")).isEqualTo(AwardKinds.COMMENDATION);
        assertThat(statusOf(decisions, "tuyen-quang")).isEqualTo(AwardStatus.NOT_QUALIFIED);
        assertThat(keys(decisionOf(decisions, "tuyen-quang").explanation()))
                .containsExactly("award.step.not-selected", "award.step.not-selected", "award.step.not-selected");
        assertThat(decisionOf(decisions, "phu-tho").explanation().text().vi())
                .isEqualTo("Đề nghị Cờ thi đua của bộ, ban, ngành, tỉnh, đoàn thể trung ương");
    }

    @Test
    void quotaOfTwo_tieAtTheLine_continueTieChain_leavesTheTiedUndecidedForTheNamedDecider() {
        List<AwardInput> units = List.of(
                unit("a", 1),
                AwardInput.builder()
                        .unit(Id.of("b"))
                        .recipientKind(RecipientKind.COLLECTIVE)
                        .rank(Rank.builder()
                                .position(2)
                                .addTiedWith(Id.of("c"))
                                .unresolved(true)
                                .decider(Text.of("Cụm trưởng và Cụm phó", "the cluster head and deputy"))
                                .build())
                        .build(),
                unit("c", 2),
                unit("d", 4));
        List<AwardDecision> decisions = AwardPlanner.plan(
                meritWithQuota(Quota.ofCount(2, StraddleRule.CONTINUE_TIE_CHAIN)), units, YEAR, checks());

        assertThat(statusOf(decisions, "a")).isEqualTo(AwardStatus.PROPOSED);
        assertThat(statusOf(decisions, "b")).isEqualTo(AwardStatus.UNDECIDED_AT_QUOTA_LINE);
        assertThat(statusOf(decisions, "c")).isEqualTo(AwardStatus.UNDECIDED_AT_QUOTA_LINE);
        assertThat(statusOf(decisions, "d")).isEqualTo(AwardStatus.CUT_BY_QUOTA);
        Explanation step = decisionOf(decisions, "b").explanation().children().get(0);
        assertThat(step.key()).isEqualTo("award.step.undecided.tie-chain");
        assertThat(step.text().en()).contains("1 places for 2 units", "the cluster head and deputy");
    }

    @Test
    void quotaOfTwo_tieAtTheLine_includeAll_proposesEveryTiedUnit() {
        List<AwardDecision> decisions = AwardPlanner.plan(
                meritWithQuota(Quota.ofCount(2, StraddleRule.INCLUDE_ALL)), TIE_AT_LINE, YEAR, checks());

        assertThat(decisions)
                .extracting(AwardDecision::status)
                .containsExactly(
                        AwardStatus.PROPOSED, AwardStatus.PROPOSED, AwardStatus.PROPOSED, AwardStatus.CUT_BY_QUOTA);
        assertThat(decisionOf(decisions, "b").explanation().children().get(0).key())
                .isEqualTo("award.step.proposed.tie-included");
    }

    @Test
    void quotaOfTwo_tieAtTheLine_excludeAll_cutsEveryTiedUnit() {
        List<AwardDecision> decisions = AwardPlanner.plan(
                meritWithQuota(Quota.ofCount(2, StraddleRule.EXCLUDE_ALL)), TIE_AT_LINE, YEAR, checks());

        assertThat(decisions)
                .extracting(AwardDecision::status)
                .containsExactly(
                        AwardStatus.PROPOSED,
                        AwardStatus.CUT_BY_QUOTA,
                        AwardStatus.CUT_BY_QUOTA,
                        AwardStatus.CUT_BY_QUOTA);
        assertThat(decisionOf(decisions, "c").explanation().children().get(0).key())
                .isEqualTo("award.step.cut-by-quota.tie-excluded");
    }

    @Test
    void quotaOfTwo_tieAtTheLine_referToVote_flagsTheTiedForAVote() {
        List<AwardDecision> decisions = AwardPlanner.plan(
                meritWithQuota(Quota.ofCount(2, StraddleRule.REFER_TO_VOTE)), TIE_AT_LINE, YEAR, checks());

        assertThat(decisions).extracting(d -> d.unit().value()).containsExactly("a", "b", "c", "d");
        assertThat(decisions)
                .extracting(AwardDecision::status)
                .containsExactly(
                        AwardStatus.PROPOSED,
                        AwardStatus.UNDECIDED_AT_QUOTA_LINE,
                        AwardStatus.UNDECIDED_AT_QUOTA_LINE,
                        AwardStatus.CUT_BY_QUOTA);
        Explanation step = decisionOf(decisions, "c").explanation().children().get(0);
        assertThat(step.key()).isEqualTo("award.step.undecided.vote");
        assertThat(step.inputs()).containsEntry("tied-with", "b").containsEntry("straddle", "REFER_TO_VOTE");
    }

    @Test
    void quotaOfTwo_tieAboveTheLine_isNotAStraddle() {
        List<AwardDecision> decisions = AwardPlanner.plan(
                meritWithQuota(Quota.ofCount(2, StraddleRule.EXCLUDE_ALL)),
                List.of(unit("a", 1), unit("b", 1), unit("c", 3)),
                YEAR,
                checks());

        assertThat(decisions)
                .extracting(AwardDecision::status)
                .containsExactly(AwardStatus.PROPOSED, AwardStatus.PROPOSED, AwardStatus.CUT_BY_QUOTA);
    }

    @Test
    void quotaLargerThanTheCandidates_proposesEveryCandidate() {
        List<AwardDecision> decisions = AwardPlanner.plan(
                meritWithQuota(Quota.ofCount(5, StraddleRule.EXCLUDE_ALL)),
                List.of(unit("a", 1), unit("b", 1)),
                YEAR,
                checks());

        assertThat(decisions)
                .extracting(AwardDecision::status)
                .containsExactly(AwardStatus.PROPOSED, AwardStatus.PROPOSED);
    }

    @Test
    void shareQuota_twentyPercentOfEleven_proposesTwo() {
        List<AwardInput> eleven = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> unit(String.format("u%02d", i), i))
                .toList();
        List<AwardDecision> decisions = AwardPlanner.plan(
                meritWithQuota(Quota.ofShare(new BigDecimal("0.2"), QuotaBase.MEMBERS, StraddleRule.EXCLUDE_ALL)),
                eleven,
                YEAR,
                checks());

        assertThat(decisions.stream().filter(d -> d.status() == AwardStatus.PROPOSED))
                .extracting(d -> d.unit().value())
                .containsExactly("u01", "u02");
        assertThat(decisionOf(decisions, "u03").explanation().children().get(0).inputs())
                .containsEntry("limit", "2")
                .containsEntry("quota", "20 % of the members of the cluster or sub-group");
    }

    @Test
    void shareOfCandidates_countsOnlyTheUnitsThatQualify() {
        AwardLadder ladder = AwardLadder.builder()
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_MERIT, 1, 10)
                        .addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()))
                        .quota(Quota.ofShare(new BigDecimal("0.5"), QuotaBase.CANDIDATES, StraddleRule.EXCLUDE_ALL))
                        .build())
                .build();
        List<AwardInput> units = List.of(
                unit("a", 1),
                unit("b", 2),
                unit("c", 3),
                AwardInput.builder()
                        .unit(Id.of("d"))
                        .recipientKind(RecipientKind.COLLECTIVE)
                        .rank(Rank.of(4))
                        .disciplinePending(true)
                        .build());

        List<AwardDecision> decisions = AwardPlanner.plan(ladder, units, YEAR, checks());

        // 3 candidates, 50 % rounded down: 1.
        assertThat(decisions)
                .extracting(AwardDecision::status)
                .containsExactly(
                        AwardStatus.PROPOSED,
                        AwardStatus.CUT_BY_QUOTA,
                        AwardStatus.CUT_BY_QUOTA,
                        AwardStatus.INELIGIBLE);
    }

    @Test
    void unitCutByTheFlagQuota_fallsThroughToTheMerit() {
        AwardLadder ladder = AwardLadder.builder()
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_FLAG, 1, 2)
                        .quota(Quota.ofCount(1, StraddleRule.REFER_TO_VOTE))
                        .build())
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_MERIT, 1, 3).build())
                .build();

        List<AwardDecision> decisions = AwardPlanner.plan(ladder, List.of(unit("a", 1), unit("b", 2)), YEAR, checks());

        assertThat(awardOf(decisions, "a")).isEqualTo(AwardKinds.MINISTRY_PROVINCE_FLAG);
        assertThat(awardOf(decisions, "b")).isEqualTo(AwardKinds.MINISTRY_PROVINCE_MERIT);
        assertThat(keys(decisionOf(decisions, "b").explanation()))
                .containsExactly("award.step.cut-by-quota", "award.step.proposed");
    }

    @Test
    void unitUndecidedAtTheFlagLine_isHeldFromLaterSteps() {
        AwardLadder ladder = AwardLadder.builder()
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_FLAG, 1, 1)
                        .quota(Quota.ofCount(1, StraddleRule.REFER_TO_VOTE))
                        .build())
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_MERIT, 1, 3).build())
                .build();

        List<AwardDecision> decisions =
                AwardPlanner.plan(ladder, List.of(unit("a", 1), unit("b", 1), unit("c", 3)), YEAR, checks());

        assertThat(decisions)
                .extracting(AwardDecision::status)
                .containsExactly(
                        AwardStatus.UNDECIDED_AT_QUOTA_LINE, AwardStatus.UNDECIDED_AT_QUOTA_LINE, AwardStatus.PROPOSED);
        assertThat(keys(decisionOf(decisions, "a").explanation())).containsExactly("award.step.undecided.vote");
        assertThat(decisionOf(decisions, "a").explanation().text().en())
                .isEqualTo("To be decided at the quota line of the "
                        + AwardKinds.MINISTRY_PROVINCE_FLAG.name().en());
    }

    @Test
    void leaderWithDisciplinePending_isIneligibleForTheFlag_andExplainsWhichRuleFailed() {
        AwardLadder ladder = AwardLadder.builder()
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_FLAG, 1, 1)
                        .addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()))
                        .build())
                .build();
        AwardInput leader = AwardInput.builder()
                .unit(Id.of("a"))
                .recipientKind(RecipientKind.COLLECTIVE)
                .rank(Rank.of(1))
                .disciplinePending(true)
                .build();

        AwardDecision decision =
                AwardPlanner.plan(ladder, List.of(leader), YEAR, checks()).get(0);

        assertThat(decision.status()).isEqualTo(AwardStatus.INELIGIBLE);
        assertThat(decision.award()).isEmpty();
        assertThat(decision.explanation().render(Locale.ENGLISH))
                .contains("fails no-pending-matters")
                .contains("Not met: discipline pending");
    }

    @Test
    void household_isNotGivenACollectiveFlag_andGoesOnToTheMerit() {
        AwardLadder ladder = AwardLadder.builder()
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_FLAG, 1, 1).build())
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_MERIT, 1, 3).build())
                .build();
        AwardInput household = AwardInput.builder()
                .unit(Id.of("ho-nguyen-van-a"))
                .recipientKind(RecipientKind.HOUSEHOLD)
                .rank(Rank.of(1))
                .build();

        AwardDecision decision =
                AwardPlanner.plan(ladder, List.of(household), YEAR, checks()).get(0);

        assertThat(decision.award()).contains(AwardKinds.MINISTRY_PROVINCE_MERIT);
        assertThat(keys(decision.explanation())).containsExactly("award.step.recipient-kind", "award.step.proposed");
    }

    @Test
    void unknownCheckName_failsBeforeAnyUnitIsPlanned_namingTheRule() {
        AwardLadder ladder = AwardLadder.builder()
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_FLAG, 1, 1)
                        .addEligibility(EligibilityRule.of("no-such-check", Parameters.none()))
                        .build())
                .build();

        assertThatThrownBy(() -> AwardPlanner.plan(ladder, List.of(unit("a", 1)), YEAR, checks()))
                .isInstanceOf(ValidationException.class)
                .satisfies(
                        e -> assertThat(((ValidationException) e).field()).isEqualTo("steps[0].eligibility[0].check"));
    }

    @Test
    void invalidCheckParameters_failBeforeAnyUnitIsPlanned() {
        AwardLadder ladder = AwardLadder.builder()
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_FLAG, 1, 1)
                        .addEligibility(EligibilityRule.of("consecutive-years", AwardFixtures.params("years", "3")))
                        .build())
                .build();

        assertThatThrownBy(() -> AwardPlanner.plan(ladder, List.of(), YEAR, checks()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("award");
    }

    @Test
    void duplicateUnitIds_areRejected() {
        assertThatThrownBy(() -> AwardPlanner.plan(
                        AwardFixtures.flagMeritCommendation(), List.of(unit("a", 1), unit("a", 2)), YEAR, checks()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("duplicate unit id");
    }

    @Test
    void decisionWithAnAwardButNotProposed_isRejected() {
        assertThatThrownBy(() -> AwardDecision.builder()
                        .unit(Id.of("a"))
                        .award(AwardKinds.COMMENDATION)
                        .status(AwardStatus.CUT_BY_QUOTA)
                        .explanation(Explanation.of("x", Text.of("x", "x")))
                        .build())
                .isInstanceOf(ValidationException.class);
    }
}
