package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.CriterionNode;
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Id;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.LeaderTiePolicy;
import io.github.thidua.core.MissingTargetPolicy;
import io.github.thidua.core.Name;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.Band;
import io.github.thidua.scoring.BandGuard;
import io.github.thidua.scoring.BandScheme;
import io.github.thidua.scoring.BaseSalaryTable;
import io.github.thidua.scoring.CashRewardTable;
import io.github.thidua.scoring.EligibilityRule;
import io.github.thidua.scoring.EvaluationScope;
import io.github.thidua.scoring.GuardFallback;
import io.github.thidua.scoring.LadderScope;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.MissingStagePolicy;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Quota;
import io.github.thidua.scoring.QuotaBase;
import io.github.thidua.scoring.RankingKind;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.ScoreSource;
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
import java.util.random.RandomGenerator;

/**
 * Generates random, valid policies, for testing the engine itself or a rule kind of one's own
 * inside many different tables: tables of every built-in kind (qualitative with or without a
 * partial fraction, quantitative with ratio caps and missing-target policies, leader-relative with
 * both tie policies, count-based, formula, bonus and deduction) in flat or nested groups, with
 * bonus and deduction caps, a rounding plan, and now and then bands with guards, knock-outs and
 * discipline caps, a tie-break chain, a ranking vote, an award ladder with quotas and eligibility
 * rules, cash, recorded instead of computed points, sub-group scope.
 *
 * <p>Maxima and caps are whole numbers, so that every rounding the generator picks (to 0–2 places
 * or to steps of 0.25 or 0.5) keeps points within them: a counterexample to "caps respected" is
 * then a bug, not a table whose maximum cannot be reached in its own rounding. Criterion codes are
 * {@code c1}, {@code c2}, …; group codes {@code g1}, {@code g2}, …; indicators {@code x1} and
 * {@code x2}.
 *
 * <p>Built on {@link RandomGenerator} alone: the same generator state gives the same policy,
 * always. Immutable and thread-safe.
 *
 * <pre>{@code
 * PolicyGenerator policies = PolicyGenerator.builtIns()
 *         .withCriteria(2, 5)
 *         .withCustomKind(CustomKind.builder().kindName("twice-if-achieved").build());
 * Policy policy = policies.next(new SplittableRandom(42));
 * }</pre>
 */
public final class PolicyGenerator {

    private static final PolicyGenerator BUILT_INS = new PolicyGenerator(1, 7, List.of());

    /** The largest number of criteria a generated table may be asked to have. */
    public static final int MAX_CRITERIA = 40;

    private static final List<String> FORMULAS = List.of(
            "MIN(max, count / 3)",
            "IF(achieved = 1, max, max / 2)",
            "MIN(max, MAX(0, actual) / 10)",
            "MIN(max, occurrences / 2)");
    private static final List<List<String>> FORMULA_INPUTS = List.of(
            List.of("count", "max"),
            List.of("achieved", "max"),
            List.of("actual", "max"),
            List.of("occurrences", "max"));
    private static final List<String> PER_OCCURRENCE = List.of("0.25", "0.5", "1", "2");

    private final int minCriteria;
    private final int maxCriteria;
    private final List<CustomKind> customKinds;

    private PolicyGenerator(int minCriteria, int maxCriteria, List<CustomKind> customKinds) {
        this.minCriteria = minCriteria;
        this.maxCriteria = maxCriteria;
        this.customKinds = customKinds;
    }

    /**
     * Returns the generator of policies of built-in kinds only, with 1 to 7 criteria.
     *
     * @return the generator
     */
    public static PolicyGenerator builtIns() {
        return BUILT_INS;
    }

    /**
     * Returns a copy generating tables of {@code min} to {@code max} criteria (more if more custom
     * kinds are required, one criterion each).
     *
     * @param min the fewest criteria, 1 or more
     * @param max the most criteria, from {@code min} to {@link #MAX_CRITERIA}
     * @return the copy
     * @throws ValidationException if out of range
     */
    public PolicyGenerator withCriteria(int min, int max) {
        if (min < 1 || max < min || max > MAX_CRITERIA) {
            throw ValidationException.invalid(
                    "PolicyGenerator",
                    "criteria",
                    min + ".." + max,
                    Text.of("khoảng số tiêu chí không hợp lệ", "an invalid range of criteria"),
                    Text.of("1 ≤ min ≤ max ≤ " + MAX_CRITERIA, "1 ≤ min ≤ max ≤ " + MAX_CRITERIA));
        }
        return new PolicyGenerator(min, max, customKinds);
    }

    /**
     * Returns a copy whose tables hold at least one criterion of a custom kind, and may hold more;
     * its rule must be registered in the registry the policies are evaluated with. Its criteria
     * receive all four assessment inputs (see {@link InputGenerator}).
     *
     * @param kind the custom kind, not null
     * @return the copy
     */
    public PolicyGenerator withCustomKind(CustomKind kind) {
        requireNonNull(kind, "kind");
        List<CustomKind> kinds = new ArrayList<>(customKinds);
        kinds.add(kind);
        return new PolicyGenerator(minCriteria, maxCriteria, List.copyOf(kinds));
    }

    /**
     * Returns the fewest criteria of a generated table.
     *
     * @return 1 or more
     */
    public int minCriteria() {
        return minCriteria;
    }

    /**
     * Returns the most criteria of a generated table, custom kinds aside.
     *
     * @return up to {@link #MAX_CRITERIA}
     */
    public int maxCriteria() {
        return maxCriteria;
    }

    /**
     * Returns the custom kinds every table holds.
     *
     * @return the kinds, in the order given
     */
    public List<CustomKind> customKinds() {
        return customKinds;
    }

    /**
     * Generates a scoring table: at least one scored criterion, every custom kind at least once,
     * whole-number maxima, criteria flat or in (possibly nested) groups, declared maxima now and
     * then.
     *
     * @param random the source of randomness, not null; advanced by the call
     * @return the table
     */
    public ScoringTable table(RandomGenerator random) {
        requireNonNull(random, "random");
        int n = Math.max(customKinds.size(), random.nextInt(minCriteria, maxCriteria + 1));
        List<CriterionKind> kinds = new ArrayList<>(customKinds);
        while (kinds.size() < n) {
            kinds.add(builtInKind(random));
        }
        for (int i = kinds.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            CriterionKind t = kinds.get(i);
            kinds.set(i, kinds.get(j));
            kinds.set(j, t);
        }
        if (kinds.stream().noneMatch(PolicyGenerator::scored)) {
            kinds.set(0, Qualitative.of());
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            criteria.add(criterion("c" + (i + 1), kinds.get(i), random));
        }
        int groups = random.nextInt(4);
        List<List<CriterionNode>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>());
        }
        List<CriterionNode> roots = new ArrayList<>();
        for (Criterion c : criteria) {
            boolean atRoot = groups == 0 || random.nextInt(scored(c.kind()) ? 5 : 4) < (scored(c.kind()) ? 1 : 3);
            if (atRoot) {
                roots.add(c);
            } else {
                members.get(random.nextInt(groups)).add(c);
            }
        }
        List<CriterionNode> groupNodes = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            List<CriterionNode> children = members.get(g);
            if (children.isEmpty()) {
                continue;
            }
            String code = "g" + (g + 1);
            if (children.size() >= 2 && random.nextInt(4) == 0) {
                int half = children.size() / 2;
                List<CriterionNode> inner = new ArrayList<>(children.subList(half, children.size()));
                children = new ArrayList<>(children.subList(0, half));
                children.add(group(code + ".1", inner, random));
            }
            groupNodes.add(group(code, children, random));
        }
        List<CriterionNode> all = new ArrayList<>(groupNodes);
        all.addAll(roots);
        boolean bonuses = criteria.stream().anyMatch(c -> c.kind() instanceof Bonus);
        boolean deductions = criteria.stream().anyMatch(c -> c.kind() instanceof Deduction);
        ScoringTable.Builder table = ScoringTable.builder()
                .id(Id.of("bang-diem-sinh"))
                .name(Name.of("Bảng chấm điểm sinh ngẫu nhiên"))
                .addAllRoots(all)
                .bonusCap(bonuses ? Points.of(random.nextInt(1, 6)) : Points.ZERO)
                .deductionCap(deductions ? Points.of(random.nextInt(1, 6)) : Points.ZERO);
        if (random.nextInt(3) == 0) {
            Points sum = Points.ZERO;
            for (CriterionNode node : all) {
                if (countsTowardMaximum(node)) {
                    sum = sum.plus(node.maxPoints());
                }
            }
            table.declaredMaxPoints(sum);
        }
        return table.build();
    }

    private static boolean scored(CriterionKind kind) {
        return !(kind instanceof Bonus) && !(kind instanceof Deduction);
    }

    private static boolean countsTowardMaximum(CriterionNode node) {
        return node instanceof CriterionGroup || scored(((Criterion) node).kind());
    }

    private static CriterionGroup group(String code, List<CriterionNode> children, RandomGenerator random) {
        CriterionGroup.Builder group = CriterionGroup.builder()
                .code(code)
                .name(Name.of("Nhóm " + code))
                .addAllChildren(children);
        if (random.nextInt(3) == 0) {
            Points sum = Points.ZERO;
            for (CriterionNode child : children) {
                if (countsTowardMaximum(child)) {
                    sum = sum.plus(child.maxPoints());
                }
            }
            group.declaredMaxPoints(sum);
        }
        return group.build();
    }

    private CriterionKind builtInKind(RandomGenerator random) {
        Id indicator = Id.of("x" + random.nextInt(1, 3));
        return switch (random.nextInt(8)) {
            case 0 -> Qualitative.of();
            case 1 ->
                Qualitative.builder()
                        .fractionIfNotAchieved(new BigDecimal(random.nextBoolean() ? "0.5" : "0.25"))
                        .build();
            case 2 ->
                Quantitative.builder()
                        .indicator(indicator)
                        .ratioCap(new BigDecimal(List.of("1", "1.2", "1.5").get(random.nextInt(3))))
                        .missingTarget(
                                MissingTargetPolicy.values()[random.nextInt(MissingTargetPolicy.values().length)])
                        .build();
            case 3 ->
                LeaderRelative.builder()
                        .indicator(indicator)
                        .leaderTie(LeaderTiePolicy.values()[random.nextInt(LeaderTiePolicy.values().length)])
                        .build();
            case 4 -> CountBased.of(Points.parse(PER_OCCURRENCE.get(random.nextInt(PER_OCCURRENCE.size()))));
            case 5 -> {
                int f = random.nextInt(FORMULAS.size());
                yield Formula.builder()
                        .expression(FORMULAS.get(f))
                        .addAllInputs(FORMULA_INPUTS.get(f))
                        .build();
            }
            case 6 -> Bonus.of(Points.parse(PER_OCCURRENCE.get(random.nextInt(3))));
            default -> Deduction.of(Points.parse(PER_OCCURRENCE.get(random.nextInt(3))));
        };
    }

    private static Criterion criterion(String code, CriterionKind kind, RandomGenerator random) {
        int max = scored(kind) ? random.nextInt(1, 31) : random.nextInt(1, 6);
        Points perOccurrence = kind instanceof CountBased c
                ? c.pointsPerOccurrence()
                : kind instanceof Bonus b
                        ? b.pointsPerOccurrence()
                        : kind instanceof Deduction d ? d.pointsPerOccurrence() : null;
        if (perOccurrence != null && perOccurrence.isGreaterThan(Points.of(max))) {
            max = perOccurrence.toBigDecimal().setScale(0, RoundingMode.CEILING).intValueExact();
        }
        return Criterion.builder()
                .code(code)
                .name(Name.of("Tiêu chí " + code))
                .maxPoints(Points.of(max))
                .kind(kind)
                .build();
    }

    /**
     * Generates a policy around a generated {@linkplain #table(RandomGenerator) table}: a rounding
     * plan, where points come from, what a missing sheet means, the scope, and now and then bands,
     * a tie-break chain, a ranking vote and vote rules, an award ladder with quotas and eligibility
     * rules, and cash. In force from 1 January 2024.
     *
     * @param random the source of randomness, not null; advanced by the call
     * @return the policy
     */
    public Policy next(RandomGenerator random) {
        requireNonNull(random, "random");
        ScoringTable table = table(random);
        Policy.Builder policy = Policy.builder()
                .id(Id.of("quy-che-sinh"))
                .version("1")
                .name(Name.of("Quy chế sinh ngẫu nhiên"))
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .table(table)
                .rounding(RoundingPlan.builder()
                        .criterion(rounding(random))
                        .group(rounding(random))
                        .total(rounding(random))
                        .build())
                .missingSheet(random.nextBoolean() ? MissingSheetPolicy.REJECT : MissingSheetPolicy.EMPTY)
                .scope(random.nextInt(4) == 0 ? EvaluationScope.SUB_GROUP : EvaluationScope.CLUSTER);
        if (random.nextInt(10) == 0) {
            policy.source(ScoreSource.RECORDED)
                    .countingStage(AssessmentStage.values()[random.nextInt(AssessmentStage.values().length)])
                    .missingStage(random.nextBoolean() ? MissingStagePolicy.FALL_BACK : MissingStagePolicy.ZERO);
        }
        boolean bands = random.nextBoolean();
        if (bands) {
            policy.bands(bands(table, random));
        }
        Id vote = Id.of("binh-xet");
        boolean rankingVote = random.nextInt(3) == 0;
        if (rankingVote) {
            policy.rankingVote(vote);
        }
        if (random.nextBoolean()) {
            policy.voteRules(voteRules(random));
        }
        policy.ranking(ranking(table, rankingVote, random));
        if (random.nextBoolean()) {
            policy.awards(ladder(bands, random));
            if (random.nextInt(3) == 0) {
                policy.cash(CashRewardTable.builder()
                        .baseSalaries(BaseSalaryTable.vietnam())
                        .putMultipliers(AwardKinds.MINISTRY_PROVINCE_FLAG.id(), new BigDecimal("8"))
                        .putMultipliers(AwardKinds.MINISTRY_PROVINCE_MERIT.id(), new BigDecimal("1"))
                        .putMultipliers(AwardKinds.COMMENDATION.id(), new BigDecimal("0.3"))
                        .build());
            }
        }
        return policy.build();
    }

    private static Rounding rounding(RandomGenerator random) {
        RoundingMode mode = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN)
                .get(random.nextInt(3));
        return switch (random.nextInt(4)) {
            case 0, 1 -> Rounding.none();
            case 2 -> Rounding.toScale(random.nextInt(3), mode);
            default -> Rounding.toStep(new BigDecimal(random.nextBoolean() ? "0.25" : "0.5"), mode);
        };
    }

    private static BandScheme bands(ScoringTable table, RandomGenerator random) {
        BigDecimal max = table.maxPoints().toBigDecimal();
        Points excellent = Points.of(max.multiply(new BigDecimal("0.9")));
        Points good = Points.of(max.multiply(new BigDecimal("0.75")));
        Points completed = Points.of(max.multiply(new BigDecimal("0.5")));
        Band.Builder best = Band.builder()
                .code("xuat-sac")
                .label(Text.of("Hoàn thành xuất sắc nhiệm vụ", "Excellent"))
                .min(excellent);
        if (random.nextBoolean()) {
            best.addGuards(BandGuard.noCriterionZero());
        }
        if (random.nextInt(3) == 0) {
            best.addGuards(BandGuard.noEvent("vi-pham"));
        }
        Band.Builder second = Band.builder()
                .code("tot")
                .label(Text.of("Hoàn thành tốt nhiệm vụ", "Good"))
                .min(good)
                .maxExclusive(excellent);
        if (random.nextInt(4) == 0) {
            second.addGuards(BandGuard.minCriterionShare(new BigDecimal("0.25")));
        }
        BandScheme.Builder scheme = BandScheme.builder()
                .addBands(
                        best.build(),
                        second.build(),
                        Band.builder()
                                .code("hoan-thanh")
                                .label(Text.of("Hoàn thành nhiệm vụ", "Completed"))
                                .min(completed)
                                .maxExclusive(good)
                                .build(),
                        Band.builder()
                                .code("chua-hoan-thanh")
                                .label(Text.of("Không hoàn thành nhiệm vụ", "Not completed"))
                                .maxExclusive(completed)
                                .build());
        if (random.nextBoolean()) {
            scheme.putKnockOuts("tham-nhung", "chua-hoan-thanh");
        }
        if (random.nextBoolean()) {
            scheme.putDisciplineCaps(Discipline.REPRIMAND, "tot").putDisciplineCaps(Discipline.WARNING, "hoan-thanh");
        }
        if (random.nextBoolean()) {
            scheme.guardFallback(GuardFallback.NAMED_BAND).fallbackBand("chua-hoan-thanh");
        }
        return scheme.build();
    }

    private static VoteRules voteRules(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 ->
                VoteRules.of(
                        "approval",
                        Parameters.of(Map.of(
                                "threshold",
                                List.of("1/2", "2/3", "0.8").get(random.nextInt(3)),
                                "base",
                                random.nextBoolean() ? "membership" : "present")));
            case 1 -> VoteRules.of("approval", Parameters.of(Map.of("threshold", "1/2", "seats", "0")));
            case 2 -> VoteRules.of("plurality");
            default -> VoteRules.of("schulze");
        };
    }

    private static RankingRules ranking(ScoringTable table, boolean rankingVote, RandomGenerator random) {
        List<TieBreakLink> links = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        collectGroups(table.roots(), groups);
        if (!groups.isEmpty()) {
            links.add(TieBreakLink.of(
                    "group-subtotal", Parameters.of(Map.of("group", groups.get(random.nextInt(groups.size()))))));
        }
        links.add(TieBreakLink.of("fewer-deductions"));
        links.add(TieBreakLink.of("more-full-marks"));
        links.add(
                random.nextBoolean()
                        ? TieBreakLink.of("women-share")
                        : TieBreakLink.of("women-share", Parameters.of(Map.of("share", "0.7"))));
        if (rankingVote) {
            links.add(TieBreakLink.of("vote-result"));
        }
        RankingRules.Builder rules =
                RankingRules.builder().kind(RankingKind.values()[random.nextInt(RankingKind.values().length)]);
        for (int i = links.size() - 1; i >= 0; i--) {
            int j = random.nextInt(i + 1);
            TieBreakLink t = links.get(i);
            links.set(i, links.get(j));
            links.set(j, t);
        }
        for (TieBreakLink link : links) {
            if (random.nextBoolean()) {
                rules.addChain(link);
            }
        }
        if (random.nextInt(4) == 0) {
            rules.addChain(TieBreakLink.of("lot", Parameters.of(Map.of("seed", "Biên bản số 1"))));
        }
        return rules.build();
    }

    private static void collectGroups(List<CriterionNode> nodes, List<String> out) {
        for (CriterionNode node : nodes) {
            if (node instanceof CriterionGroup g) {
                out.add(g.code());
                collectGroups(g.children(), out);
            }
        }
    }

    private static AwardLadder ladder(boolean bands, RandomGenerator random) {
        AwardStep.Builder flag = AwardStep.builder()
                .award(AwardKinds.MINISTRY_PROVINCE_FLAG)
                .fromRank(1)
                .toRank(1);
        if (random.nextBoolean()) {
            flag.quota(Quota.ofCount(1, straddle(random)));
        }
        switch (random.nextInt(4)) {
            case 0 -> flag.addEligibility(EligibilityRule.of("one-award-per-year", Parameters.none()));
            case 1 -> flag.addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()));
            case 2 ->
                flag.addEligibility(EligibilityRule.of(
                        "consecutive-years",
                        Parameters.of(Map.of(
                                "award", AwardKinds.MINISTRY_PROVINCE_MERIT.id().value(), "years", "1"))));
            default -> {}
        }
        AwardStep.Builder merit = AwardStep.builder().award(AwardKinds.MINISTRY_PROVINCE_MERIT);
        if (bands && random.nextBoolean()) {
            merit.addBands("xuat-sac", "tot");
        } else {
            merit.fromRank(random.nextInt(1, 3)).toRank(random.nextInt(2, 6));
        }
        if (random.nextInt(4) == 0) {
            merit.addEligibility(EligibilityRule.of(
                    "member-share", Parameters.of(Map.of("of", "completed-tasks", "min-share", "0.5"))));
        }
        quota(random).ifPresent(merit::quota);
        AwardLadder.Builder ladder = AwardLadder.builder()
                .addSteps(flag.build(), merit.build())
                .scope(random.nextInt(3) == 0 ? LadderScope.SUB_GROUP : LadderScope.CLUSTER);
        if (random.nextBoolean()) {
            AwardStep.Builder commendation = AwardStep.builder().award(AwardKinds.COMMENDATION);
            if (bands) {
                commendation.addBands("xuat-sac", "tot", "hoan-thanh");
            } else {
                commendation.fromRank(1).toRank(99);
            }
            if (random.nextBoolean()) {
                commendation.addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()));
            }
            quota(random).ifPresent(commendation::quota);
            ladder.addSteps(commendation.build());
        }
        return ladder.build();
    }

    private static java.util.Optional<Quota> quota(RandomGenerator random) {
        StraddleRule straddle = straddle(random);
        BigDecimal share = BigDecimal.valueOf(random.nextInt(1, 11), 1);
        return switch (random.nextInt(5)) {
            case 0 -> java.util.Optional.of(Quota.ofCount(random.nextInt(4), straddle));
            case 1 -> java.util.Optional.of(Quota.ofShare(share, QuotaBase.MEMBERS, straddle));
            case 2 -> java.util.Optional.of(Quota.ofShare(share, QuotaBase.CANDIDATES, straddle));
            case 3 -> java.util.Optional.of(Quota.ofShare(share, random.nextInt(0, 13), straddle));
            default -> java.util.Optional.empty();
        };
    }

    private static StraddleRule straddle(RandomGenerator random) {
        return StraddleRule.values()[random.nextInt(StraddleRule.values().length)];
    }
}
