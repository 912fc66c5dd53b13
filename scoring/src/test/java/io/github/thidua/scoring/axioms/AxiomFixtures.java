package io.github.thidua.scoring.axioms;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Ballot;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.MissingTargetPolicy;
import io.github.thidua.core.Name;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.AwardDecision;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStatus;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.Band;
import io.github.thidua.scoring.BandGuard;
import io.github.thidua.scoring.BandScheme;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Quota;
import io.github.thidua.scoring.RankingKind;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.StraddleRule;
import io.github.thidua.scoring.TieBreakLink;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import io.github.thidua.scoring.spi.VoteMethod;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Policies, planted bugs (plug-ins and scorer wrappers that break one axiom each) for the kit's tests. */
final class AxiomFixtures {

    private AxiomFixtures() {}

    static Criterion criterion(String code, int max, CriterionKind kind) {
        return Criterion.builder()
                .code(code)
                .name(Name.of("Tiêu chí " + code))
                .maxPoints(Points.of(max))
                .kind(kind)
                .build();
    }

    static CustomKind custom(String name) {
        return CustomKind.builder().kindName(name).build();
    }

    /** A policy whose table has one criterion of each given kind, c1, c2, … of 10 points each. */
    static Policy policy(CriterionKind... kinds) {
        ScoringTable.Builder table =
                ScoringTable.builder().id(Id.of("bang-thu")).name(Name.of("Bảng thử"));
        for (int i = 0; i < kinds.length; i++) {
            table.addRoots(criterion("c" + (i + 1), 10, kinds[i]));
        }
        return Policy.builder()
                .id(Id.of("quy-che-thu"))
                .version("1")
                .name(Name.of("Quy chế thử"))
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .table(table.build())
                .build();
    }

    /**
     * A cluster's policy as a rule author writes one: organisation and tasks groups of every
     * built-in kind, bonus and deduction caps, bands, a tie-break chain, an award ladder with quotas.
     */
    static Policy veteransPolicy() {
        ScoringTable table = ScoringTable.builder()
                .id(Id.of("ccb-2024"))
                .name(Name.of("Bảng chấm điểm thi đua Cụm số 2 năm 2024"))
                .addRoots(
                        CriterionGroup.builder()
                                .code("I")
                                .name(Name.of("Công tác tổ chức phong trào thi đua"))
                                .addChildren(
                                        criterion("I.1", 10, Qualitative.of()),
                                        criterion("I.2", 10, CountBased.of(Points.parse("2.5"))))
                                .build(),
                        CriterionGroup.builder()
                                .code("II")
                                .name(Name.of("Thực hiện nhiệm vụ"))
                                .addChildren(
                                        criterion(
                                                "II.1",
                                                40,
                                                Quantitative.builder()
                                                        .indicator(Id.of("hoi-vien-moi"))
                                                        .ratioCap(new BigDecimal("1.2"))
                                                        .missingTarget(MissingTargetPolicy.ZERO)
                                                        .build()),
                                        criterion("II.2", 40, LeaderRelative.of(Id.of("quy-hoi"))))
                                .build(),
                        criterion("T", 3, Bonus.of(Points.of(1))),
                        criterion("D", 3, Deduction.of(Points.parse("0.5"))))
                .declaredMaxPoints(Points.of(100))
                .bonusCap(Points.of(3))
                .deductionCap(Points.of(3))
                .build();
        return Policy.builder()
                .id(Id.of("ccb-cum-2"))
                .version("2024.1")
                .name(Name.of("Quy chế thi đua Cụm số 2 năm 2024"))
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .table(table)
                .bands(BandScheme.builder()
                        .addBands(
                                Band.builder()
                                        .code("xuat-sac")
                                        .label(Text.of("Hoàn thành xuất sắc", "Excellent"))
                                        .min(Points.of(95))
                                        .addGuards(BandGuard.noCriterionZero())
                                        .build(),
                                Band.builder()
                                        .code("tot")
                                        .label(Text.of("Hoàn thành tốt", "Good"))
                                        .min(Points.of(85))
                                        .maxExclusive(Points.of(95))
                                        .build(),
                                Band.builder()
                                        .code("hoan-thanh")
                                        .label(Text.of("Hoàn thành", "Completed"))
                                        .maxExclusive(Points.of(85))
                                        .build())
                        .putKnockOuts("tham-nhung", "hoan-thanh")
                        .build())
                .ranking(RankingRules.builder()
                        .kind(RankingKind.COMPETITION)
                        .addChain(
                                TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", "II"))),
                                TieBreakLink.of("fewer-deductions"))
                        .build())
                .awards(AwardLadder.builder()
                        .addSteps(
                                AwardStep.builder()
                                        .award(AwardKinds.MINISTRY_PROVINCE_FLAG)
                                        .fromRank(1)
                                        .toRank(1)
                                        .quota(Quota.ofCount(1, StraddleRule.REFER_TO_VOTE))
                                        .build(),
                                AwardStep.builder()
                                        .award(AwardKinds.MINISTRY_PROVINCE_MERIT)
                                        .fromRank(2)
                                        .toRank(4)
                                        .quota(Quota.ofShare(
                                                new BigDecimal("0.4"),
                                                io.github.thidua.scoring.QuotaBase.MEMBERS,
                                                StraddleRule.EXCLUDE_ALL))
                                        .build())
                        .build())
                .build();
    }

    /** A correct rule of one's own: one point per count, up to the maximum. */
    static final class CappedCount implements CriterionRule {
        @Override
        public String name() {
            return "capped-count";
        }

        @Override
        public Text label() {
            return Text.of("mỗi lần một điểm, tối đa bằng điểm tối đa", "a point a time, up to the maximum");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            List<RuleOutcome> out = new ArrayList<>();
            for (RuleInput in : context.inputs()) {
                int count = in.assessment().map(a -> a.count().orElse(0)).orElse(0);
                Points p = Points.of(count).min(context.criterion().maxPoints());
                out.add(explained(in, p, p));
            }
            return out;
        }
    }

    // ---------------------------------------------------------------- planted bugs: plug-ins

    /** Favours the unit whose id sorts first: points depend on ids, not on inputs. */
    static final class FavoursFirstId implements CriterionRule {
        @Override
        public String name() {
            return "favours-first-id";
        }

        @Override
        public Text label() {
            return Text.of("ưu tiên mã đầu tiên", "favours the first id");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            List<RuleOutcome> out = new ArrayList<>();
            for (int i = 0; i < context.inputs().size(); i++) {
                Points p = i == 0 ? context.criterion().maxPoints() : Points.ZERO;
                out.add(explained(context.inputs().get(i), p, p));
            }
            return out;
        }
    }

    /** Lower points for a higher actual value: not monotone, though its author promises it is. */
    static final class Inverse implements CriterionRule {
        @Override
        public String name() {
            return "inverse";
        }

        @Override
        public Text label() {
            return Text.of("nghịch đảo", "inverse");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            List<RuleOutcome> out = new ArrayList<>();
            BigDecimal max = context.criterion().maxPoints().toBigDecimal();
            for (RuleInput in : context.inputs()) {
                BigDecimal actual = in.assessment().flatMap(Assessment::actual).orElse(BigDecimal.ZERO);
                BigDecimal p = max.subtract(actual.max(BigDecimal.ZERO).min(max));
                out.add(explained(in, Points.of(p), Points.of(p)));
            }
            return out;
        }
    }

    /** One point more than the maximum for an achieved criterion. */
    static final class OverCap implements CriterionRule {
        @Override
        public String name() {
            return "over-cap";
        }

        @Override
        public Text label() {
            return Text.of("vượt trần", "over the cap");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            List<RuleOutcome> out = new ArrayList<>();
            for (RuleInput in : context.inputs()) {
                boolean achieved = in.assessment().flatMap(Assessment::achieved).orElse(false);
                Points p = achieved ? context.criterion().maxPoints().plus(Points.of(1)) : Points.ZERO;
                out.add(explained(in, p, p));
            }
            return out;
        }
    }

    /** Scores the maximum when achieved, but explains one point more than it scores. */
    static final class MisExplained implements CriterionRule {
        @Override
        public String name() {
            return "mis-explained";
        }

        @Override
        public Text label() {
            return Text.of("diễn giải sai", "explained wrongly");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            List<RuleOutcome> out = new ArrayList<>();
            for (RuleInput in : context.inputs()) {
                boolean achieved = in.assessment().flatMap(Assessment::achieved).orElse(false);
                Points p = achieved ? context.criterion().maxPoints() : Points.ZERO;
                out.add(explained(in, p, p.plus(Points.of(1))));
            }
            return out;
        }
    }

    /** Keeps a counter across calls: every other call scores everyone the maximum. */
    static final class Stateful implements CriterionRule {
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return "stateful";
        }

        @Override
        public Text label() {
            return Text.of("có trạng thái", "stateful");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            boolean full = calls.getAndIncrement() % 2 == 0;
            List<RuleOutcome> out = new ArrayList<>();
            for (RuleInput in : context.inputs()) {
                Points p = full ? context.criterion().maxPoints() : Points.ZERO;
                out.add(explained(in, p, p));
            }
            return out;
        }
    }

    /** Elects the first choice of the first ballot cast in the last round: the order of ballots decides. */
    static final class FirstBallotWins implements VoteMethod {
        @Override
        public String name() {
            return "first-ballot";
        }

        @Override
        public Text label() {
            return Text.of("phiếu đầu tiên thắng", "the first ballot wins");
        }

        @Override
        public VoteOutcome count(Vote vote, Parameters parameters) {
            Map<Id, Integer> tally = new LinkedHashMap<>();
            vote.candidates().forEach(c -> tally.put(c, 0));
            Id first = null;
            for (Ballot b : vote.ballots(vote.rounds())) {
                b.choices().forEach(c -> tally.merge(c, 1, Integer::sum));
                if (first == null && !b.isBlank()) {
                    first = b.choices().get(0);
                }
            }
            VoteOutcome.Builder outcome = VoteOutcome.builder()
                    .addTallies(tally)
                    .decided(first != null)
                    .explanation(Explanation.of("vote.first-ballot", Text.of("Phiếu đầu tiên", "First ballot")));
            if (first != null) {
                outcome.addElected(first);
            } else {
                outcome.decider(Text.of("Cụm trưởng", "the cluster head"));
            }
            return outcome.build();
        }
    }

    private static RuleOutcome explained(RuleInput in, Points points, Points explainedValue) {
        return RuleOutcome.of(
                in.unit(),
                points,
                Explanation.builder()
                        .key("rule.test")
                        .text(Text.of("Điểm thử " + explainedValue, "Test points " + explainedValue))
                        .value(explainedValue)
                        .build());
    }

    // ---------------------------------------------------------------- planted bugs: scorer wrappers

    /** Evaluates, then changes each unit's result. */
    static Scorer changingUnits(Scorer scorer, Function<UnitResult, UnitResult> change) {
        return (policy, input) -> {
            Evaluation e = scorer.evaluate(policy, input);
            ClusterResult r = e.result();
            ClusterResult.Builder changed = ClusterResult.builder()
                    .cluster(r.cluster())
                    .period(r.period())
                    .policyId(r.policyId())
                    .policyVersion(r.policyVersion())
                    .policyFingerprint(r.policyFingerprint());
            r.units().forEach(u -> changed.addUnits(change.apply(u)));
            return Evaluation.builder()
                    .result(changed.build())
                    .putAllVotes(e.votes())
                    .addAllAwards(e.awards())
                    .build();
        };
    }

    /** A unit result with another total. */
    static UnitResult withTotal(UnitResult u, Points total) {
        UnitResult.Builder b = UnitResult.builder()
                .unit(u.unit())
                .addAllCriteria(u.criteria())
                .putAllSubtotals(u.subtotals())
                .total(total)
                .band(u.band())
                .rank(u.rank())
                .addAllProposals(u.proposals())
                .cash(u.cash())
                .explanation(u.explanation());
        return b.build();
    }

    /** Evaluates, then proposes the ladder's first award to every unit, whatever its quota. */
    static Scorer proposingEveryone(Scorer scorer) {
        return (policy, input) -> {
            Evaluation e = scorer.evaluate(policy, input);
            List<AwardDecision> decisions = new ArrayList<>();
            for (AwardDecision d : e.awards()) {
                decisions.add(AwardDecision.builder()
                        .unit(d.unit())
                        .status(AwardStatus.PROPOSED)
                        .award(policy.awards().orElseThrow().steps().get(0).award())
                        .explanation(d.explanation())
                        .build());
            }
            return Evaluation.builder()
                    .result(e.result())
                    .putAllVotes(e.votes())
                    .addAllAwards(decisions)
                    .build();
        };
    }
}
