package io.github.thidua.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Collective;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.LeaderTiePolicy;
import io.github.thidua.core.MissingTargetPolicy;
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
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import io.github.thidua.scoring.RoundingPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz target for evaluation: a policy, a cluster, targets and sheets decoded from the fuzzer's
 * data, evaluated by {@code Evaluator.of(Registry.builtIns())}.
 *
 * <p>The table has one criterion of each built-in kind (qualitative, quantitative, count-based,
 * leader-relative, bonus, deduction), the first four in a group; their maxima, per-occurrence
 * points, caps, ratio cap, missing-target and leader-tie policies, the three roundings, the
 * targets and every assessment come from the data, as do the number of units (1 to 8) and which
 * entries are missing. Building or evaluating may throw only {@link ThiDuaException} and its
 * subclasses; anything else is a finding. When the evaluation succeeds, every unit's total must lie
 * between minus the deduction cap and the scored maxima plus the bonus cap, widened by what the
 * roundings can add.
 */
class EvaluationFuzzTest {

    private static final Evaluator EVALUATOR = Evaluator.of(Registry.builtIns());
    private static final Period YEAR = Period.year(2024);
    private static final Id X = Id.of("x");
    private static final Id Y = Id.of("y");
    private static final RoundingMode[] MODES = {
        RoundingMode.HALF_UP,
        RoundingMode.HALF_EVEN,
        RoundingMode.DOWN,
        RoundingMode.UP,
        RoundingMode.FLOOR,
        RoundingMode.CEILING,
        RoundingMode.HALF_DOWN,
        RoundingMode.UNNECESSARY
    };

    @FuzzTest(maxDuration = "10m")
    void evaluate(FuzzedDataProvider data) {
        try {
            World world = World.decode(data);
            ClusterResult result = EVALUATOR
                    .evaluate(
                            world.policy,
                            EvaluationInput.builder()
                                    .covenant(world.covenant)
                                    .addAllSheets(world.sheets)
                                    .build())
                    .result();
            world.checkTotals(result);
        } catch (ThiDuaException expected) {
            // The library's own family: a rejected input, not a finding.
        }
    }

    /** What one input decodes to, with the bounds every unit's total must keep. */
    private static final class World {
        Policy policy;
        Covenant covenant;
        List<AssessmentSheet> sheets = new ArrayList<>();
        BigDecimal upper;
        BigDecimal lower;

        static World decode(FuzzedDataProvider data) {
            World w = new World();
            BigDecimal maxQ = decimal(data);
            BigDecimal maxN = decimal(data);
            BigDecimal maxC = decimal(data);
            BigDecimal maxL = decimal(data);
            BigDecimal maxT = decimal(data);
            BigDecimal maxD = decimal(data);
            BigDecimal bonusCap = decimal(data);
            BigDecimal deductionCap = decimal(data);

            Qualitative.Builder q = Qualitative.builder();
            if (data.consumeBoolean()) {
                q.fractionIfNotAchieved(decimal(data));
            }
            Quantitative.Builder n =
                    Quantitative.builder().indicator(X).missingTarget(data.pickValue(MissingTargetPolicy.values()));
            if (data.consumeBoolean()) {
                n.ratioCap(decimal(data));
            }
            LeaderRelative.Builder l =
                    LeaderRelative.builder().indicator(Y).leaderTie(data.pickValue(LeaderTiePolicy.values()));

            CriterionGroup.Builder group = CriterionGroup.builder()
                    .code("I")
                    .name(Name.of("Nhóm I"))
                    .addChildren(
                            criterion("Q", maxQ, q.build()),
                            criterion("N", maxN, n.build()),
                            criterion("C", maxC, CountBased.of(Points.of(decimal(data)))),
                            criterion("L", maxL, l.build()));
            if (data.consumeBoolean()) {
                group.declaredMaxPoints(Points.of(decimal(data)));
            }
            ScoringTable.Builder table = ScoringTable.builder()
                    .id(Id.of("bang"))
                    .name(Name.of("Bảng mờ"))
                    .addRoots(
                            group.build(),
                            criterion("T", maxT, Bonus.of(Points.of(decimal(data)))),
                            criterion("D", maxD, Deduction.of(Points.of(decimal(data)))))
                    .bonusCap(Points.of(bonusCap))
                    .deductionCap(Points.of(deductionCap));
            if (data.consumeBoolean()) {
                table.declaredMaxPoints(Points.of(decimal(data)));
            }

            Rounding criterionRounding = rounding(data);
            Rounding groupRounding = rounding(data);
            Rounding totalRounding = rounding(data);
            w.policy = Policy.builder()
                    .id(Id.of("quy-che"))
                    .version("1")
                    .name(Name.of("Quy chế mờ"))
                    .inForceFrom(LocalDate.of(2024, 1, 1))
                    .table(table.build())
                    .rounding(RoundingPlan.builder()
                            .criterion(criterionRounding)
                            .group(groupRounding)
                            .total(totalRounding)
                            .build())
                    .build();

            int units = data.consumeInt(1, 8);
            Cluster.Builder cluster = Cluster.builder()
                    .id(Id.of("cum"))
                    .kind(ClusterKind.CLUSTER)
                    .name(Name.of("Cụm mờ"))
                    .organiser(Organiser.builder()
                            .id(Id.of("org"))
                            .name(Name.of("Cơ quan"))
                            .level(OrganiserLevel.CENTRAL)
                            .kind(OrganiserKind.MASS_ORGANISATION)
                            .build());
            for (int i = 0; i < units; i++) {
                cluster.addMembers(Collective.of(Id.of("u" + i), Name.of("Đơn vị " + i)));
            }
            Covenant.Builder covenant = Covenant.builder()
                    .id(Id.of("giao-uoc"))
                    .cluster(cluster.build())
                    .period(YEAR)
                    .signedOn(LocalDate.of(2024, 1, 15))
                    .addIndicators(indicator(X, data.pickValue(Direction.values())))
                    .addIndicators(indicator(Y, data.pickValue(Direction.values())))
                    .scoringTable(w.policy.table());
            for (int i = 0; i < units; i++) {
                Id unit = Id.of("u" + i);
                for (Id indicator : List.of(X, Y)) {
                    if (data.consumeBoolean()) {
                        covenant.addTargets(PledgedTarget.builder()
                                .unit(unit)
                                .indicator(indicator)
                                .value(decimal(data))
                                .build());
                    }
                }
                AssessmentSheet.Builder sheet =
                        AssessmentSheet.builder().unit(unit).period(YEAR);
                if (data.consumeBoolean()) {
                    sheet.addEntries(Assessment.builder()
                            .criterion("Q")
                            .achieved(data.consumeBoolean())
                            .build());
                }
                if (data.consumeBoolean()) {
                    sheet.addEntries(Assessment.builder()
                            .criterion("N")
                            .actual(decimal(data))
                            .build());
                }
                if (data.consumeBoolean()) {
                    sheet.addEntries(Assessment.builder()
                            .criterion("C")
                            .count(data.consumeInt(-2, 1_000))
                            .build());
                }
                if (data.consumeBoolean()) {
                    sheet.addEntries(Assessment.builder()
                            .criterion("L")
                            .actual(decimal(data))
                            .build());
                }
                if (data.consumeBoolean()) {
                    sheet.addEntries(Assessment.builder()
                            .criterion("T")
                            .occurrences(data.consumeInt(-2, 1_000))
                            .build());
                }
                if (data.consumeBoolean()) {
                    sheet.addEntries(Assessment.builder()
                            .criterion("D")
                            .occurrences(data.consumeInt(-2, 1_000))
                            .build());
                }
                if (data.consumeBoolean()) {
                    w.sheets.add(sheet.build());
                }
            }
            w.covenant = covenant.build();

            // Scored criteria (4) + group (1) + total (1) may each be rounded up by less than a step.
            BigDecimal slack = step(criterionRounding)
                    .multiply(BigDecimal.valueOf(4))
                    .add(step(groupRounding))
                    .add(step(totalRounding));
            w.upper = maxQ.add(maxN).add(maxC).add(maxL).add(bonusCap).add(slack);
            w.lower = deductionCap.negate().subtract(slack);
            return w;
        }

        void checkTotals(ClusterResult result) {
            for (UnitResult unit : result.units()) {
                BigDecimal total = unit.total().toBigDecimal();
                if (total.compareTo(upper) > 0 || total.compareTo(lower) < 0) {
                    throw new AssertionError("total " + total + " of " + unit.unit() + " outside [" + lower + ", "
                            + upper + "]; policy " + policy + "; covenant " + covenant + "; sheets " + sheets);
                }
            }
        }
    }

    private static Criterion criterion(String code, BigDecimal max, CriterionKind kind) {
        return Criterion.builder()
                .code(code)
                .name(Name.of("Tiêu chí " + code))
                .maxPoints(Points.of(max))
                .kind(kind)
                .build();
    }

    private static Indicator indicator(Id id, Direction direction) {
        return Indicator.builder()
                .id(id)
                .name(Name.of("Chỉ tiêu " + id))
                .unitOfMeasure("đơn vị")
                .direction(direction)
                .build();
    }

    /** Mostly everyday values (0 to 1000.00), sometimes anything a long and a scale can give. */
    private static BigDecimal decimal(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 3)) {
            case 0:
                return BigDecimal.valueOf(data.consumeLong(0, 100_000), 2);
            case 1:
                return BigDecimal.valueOf(data.consumeInt(0, 100));
            case 2:
                return BigDecimal.valueOf(data.consumeLong(-1_000_000, 1_000_000), data.consumeInt(-3, 6));
            default:
                return BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-20, 20));
        }
    }

    private static Rounding rounding(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 2)) {
            case 0:
                return Rounding.none();
            case 1:
                return Rounding.toScale(data.consumeInt(-2, 14), data.pickValue(MODES));
            default:
                return Rounding.toStep(decimal(data), data.pickValue(MODES));
        }
    }

    /** The most a rounding can move a value: its step, one unit in its scale, or zero. */
    private static BigDecimal step(Rounding rounding) {
        if (rounding.step().isPresent()) {
            return rounding.step().get().abs();
        }
        return rounding.scale().map(BigDecimal.ONE::movePointLeft).orElse(BigDecimal.ZERO);
    }
}
