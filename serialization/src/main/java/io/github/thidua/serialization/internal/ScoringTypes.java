package io.github.thidua.serialization.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.BandResult;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rank;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vnd;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.AwardDecision;
import io.github.thidua.scoring.AwardInput;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStatus;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.Band;
import io.github.thidua.scoring.BandGuard;
import io.github.thidua.scoring.BandGuardKind;
import io.github.thidua.scoring.BandInput;
import io.github.thidua.scoring.BandOutcome;
import io.github.thidua.scoring.BandScheme;
import io.github.thidua.scoring.BaseSalaryTable;
import io.github.thidua.scoring.CashReward;
import io.github.thidua.scoring.CashRewardTable;
import io.github.thidua.scoring.EligibilityRule;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.EvaluationScope;
import io.github.thidua.scoring.GuardFallback;
import io.github.thidua.scoring.IndicatorProgress;
import io.github.thidua.scoring.LadderScope;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.MissingStagePolicy;
import io.github.thidua.scoring.PhaseMethod;
import io.github.thidua.scoring.PhaseResult;
import io.github.thidua.scoring.PhaseRules;
import io.github.thidua.scoring.PhaseUnit;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Quota;
import io.github.thidua.scoring.QuotaBase;
import io.github.thidua.scoring.RankedCandidate;
import io.github.thidua.scoring.RankingKind;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.ScoreSource;
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
import java.math.RoundingMode;
import java.util.Map;

/**
 * Registers the serializers and deserializers of the Scoring module's value types.
 *
 * <p>Each type is one {@link Shape}, following the rules every shape follows (see there, and
 * {@link CoreTypes} for the core values nested here): properties in the order declared below;
 * empty {@code Optional}s omitted; lists, sets and maps always written, empty ones as {@code []}
 * and {@code {}}; attributes with a builder default always written, and taking it when absent.
 * The types without a builder ({@link BandOutcome}, {@link CashReward}, {@link VoteRules}, {@link
 * RuleOutcome}, {@link EligibilityOutcome}) are read into a holder and built by their factory.
 *
 * <ul>
 *   <li>{@link Parameters}: a JSON object of strings, keys in sorted order ({@code {"group":
 *       "I"}}); a bare number or boolean is read as its exact text ({@code 0.70} stays {@code
 *       "0.70"}), an object, array or {@code null} is refused. Always written, {@code {}} when
 *       there are none.
 *   <li>Plug-ins (tie-breakers, vote methods, eligibility checks) are named by their stable names
 *       ({@code "name"}, {@code "method"}, {@code "check"}) with their {@code "parameters"}
 *       beside; nothing here reads a Java class name, and default typing is never used.
 *   <li>Maps keyed by an {@link Id} ({@code voteRulesByVote}, {@code multipliers}, {@code
 *       standings}, an evaluation's {@code votes}, a vote outcome's {@code tallies}) use the id's
 *       text and keep the value's own order, which its text and a policy's fingerprint follow;
 *       maps keyed by an enum or a date are written in the keys' natural order.
 *   <li>{@link VoteOutcome#tallies()}: an array of one object per round, candidate id to votes.
 *   <li>{@link CashRewardTable#roundingStep()}: a JSON integer of đồng; {@link BaseSalaryTable}:
 *       {@code {"amounts": {"2024-07-01": 2340000}}}.
 *   <li>{@link Policy#fingerprint()} is derived from the content: never written, so never read
 *       or trusted; it is recomputed from what was read.
 * </ul>
 */
public final class ScoringTypes {

    private ScoringTypes() {}

    /**
     * Adds this family's (de)serialisers to the module.
     *
     * @param module the module being set up
     */
    public static void register(SimpleModule module) {
        CoreTypes.scalar(module, Parameters.class, PARAMETERS);

        CoreTypes.add(module, POLICY);
        CoreTypes.add(module, ROUNDING_PLAN);

        CoreTypes.add(module, BAND_SCHEME);
        CoreTypes.add(module, BAND);
        CoreTypes.add(module, BAND_GUARD);
        CoreTypes.add(module, BAND_INPUT);
        CoreTypes.add(module, BAND_OUTCOME);

        CoreTypes.add(module, RANKING_RULES);
        CoreTypes.add(module, TIE_BREAK_LINK);
        CoreTypes.add(module, VOTE_RULES);
        CoreTypes.add(module, RANKED_CANDIDATE);
        CoreTypes.add(module, CANDIDATE);
        CoreTypes.add(module, VOTE_OUTCOME);

        CoreTypes.add(module, AWARD_LADDER);
        CoreTypes.add(module, AWARD_STEP);
        CoreTypes.add(module, QUOTA);
        CoreTypes.add(module, ELIGIBILITY_RULE);
        CoreTypes.add(module, AWARD_DECISION);
        CoreTypes.add(module, AWARD_INPUT);
        CoreTypes.add(module, ELIGIBILITY_INPUT);
        CoreTypes.add(module, ELIGIBILITY_OUTCOME);
        CoreTypes.add(module, COLLECTIVE_STANDING);

        CoreTypes.add(module, CASH_REWARD_TABLE);
        CoreTypes.add(module, BASE_SALARY_TABLE);
        CoreTypes.add(module, CASH_REWARD);

        CoreTypes.add(module, EVALUATION_INPUT);
        CoreTypes.add(module, EVALUATION);
        CoreTypes.add(module, UNIT_PROGRESS);
        CoreTypes.add(module, INDICATOR_PROGRESS);
        CoreTypes.add(module, UNIT_CHANGE);

        CoreTypes.add(module, PHASE_RULES);
        CoreTypes.add(module, PHASE_RESULT);
        CoreTypes.add(module, PHASE_UNIT);

        CoreTypes.add(module, RULE_OUTCOME);
    }

    private static <E extends Enum<E>> Codec<E> e(Class<E> type) {
        return Codec.enumOf(type);
    }

    private static <T> Codec<T> v(Class<T> type) {
        return Codec.of(type);
    }

    /** Parameters as an object of exact texts; {@link Parameters#of(Map)} checks the keys. */
    static final Codec<Parameters> PARAMETERS =
            Codec.mapOf(KeyCodec.STRING, Codec.SCALAR_TEXT).as(Parameters.class, Parameters::asMap, Parameters::of);

    // ---- policies

    static final Shape<Policy, Policy.Builder> POLICY = Shape.of(
                    Policy.class, Policy.Builder::new, Policy.Builder::build)
            .required("id", Codec.ID, Policy::id, Policy.Builder::id)
            .required("version", Codec.STRING, Policy::version, Policy.Builder::version)
            .required("name", Codec.NAME, Policy::name, Policy.Builder::name)
            .list("legalReferences", Codec.STRING, Policy::legalReferences, Policy.Builder::addAllLegalReferences)
            .required("inForceFrom", Codec.DATE, Policy::inForceFrom, Policy.Builder::inForceFrom)
            .optional("inForceUntil", Codec.DATE, Policy::inForceUntil, Policy.Builder::inForceUntil)
            .required("table", v(ScoringTable.class), Policy::table, Policy.Builder::table)
            .required("source", e(ScoreSource.class), Policy::source, Policy.Builder::source)
            .required("countingStage", e(AssessmentStage.class), Policy::countingStage, Policy.Builder::countingStage)
            .required("missingStage", e(MissingStagePolicy.class), Policy::missingStage, Policy.Builder::missingStage)
            .required("missingSheet", e(MissingSheetPolicy.class), Policy::missingSheet, Policy.Builder::missingSheet)
            .required("rounding", v(RoundingPlan.class), Policy::rounding, Policy.Builder::rounding)
            .required("scope", e(EvaluationScope.class), Policy::scope, Policy.Builder::scope)
            .required("divisionScale", Codec.INT, Policy::divisionScale, Policy.Builder::divisionScale)
            .optional("bands", v(BandScheme.class), Policy::bands, Policy.Builder::bands)
            .required("ranking", v(RankingRules.class), Policy::ranking, Policy.Builder::ranking)
            .optional("rankingVote", Codec.ID, Policy::rankingVote, Policy.Builder::rankingVote)
            .required("voteRules", v(VoteRules.class), Policy::voteRules, Policy.Builder::voteRules)
            .map(
                    "voteRulesByVote",
                    KeyCodec.ID,
                    v(VoteRules.class),
                    Policy::voteRulesByVote,
                    Policy.Builder::putAllVoteRulesByVote)
            .optional("awards", v(AwardLadder.class), Policy::awards, Policy.Builder::awards)
            .optional("cash", v(CashRewardTable.class), Policy::cash, Policy.Builder::cash);
    // fingerprint() is derived from the content: never written, so never read or trusted.

    static final Shape<RoundingPlan, RoundingPlan.Builder> ROUNDING_PLAN = Shape.of(
                    RoundingPlan.class, RoundingPlan.Builder::new, RoundingPlan.Builder::build)
            .required("criterion", v(Rounding.class), RoundingPlan::criterion, RoundingPlan.Builder::criterion)
            .required("group", v(Rounding.class), RoundingPlan::group, RoundingPlan.Builder::group)
            .required("total", v(Rounding.class), RoundingPlan::total, RoundingPlan.Builder::total);

    // ---- bands

    static final Shape<BandScheme, BandScheme.Builder> BAND_SCHEME = Shape.of(
                    BandScheme.class, BandScheme.Builder::new, BandScheme.Builder::build)
            .list("bands", v(Band.class), BandScheme::bands, BandScheme.Builder::addAllBands)
            .map("knockOuts", KeyCodec.STRING, Codec.STRING, BandScheme::knockOuts, BandScheme.Builder::putAllKnockOuts)
            .map(
                    "disciplineCaps",
                    KeyCodec.enumOf(Discipline.class),
                    Codec.STRING,
                    BandScheme::disciplineCaps,
                    BandScheme.Builder::putAllDisciplineCaps)
            .required(
                    "guardFallback",
                    e(GuardFallback.class),
                    BandScheme::guardFallback,
                    BandScheme.Builder::guardFallback)
            .optional("fallbackBand", Codec.STRING, BandScheme::fallbackBand, BandScheme.Builder::fallbackBand);

    static final Shape<Band, Band.Builder> BAND = Shape.of(Band.class, Band.Builder::new, Band.Builder::build)
            .required("code", Codec.STRING, Band::code, Band.Builder::code)
            .required("label", v(Text.class), Band::label, Band.Builder::label)
            .optional("min", Codec.POINTS, Band::min, Band.Builder::min)
            .optional("maxExclusive", Codec.POINTS, Band::maxExclusive, Band.Builder::maxExclusive)
            .list("guards", v(BandGuard.class), Band::guards, Band.Builder::addAllGuards);

    static final Shape<BandGuard, BandGuard.Builder> BAND_GUARD = Shape.of(
                    BandGuard.class, BandGuard.Builder::new, BandGuard.Builder::build)
            .required("kind", e(BandGuardKind.class), BandGuard::kind, BandGuard.Builder::kind)
            .optional("share", Codec.DECIMAL, BandGuard::share, BandGuard.Builder::share)
            .optional("event", Codec.STRING, BandGuard::event, BandGuard.Builder::event)
            .required("label", v(Text.class), BandGuard::label, BandGuard.Builder::label);

    static final Shape<BandInput, BandInput.Builder> BAND_INPUT = Shape.of(
                    BandInput.class, BandInput.Builder::new, BandInput.Builder::build)
            .required("total", Codec.POINTS, BandInput::total, BandInput.Builder::total)
            .map(
                    "criterionPoints",
                    KeyCodec.STRING,
                    Codec.POINTS,
                    BandInput::criterionPoints,
                    BandInput.Builder::putAllCriterionPoints)
            .map(
                    "criterionMaxima",
                    KeyCodec.STRING,
                    Codec.POINTS,
                    BandInput::criterionMaxima,
                    BandInput.Builder::putAllCriterionMaxima)
            .list("events", Codec.STRING, BandInput::events, BandInput.Builder::addAllEvents)
            .required("discipline", e(Discipline.class), BandInput::discipline, BandInput.Builder::discipline);

    static final Shape<BandOutcome, Object[]> BAND_OUTCOME = Shape.of(
                    BandOutcome.class, () -> new Object[2], a -> BandOutcome.of((BandResult) a[0], (Explanation) a[1]))
            .required("band", v(BandResult.class), BandOutcome::band, (a, b) -> a[0] = b)
            .required("explanation", v(Explanation.class), BandOutcome::explanation, (a, x) -> a[1] = x);

    // ---- ranking and votes

    static final Shape<RankingRules, RankingRules.Builder> RANKING_RULES = Shape.of(
                    RankingRules.class, RankingRules.Builder::new, RankingRules.Builder::build)
            .required("kind", e(RankingKind.class), RankingRules::kind, RankingRules.Builder::kind)
            .list("chain", v(TieBreakLink.class), RankingRules::chain, RankingRules.Builder::addAllChain)
            .required("decider", v(Text.class), RankingRules::decider, RankingRules.Builder::decider);

    static final Shape<TieBreakLink, TieBreakLink.Builder> TIE_BREAK_LINK = Shape.of(
                    TieBreakLink.class, TieBreakLink.Builder::new, TieBreakLink.Builder::build)
            .required("name", Codec.STRING, TieBreakLink::name, TieBreakLink.Builder::name)
            .required("parameters", PARAMETERS, TieBreakLink::parameters, TieBreakLink.Builder::parameters);

    static final Shape<VoteRules, Object[]> VOTE_RULES = Shape.of(
                    VoteRules.class,
                    () -> new Object[] {null, Parameters.none()},
                    a -> VoteRules.of((String) a[0], (Parameters) a[1]))
            .required("method", Codec.STRING, VoteRules::method, (a, m) -> a[0] = m)
            .required("parameters", PARAMETERS, VoteRules::parameters, (a, p) -> a[1] = p);

    static final Shape<RankedCandidate, RankedCandidate.Builder> RANKED_CANDIDATE = Shape.of(
                    RankedCandidate.class, RankedCandidate.Builder::new, RankedCandidate.Builder::build)
            .required("unit", Codec.ID, RankedCandidate::unit, RankedCandidate.Builder::unit)
            .required("total", Codec.POINTS, RankedCandidate::total, RankedCandidate.Builder::total)
            .required("rank", v(Rank.class), RankedCandidate::rank, RankedCandidate.Builder::rank)
            .required(
                    "explanation",
                    v(Explanation.class),
                    RankedCandidate::explanation,
                    RankedCandidate.Builder::explanation);

    static final Shape<Candidate, Candidate.Builder> CANDIDATE = Shape.of(
                    Candidate.class, Candidate.Builder::new, Candidate.Builder::build)
            .required("unit", Codec.ID, Candidate::unit, Candidate.Builder::unit)
            .required("total", Codec.POINTS, Candidate::total, Candidate.Builder::total)
            .map("subtotals", KeyCodec.STRING, Codec.POINTS, Candidate::subtotals, Candidate.Builder::putAllSubtotals)
            .map(
                    "criterionPoints",
                    KeyCodec.STRING,
                    Codec.POINTS,
                    Candidate::criterionPoints,
                    Candidate.Builder::putAllCriterionPoints)
            .required("deductions", Codec.POINTS, Candidate::deductions, Candidate.Builder::deductions)
            .required("fullMarks", Codec.INT, Candidate::fullMarks, Candidate.Builder::fullMarks)
            .optional("collective", v(Collective.class), Candidate::collective, Candidate.Builder::collective)
            .optionalInt("votes", Candidate::votes, Candidate.Builder::votes);

    static final Shape<VoteOutcome, VoteOutcome.Builder> VOTE_OUTCOME = Shape.of(
                    VoteOutcome.class, VoteOutcome.Builder::new, VoteOutcome.Builder::build)
            .list("elected", Codec.ID, VoteOutcome::elected, VoteOutcome.Builder::addAllElected)
            .list(
                    "tallies",
                    Codec.mapOf(KeyCodec.ID, Codec.INT),
                    VoteOutcome::tallies,
                    VoteOutcome.Builder::addAllTallies)
            .required("decided", Codec.BOOLEAN, VoteOutcome::decided, VoteOutcome.Builder::decided)
            .optional("decider", v(Text.class), VoteOutcome::decider, VoteOutcome.Builder::decider)
            .required("explanation", v(Explanation.class), VoteOutcome::explanation, VoteOutcome.Builder::explanation);

    // ---- awards

    static final Shape<AwardLadder, AwardLadder.Builder> AWARD_LADDER = Shape.of(
                    AwardLadder.class, AwardLadder.Builder::new, AwardLadder.Builder::build)
            .list("steps", v(AwardStep.class), AwardLadder::steps, AwardLadder.Builder::addAllSteps)
            .required("scope", e(LadderScope.class), AwardLadder::scope, AwardLadder.Builder::scope);

    static final Shape<AwardStep, AwardStep.Builder> AWARD_STEP = Shape.of(
                    AwardStep.class, AwardStep.Builder::new, AwardStep.Builder::build)
            .required("award", v(AwardKind.class), AwardStep::award, AwardStep.Builder::award)
            .optionalInt("fromRank", AwardStep::fromRank, AwardStep.Builder::fromRank)
            .optionalInt("toRank", AwardStep::toRank, AwardStep.Builder::toRank)
            .list("bands", Codec.STRING, AwardStep::bands, AwardStep.Builder::addAllBands)
            .list("eligibility", v(EligibilityRule.class), AwardStep::eligibility, AwardStep.Builder::addAllEligibility)
            .optional("quota", v(Quota.class), AwardStep::quota, AwardStep.Builder::quota);

    static final Shape<Quota, Quota.Builder> QUOTA = Shape.of(Quota.class, Quota.Builder::new, Quota.Builder::build)
            .optionalInt("count", Quota::count, Quota.Builder::count)
            .optional("share", Codec.DECIMAL, Quota::share, Quota.Builder::share)
            .optional("base", e(QuotaBase.class), Quota::base, Quota.Builder::base)
            .optionalInt("baseCount", Quota::baseCount, Quota.Builder::baseCount)
            .required("straddle", e(StraddleRule.class), Quota::straddle, Quota.Builder::straddle);

    static final Shape<EligibilityRule, EligibilityRule.Builder> ELIGIBILITY_RULE = Shape.of(
                    EligibilityRule.class, EligibilityRule.Builder::new, EligibilityRule.Builder::build)
            .required("check", Codec.STRING, EligibilityRule::check, EligibilityRule.Builder::check)
            .required("parameters", PARAMETERS, EligibilityRule::parameters, EligibilityRule.Builder::parameters);

    static final Shape<AwardDecision, AwardDecision.Builder> AWARD_DECISION = Shape.of(
                    AwardDecision.class, AwardDecision.Builder::new, AwardDecision.Builder::build)
            .required("unit", Codec.ID, AwardDecision::unit, AwardDecision.Builder::unit)
            .optional("award", v(AwardKind.class), AwardDecision::award, AwardDecision.Builder::award)
            .required("status", e(AwardStatus.class), AwardDecision::status, AwardDecision.Builder::status)
            .required(
                    "explanation",
                    v(Explanation.class),
                    AwardDecision::explanation,
                    AwardDecision.Builder::explanation);

    static final Shape<AwardInput, AwardInput.Builder> AWARD_INPUT = Shape.of(
                    AwardInput.class, AwardInput.Builder::new, AwardInput.Builder::build)
            .required("unit", Codec.ID, AwardInput::unit, AwardInput.Builder::unit)
            .required(
                    "recipientKind",
                    e(RecipientKind.class),
                    AwardInput::recipientKind,
                    AwardInput.Builder::recipientKind)
            .required("rank", v(Rank.class), AwardInput::rank, AwardInput.Builder::rank)
            .optional("band", Codec.STRING, AwardInput::band, AwardInput.Builder::band)
            .list("history", v(AwardRecord.class), AwardInput::history, AwardInput.Builder::addAllHistory)
            .optional("standing", v(CollectiveStanding.class), AwardInput::standing, AwardInput.Builder::standing)
            .required(
                    "disciplinePending",
                    Codec.BOOLEAN,
                    AwardInput::disciplinePending,
                    AwardInput.Builder::disciplinePending)
            .required(
                    "underInvestigation",
                    Codec.BOOLEAN,
                    AwardInput::underInvestigation,
                    AwardInput.Builder::underInvestigation);

    static final Shape<EligibilityInput, EligibilityInput.Builder> ELIGIBILITY_INPUT = Shape.of(
                    EligibilityInput.class, EligibilityInput.Builder::new, EligibilityInput.Builder::build)
            .required("recipient", Codec.ID, EligibilityInput::recipient, EligibilityInput.Builder::recipient)
            .required(
                    "recipientKind",
                    e(RecipientKind.class),
                    EligibilityInput::recipientKind,
                    EligibilityInput.Builder::recipientKind)
            .required("award", v(AwardKind.class), EligibilityInput::award, EligibilityInput.Builder::award)
            .required("year", Codec.YEAR, EligibilityInput::year, EligibilityInput.Builder::year)
            .list("history", v(AwardRecord.class), EligibilityInput::history, EligibilityInput.Builder::addAllHistory)
            .optional(
                    "standing",
                    v(CollectiveStanding.class),
                    EligibilityInput::standing,
                    EligibilityInput.Builder::standing)
            .required(
                    "disciplinePending",
                    Codec.BOOLEAN,
                    EligibilityInput::disciplinePending,
                    EligibilityInput.Builder::disciplinePending)
            .required(
                    "underInvestigation",
                    Codec.BOOLEAN,
                    EligibilityInput::underInvestigation,
                    EligibilityInput.Builder::underInvestigation);

    static final Shape<EligibilityOutcome, Object[]> ELIGIBILITY_OUTCOME = Shape.of(
                    EligibilityOutcome.class, () -> new Object[2], ScoringTypes::eligibilityOutcome)
            .required("eligible", Codec.BOOLEAN, EligibilityOutcome::eligible, (a, b) -> a[0] = b)
            .required("explanation", v(Explanation.class), EligibilityOutcome::explanation, (a, x) -> a[1] = x);

    private static EligibilityOutcome eligibilityOutcome(Object[] a) {
        if (a[0] == null) {
            throw ValidationException.missing("EligibilityOutcome", "eligible");
        }
        return EligibilityOutcome.of((Boolean) a[0], (Explanation) a[1]);
    }

    static final Shape<CollectiveStanding, CollectiveStanding.Builder> COLLECTIVE_STANDING = Shape.of(
                    CollectiveStanding.class, CollectiveStanding.Builder::new, CollectiveStanding.Builder::build)
            .required("headCount", Codec.INT, CollectiveStanding::headCount, CollectiveStanding.Builder::headCount)
            .required(
                    "completedTasks",
                    Codec.INT,
                    CollectiveStanding::completedTasks,
                    CollectiveStanding.Builder::completedTasks)
            .required(
                    "advancedWorkers",
                    Codec.INT,
                    CollectiveStanding::advancedWorkers,
                    CollectiveStanding.Builder::advancedWorkers)
            .required(
                    "grassrootsFighters",
                    Codec.INT,
                    CollectiveStanding::grassrootsFighters,
                    CollectiveStanding.Builder::grassrootsFighters)
            .required(
                    "disciplinedAtWarningOrAbove",
                    Codec.INT,
                    CollectiveStanding::disciplinedAtWarningOrAbove,
                    CollectiveStanding.Builder::disciplinedAtWarningOrAbove);

    // ---- cash

    static final Shape<CashRewardTable, CashRewardTable.Builder> CASH_REWARD_TABLE = Shape.of(
                    CashRewardTable.class, CashRewardTable.Builder::new, CashRewardTable.Builder::build)
            .required(
                    "baseSalaries",
                    v(BaseSalaryTable.class),
                    CashRewardTable::baseSalaries,
                    CashRewardTable.Builder::baseSalaries)
            .map(
                    "multipliers",
                    KeyCodec.ID,
                    Codec.DECIMAL,
                    CashRewardTable::multipliers,
                    CashRewardTable.Builder::putAllMultipliers)
            .required(
                    "householdFactor",
                    Codec.DECIMAL,
                    CashRewardTable::householdFactor,
                    CashRewardTable.Builder::householdFactor)
            .required("roundingStep", Codec.LONG, CashRewardTable::roundingStep, CashRewardTable.Builder::roundingStep)
            .required(
                    "roundingMode",
                    e(RoundingMode.class),
                    CashRewardTable::roundingMode,
                    CashRewardTable.Builder::roundingMode);

    static final Shape<BaseSalaryTable, BaseSalaryTable.Builder> BASE_SALARY_TABLE = Shape.of(
                    BaseSalaryTable.class, BaseSalaryTable.Builder::new, BaseSalaryTable.Builder::build)
            .map("amounts", KeyCodec.DATE, Codec.VND, BaseSalaryTable::amounts, BaseSalaryTable.Builder::putAllAmounts);

    static final Shape<CashReward, Object[]> CASH_REWARD = Shape.of(
                    CashReward.class, () -> new Object[2], a -> CashReward.of((Vnd) a[0], (Explanation) a[1]))
            .required("amount", Codec.VND, CashReward::amount, (a, m) -> a[0] = m)
            .required("explanation", v(Explanation.class), CashReward::explanation, (a, x) -> a[1] = x);

    // ---- evaluations

    static final Shape<EvaluationInput, EvaluationInput.Builder> EVALUATION_INPUT = Shape.of(
                    EvaluationInput.class, EvaluationInput.Builder::new, EvaluationInput.Builder::build)
            .required("covenant", v(Covenant.class), EvaluationInput::covenant, EvaluationInput.Builder::covenant)
            .list("sheets", v(AssessmentSheet.class), EvaluationInput::sheets, EvaluationInput.Builder::addAllSheets)
            .list("votes", v(Vote.class), EvaluationInput::votes, EvaluationInput.Builder::addAllVotes)
            .list(
                    "awardHistory",
                    v(AwardRecord.class),
                    EvaluationInput::awardHistory,
                    EvaluationInput.Builder::addAllAwardHistory)
            .map(
                    "standings",
                    KeyCodec.ID,
                    v(CollectiveStanding.class),
                    EvaluationInput::standings,
                    EvaluationInput.Builder::putAllStandings)
            .list(
                    "disciplinePending",
                    Codec.ID,
                    EvaluationInput::disciplinePending,
                    EvaluationInput.Builder::addAllDisciplinePending)
            .list(
                    "underInvestigation",
                    Codec.ID,
                    EvaluationInput::underInvestigation,
                    EvaluationInput.Builder::addAllUnderInvestigation)
            .optional("decisionDate", Codec.DATE, EvaluationInput::decisionDate, EvaluationInput.Builder::decisionDate);

    static final Shape<Evaluation, Evaluation.Builder> EVALUATION = Shape.of(
                    Evaluation.class, Evaluation.Builder::new, Evaluation.Builder::build)
            .required("result", v(ClusterResult.class), Evaluation::result, Evaluation.Builder::result)
            .map("votes", KeyCodec.ID, v(VoteOutcome.class), Evaluation::votes, Evaluation.Builder::putAllVotes)
            .list("awards", v(AwardDecision.class), Evaluation::awards, Evaluation.Builder::addAllAwards);

    static final Shape<UnitProgress, UnitProgress.Builder> UNIT_PROGRESS = Shape.of(
                    UnitProgress.class, UnitProgress.Builder::new, UnitProgress.Builder::build)
            .required("unit", Codec.ID, UnitProgress::unit, UnitProgress.Builder::unit)
            .list(
                    "indicators",
                    v(IndicatorProgress.class),
                    UnitProgress::indicators,
                    UnitProgress.Builder::addAllIndicators)
            .required("overall", Codec.DECIMAL, UnitProgress::overall, UnitProgress.Builder::overall)
            .required(
                    "explanation", v(Explanation.class), UnitProgress::explanation, UnitProgress.Builder::explanation);

    static final Shape<IndicatorProgress, IndicatorProgress.Builder> INDICATOR_PROGRESS = Shape.of(
                    IndicatorProgress.class, IndicatorProgress.Builder::new, IndicatorProgress.Builder::build)
            .required("indicator", Codec.ID, IndicatorProgress::indicator, IndicatorProgress.Builder::indicator)
            .required("target", Codec.DECIMAL, IndicatorProgress::target, IndicatorProgress.Builder::target)
            .optional("actual", Codec.DECIMAL, IndicatorProgress::actual, IndicatorProgress.Builder::actual)
            .required("share", Codec.DECIMAL, IndicatorProgress::share, IndicatorProgress.Builder::share)
            .required(
                    "explanation",
                    v(Explanation.class),
                    IndicatorProgress::explanation,
                    IndicatorProgress.Builder::explanation);

    static final Shape<UnitChange, UnitChange.Builder> UNIT_CHANGE = Shape.of(
                    UnitChange.class, UnitChange.Builder::new, UnitChange.Builder::build)
            .required("unit", Codec.ID, UnitChange::unit, UnitChange.Builder::unit)
            .optional("totalBefore", Codec.POINTS, UnitChange::totalBefore, UnitChange.Builder::totalBefore)
            .optional("totalAfter", Codec.POINTS, UnitChange::totalAfter, UnitChange.Builder::totalAfter)
            .optionalInt("rankBefore", UnitChange::rankBefore, UnitChange.Builder::rankBefore)
            .optionalInt("rankAfter", UnitChange::rankAfter, UnitChange.Builder::rankAfter)
            .optional("bandBefore", Codec.STRING, UnitChange::bandBefore, UnitChange.Builder::bandBefore)
            .optional("bandAfter", Codec.STRING, UnitChange::bandAfter, UnitChange.Builder::bandAfter)
            .list("proposalsBefore", Codec.ID, UnitChange::proposalsBefore, UnitChange.Builder::addAllProposalsBefore)
            .list("proposalsAfter", Codec.ID, UnitChange::proposalsAfter, UnitChange.Builder::addAllProposalsAfter)
            .optional("cashBefore", Codec.VND, UnitChange::cashBefore, UnitChange.Builder::cashBefore)
            .optional("cashAfter", Codec.VND, UnitChange::cashAfter, UnitChange.Builder::cashAfter)
            .map("criteria", KeyCodec.STRING, Codec.POINTS, UnitChange::criteria, UnitChange.Builder::putAllCriteria)
            .required("explanation", v(Explanation.class), UnitChange::explanation, UnitChange.Builder::explanation);

    // ---- phases

    static final Shape<PhaseRules, PhaseRules.Builder> PHASE_RULES = Shape.of(
                    PhaseRules.class, PhaseRules.Builder::new, PhaseRules.Builder::build)
            .required("method", e(PhaseMethod.class), PhaseRules::method, PhaseRules.Builder::method)
            .list("bands", Codec.STRING, PhaseRules::bands, PhaseRules.Builder::addAllBands)
            .required("ranking", v(RankingRules.class), PhaseRules::ranking, PhaseRules.Builder::ranking)
            .optional("awards", v(AwardLadder.class), PhaseRules::awards, PhaseRules.Builder::awards);

    static final Shape<PhaseResult, PhaseResult.Builder> PHASE_RESULT = Shape.of(
                    PhaseResult.class, PhaseResult.Builder::new, PhaseResult.Builder::build)
            .required("phase", v(Period.class), PhaseResult::phase, PhaseResult.Builder::phase)
            .list("units", v(PhaseUnit.class), PhaseResult::units, PhaseResult.Builder::addAllUnits)
            .list("awards", v(AwardDecision.class), PhaseResult::awards, PhaseResult.Builder::addAllAwards);

    static final Shape<PhaseUnit, PhaseUnit.Builder> PHASE_UNIT = Shape.of(
                    PhaseUnit.class, PhaseUnit.Builder::new, PhaseUnit.Builder::build)
            .required("unit", Codec.ID, PhaseUnit::unit, PhaseUnit.Builder::unit)
            .required("score", Codec.POINTS, PhaseUnit::score, PhaseUnit.Builder::score)
            .list("years", Codec.YEAR, PhaseUnit::years, PhaseUnit.Builder::addAllYears)
            .required("rank", v(Rank.class), PhaseUnit::rank, PhaseUnit.Builder::rank)
            .required("explanation", v(Explanation.class), PhaseUnit::explanation, PhaseUnit.Builder::explanation);

    // ---- plug-in data

    static final Shape<RuleOutcome, Object[]> RULE_OUTCOME = Shape.of(
                    RuleOutcome.class,
                    () -> new Object[3],
                    a -> RuleOutcome.of((Id) a[0], (Points) a[1], (Explanation) a[2]))
            .required("unit", Codec.ID, RuleOutcome::unit, (a, u) -> a[0] = u)
            .required("points", Codec.POINTS, RuleOutcome::points, (a, p) -> a[1] = p)
            .required("explanation", v(Explanation.class), RuleOutcome::explanation, (a, x) -> a[2] = x);
}
