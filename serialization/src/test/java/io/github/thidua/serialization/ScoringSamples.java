package io.github.thidua.serialization;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rank;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.Text;
import io.github.thidua.core.Vnd;
import io.github.thidua.scoring.AwardDecision;
import io.github.thidua.scoring.AwardInput;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStatus;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.Band;
import io.github.thidua.scoring.BandGuard;
import io.github.thidua.scoring.BandInput;
import io.github.thidua.scoring.BandScheme;
import io.github.thidua.scoring.BaseSalaryTable;
import io.github.thidua.scoring.CashReward;
import io.github.thidua.scoring.CashRewardTable;
import io.github.thidua.scoring.EligibilityRule;
import io.github.thidua.scoring.GuardFallback;
import io.github.thidua.scoring.IndicatorProgress;
import io.github.thidua.scoring.LadderScope;
import io.github.thidua.scoring.PhaseMethod;
import io.github.thidua.scoring.PhaseResult;
import io.github.thidua.scoring.PhaseRules;
import io.github.thidua.scoring.PhaseUnit;
import io.github.thidua.scoring.Quota;
import io.github.thidua.scoring.QuotaBase;
import io.github.thidua.scoring.RankedCandidate;
import io.github.thidua.scoring.RankingKind;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.StraddleRule;
import io.github.thidua.scoring.TieBreakLink;
import io.github.thidua.scoring.UnitChange;
import io.github.thidua.scoring.UnitProgress;
import io.github.thidua.scoring.VoteRules;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.CollectiveStanding;
import io.github.thidua.scoring.spi.EligibilityInput;
import io.github.thidua.scoring.spi.EligibilityOutcome;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.RuleOutcome;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fixed scoring values and the mappers that the serialization tests share. */
final class ScoringSamples {

    private ScoringSamples() {}

    /**
     * A JSON mapper with the real core and scoring (de)serialisers. No feature such as {@code
     * USE_BIG_DECIMAL_FOR_FLOATS} is needed: the shapes read and write decimals exactly themselves.
     */
    static ObjectMapper json() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new ThiDuaModule())
                .build();
    }

    /** A YAML mapper set up like {@link #json()}. */
    static ObjectMapper yaml() {
        return YAMLMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new ThiDuaModule())
                .build();
    }

    static Parameters params(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Parameters.of(map);
    }

    static Explanation explanation() {
        return Explanation.builder()
                .key("award.proposed")
                .text(Text.of("Được đề nghị", "Proposed"))
                .value(Points.parse("96.5"))
                .putInputs("rank", "1")
                .addChildren(Explanation.of("award.eligible", Text.of("Đủ điều kiện", "Eligible")))
                .build();
    }

    /**
     * The published 100-point table: Excellent ≥ 95 and no criterion zero; Good 85 to below 95
     * and no criterion zero; Completed 75 to below 85; Not completed below 75 or a knock-out
     * event; a reprimand of the head caps at Good, a warning at Completed.
     */
    static BandScheme bandScheme() {
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
                .putKnockOuts("corruption", "not-completed")
                .putKnockOuts("leader-dismissed", "not-completed")
                .putKnockOuts("did-not-self-score", "not-completed")
                .putDisciplineCaps(Discipline.REPRIMAND, "good")
                .putDisciplineCaps(Discipline.WARNING, "completed")
                .guardFallback(GuardFallback.NEXT_LOWER_BAND)
                .build();
    }

    static RankingRules rankingRules() {
        return RankingRules.builder()
                .kind(RankingKind.COMPETITION)
                .addChain(TieBreakLink.of("fewer-deductions"))
                .addChain(TieBreakLink.of("group-subtotal", params("group", "I")))
                .addChain(TieBreakLink.of("women-share", params("minimum", "0.30")))
                .addChain(TieBreakLink.of("lot"))
                .decider(Text.of("Trưởng cụm", "the head of the cluster"))
                .build();
    }

    static AwardLadder awardLadder() {
        return AwardLadder.builder()
                .addSteps(AwardStep.builder()
                        .award(AwardKinds.MINISTRY_PROVINCE_FLAG)
                        .fromRank(1)
                        .toRank(1)
                        .addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()))
                        .quota(Quota.ofCount(1, StraddleRule.REFER_TO_VOTE))
                        .build())
                .addSteps(AwardStep.builder()
                        .award(AwardKinds.MINISTRY_PROVINCE_MERIT)
                        .addBands("excellent")
                        .addEligibility(EligibilityRule.of("consecutive-years", params("years", "2")))
                        .quota(Quota.ofShare(
                                new BigDecimal("0.20"), QuotaBase.MEMBERS, StraddleRule.CONTINUE_TIE_CHAIN))
                        .build())
                .scope(LadderScope.CLUSTER)
                .build();
    }

    static CashRewardTable cashRewardTable() {
        return CashRewardTable.builder()
                .baseSalaries(BaseSalaryTable.builder()
                        .putAmounts(LocalDate.of(2023, 7, 1), Vnd.of(1_800_000))
                        .putAmounts(LocalDate.of(2024, 7, 1), Vnd.of(2_340_000))
                        .build())
                .putMultipliers(AwardKinds.MINISTRY_PROVINCE_FLAG.id(), new BigDecimal("12.0"))
                .putMultipliers(AwardKinds.MINISTRY_PROVINCE_MERIT.id(), new BigDecimal("1.0"))
                .householdFactor(new BigDecimal("1.5"))
                .roundingStep(1000)
                .roundingMode(RoundingMode.HALF_UP)
                .build();
    }

    static VoteRules voteRules() {
        return VoteRules.of("approval", params("threshold", "2/3", "base", "present", "rounds", "2"));
    }

    static VoteOutcome voteOutcome() {
        Map<Id, Integer> first = new LinkedHashMap<>();
        first.put(Id.of("xa-an-binh"), 7);
        first.put(Id.of("xa-tan-phu"), 7);
        Map<Id, Integer> second = new LinkedHashMap<>();
        second.put(Id.of("xa-an-binh"), 9);
        second.put(Id.of("xa-tan-phu"), 5);
        return VoteOutcome.builder()
                .addElected(Id.of("xa-an-binh"))
                .addTallies(first)
                .addTallies(second)
                .decided(true)
                .explanation(Explanation.of("vote.decided", Text.of("Đã quyết định ở vòng 2", "Decided in round 2")))
                .build();
    }

    static AwardDecision awardDecision() {
        return AwardDecision.builder()
                .unit(Id.of("xa-an-binh"))
                .award(AwardKinds.MINISTRY_PROVINCE_FLAG)
                .status(AwardStatus.PROPOSED)
                .explanation(explanation())
                .build();
    }

    static CollectiveStanding standing() {
        return CollectiveStanding.builder()
                .headCount(40)
                .completedTasks(40)
                .advancedWorkers(30)
                .grassrootsFighters(6)
                .build();
    }

    /** One value of every covered scoring type that needs no large core fixture. */
    static Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("BandScheme", bandScheme());
        v.put(
                "BandScheme.namedFallback",
                BandScheme.builder()
                        .addBands(
                                Band.builder()
                                        .code("excellent")
                                        .label(Text.of("Xuất sắc", "Excellent"))
                                        .min(Points.parse("90.5"))
                                        .addGuards(BandGuard.minCriterionShare(new BigDecimal("0.50")))
                                        .addGuards(BandGuard.noEvent("accident"))
                                        .build(),
                                Band.builder()
                                        .code("other")
                                        .label(Text.of("Khác", "Other"))
                                        .maxExclusive(Points.parse("90.5"))
                                        .build())
                        .guardFallback(GuardFallback.NAMED_BAND)
                        .fallbackBand("other")
                        .build());
        v.put("Band", bandScheme().bands().get(1));
        v.put("BandGuard", BandGuard.minCriterionShare(new BigDecimal("0.7")));
        v.put("RankingRules", rankingRules());
        v.put("RankingRules.default", RankingRules.of(RankingKind.DENSE));
        v.put("TieBreakLink", TieBreakLink.of("group-subtotal", params("group", "II")));
        v.put("VoteRules", voteRules());
        v.put("VoteRules.plain", VoteRules.of("plurality"));
        v.put("EligibilityRule", EligibilityRule.of("member-share", params("share", "0.7", "of", "advancedWorkers")));
        v.put("AwardLadder", awardLadder());
        v.put("AwardStep", awardLadder().steps().get(0));
        v.put("Quota.count", Quota.ofCount(3, StraddleRule.INCLUDE_ALL));
        v.put("Quota.share", Quota.ofShare(new BigDecimal("0.15"), 40, StraddleRule.EXCLUDE_ALL));
        v.put("CashRewardTable", cashRewardTable());
        v.put("CashRewardTable.decree152", CashRewardTable.decree152Examples());
        v.put("BaseSalaryTable", BaseSalaryTable.vietnam());
        v.put("CashReward", CashReward.of(Vnd.of(28_080_000), explanation()));
        v.put("VoteOutcome", voteOutcome());
        v.put(
                "VoteOutcome.undecided",
                VoteOutcome.builder()
                        .decided(false)
                        .decider(Text.of("Trưởng cụm", "the head of the cluster"))
                        .explanation(Explanation.of("vote.undecided", Text.of("Chưa quyết định", "Undecided")))
                        .build());
        v.put("AwardDecision", awardDecision());
        v.put(
                "AwardDecision.notQualified",
                AwardDecision.builder()
                        .unit(Id.of("xa-tan-phu"))
                        .status(AwardStatus.NOT_QUALIFIED)
                        .explanation(Explanation.of("award.none", Text.of("Không", "None")))
                        .build());
        v.put(
                "RankedCandidate",
                RankedCandidate.builder()
                        .unit(Id.of("xa-an-binh"))
                        .total(Points.parse("96.50"))
                        .rank(Rank.of(1))
                        .explanation(explanation())
                        .build());
        IndicatorProgress indicator = IndicatorProgress.builder()
                .indicator(Id.of("thu-ngan-sach"))
                .target(new BigDecimal("1200.5"))
                .actual(new BigDecimal("900.375"))
                .share(new BigDecimal("0.75"))
                .explanation(explanation())
                .build();
        v.put("IndicatorProgress", indicator);
        v.put(
                "UnitProgress",
                UnitProgress.builder()
                        .unit(Id.of("xa-an-binh"))
                        .addIndicators(indicator)
                        .overall(new BigDecimal("0.75"))
                        .explanation(explanation())
                        .build());
        v.put(
                "PhaseRules",
                PhaseRules.builder()
                        .method(PhaseMethod.YEARS_IN_BANDS)
                        .addBands("excellent", "good")
                        .ranking(rankingRules())
                        .awards(awardLadder())
                        .build());
        PhaseUnit unit = PhaseUnit.builder()
                .unit(Id.of("xa-an-binh"))
                .score(Points.of(5))
                .addYears(Year.of(2021), Year.of(2022), Year.of(2023), Year.of(2024), Year.of(2025))
                .rank(Rank.of(1))
                .explanation(explanation())
                .build();
        v.put("PhaseUnit", unit);
        v.put(
                "PhaseResult",
                PhaseResult.builder()
                        .phase(Period.phase(2021, 2025))
                        .addUnits(unit)
                        .addAwards(awardDecision())
                        .build());
        v.put(
                "UnitChange",
                UnitChange.builder()
                        .unit(Id.of("xa-an-binh"))
                        .totalBefore(Points.parse("94.75"))
                        .totalAfter(Points.parse("95.25"))
                        .rankBefore(2)
                        .rankAfter(1)
                        .bandBefore("good")
                        .bandAfter("excellent")
                        .addProposalsAfter(Id.of("co-thi-dua-cum"))
                        .cashBefore(Vnd.of(4_680_000))
                        .cashAfter(Vnd.of(7_020_000))
                        .putCriteria("2.1", Points.parse("0.5"))
                        .explanation(explanation())
                        .build());
        v.put("Parameters", params("threshold", "0.70", "base", "membership"));
        v.put("Parameters.none", Parameters.none());
        v.put("CollectiveStanding", standing());
        v.put(
                "RoundingPlan",
                RoundingPlan.builder()
                        .criterion(Rounding.toScale(2, RoundingMode.HALF_UP))
                        .total(Rounding.toStep(new BigDecimal("0.25"), RoundingMode.HALF_EVEN))
                        .build());
        v.put(
                "BandInput",
                BandInput.builder()
                        .total(Points.parse("96"))
                        .putCriterionPoints("1.1", Points.of(20))
                        .putCriterionMaxima("1.1", Points.of(20))
                        .addEvents("corruption")
                        .discipline(Discipline.WARNING)
                        .build());
        v.put("BandOutcome", bandScheme().classify(BandInput.of(Points.of(80))));
        v.put(
                "AwardInput",
                AwardInput.builder()
                        .unit(Id.of("xa-an-binh"))
                        .recipientKind(RecipientKind.COLLECTIVE)
                        .rank(Rank.of(2))
                        .band("excellent")
                        .standing(standing())
                        .disciplinePending(true)
                        .build());
        v.put(
                "EligibilityInput",
                EligibilityInput.builder()
                        .recipient(Id.of("xa-an-binh"))
                        .recipientKind(RecipientKind.COLLECTIVE)
                        .award(AwardKinds.MINISTRY_PROVINCE_MERIT)
                        .year(Year.of(2024))
                        .standing(standing())
                        .build());
        v.put("EligibilityOutcome", EligibilityOutcome.of(true, explanation()));
        v.put("RuleOutcome", RuleOutcome.of(Id.of("xa-an-binh"), Points.parse("9.5"), explanation()));
        v.put(
                "Candidate",
                Candidate.builder()
                        .unit(Id.of("xa-an-binh"))
                        .total(Points.parse("96.5"))
                        .putSubtotals("I", Points.of(40))
                        .putCriterionPoints("1.1", Points.of(20))
                        .deductions(Points.parse("1.5"))
                        .fullMarks(3)
                        .votes(7)
                        .build());
        return v;
    }
}
