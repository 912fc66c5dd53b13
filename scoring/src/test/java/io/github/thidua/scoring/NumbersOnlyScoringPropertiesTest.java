package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.LeaderTiePolicy;
import io.github.thidua.core.MissingTargetPolicy;
import io.github.thidua.core.Name;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.internal.Engine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Scoring for numbers only (explanations deferred) gives exactly the points, subtotals, caps and
 * totals of the explained run, for every built-in rule kind and random parameters and roundings.
 */
class NumbersOnlyScoringPropertiesTest {

    private static final Engine ENGINE = new Engine(Registry.builtIns());
    private static final Explanation PLACEHOLDER = Explanation.of("x", Text.of("x", "x"));
    private static final Id X = Id.of("x");
    private static final Id Y = Id.of("y");
    private static final Id Z = Id.of("z");

    @Test
    void numbersOnlyScoring_givesTheExplainedRunsPointsSubtotalsAndTotals() {
        qt().withExamples(150).forAll(integers().between(2, 9), longs().all()).checkAssert((units, seed) -> {
            Random random = new Random(seed);
            ScoringTable table = table(random);
            Policy policy = ScoringFixtures.policy(table)
                    .missingSheet(MissingSheetPolicy.EMPTY)
                    .rounding(RoundingPlan.builder()
                            .criterion(rounding(random))
                            .group(rounding(random))
                            .total(rounding(random))
                            .build())
                    .build();
            EvaluationInput input = input(units, table, random);

            List<Engine.UnitScore> explained = ENGINE.score(policy, input);
            List<Engine.UnitScore> numbers = ENGINE.score(policy, input, (u, c) -> PLACEHOLDER);

            assertThat(numbers).hasSameSizeAs(explained);
            for (int i = 0; i < explained.size(); i++) {
                Engine.UnitScore e = explained.get(i);
                Engine.UnitScore n = numbers.get(i);
                assertThat(n.unit()).isEqualTo(e.unit());
                assertThat(n.criteria())
                        .extracting(r -> r.criterion() + "=" + r.points())
                        .containsExactlyElementsOf(e.criteria().stream()
                                .map(r -> r.criterion() + "=" + r.points())
                                .toList());
                assertThat(n.subtotals()).isEqualTo(e.subtotals());
                assertThat(List.of(n.scored(), n.bonus(), n.deductions(), n.total()))
                        .isEqualTo(List.of(e.scored(), e.bonus(), e.deductions(), e.total()));
                assertThat(n.fullMarks()).isEqualTo(e.fullMarks());
                assertThat(n.explanation()).isNull();
            }
        });
    }

    private static Rounding rounding(Random random) {
        RoundingMode mode = random.nextBoolean() ? RoundingMode.HALF_UP : RoundingMode.HALF_EVEN;
        return switch (random.nextInt(3)) {
            case 0 -> Rounding.none();
            case 1 -> Rounding.toScale(random.nextInt(4), mode);
            default -> Rounding.toStep(new BigDecimal("0.25"), mode);
        };
    }

    private static ScoringTable table(Random random) {
        CriterionKind quantitative = Quantitative.builder()
                .indicator(X)
                .ratioCap(random.nextBoolean() ? BigDecimal.ONE : new BigDecimal("1.2"))
                .missingTarget(random.nextBoolean() ? MissingTargetPolicy.ZERO : MissingTargetPolicy.FULL)
                .build();
        CriterionKind lowerQuantitative = Quantitative.builder()
                .indicator(Z)
                .missingTarget(MissingTargetPolicy.ZERO)
                .build();
        LeaderTiePolicy tie = LeaderTiePolicy.values()[random.nextInt(LeaderTiePolicy.values().length)];
        return ScoringTable.builder()
                .id(Id.of("bang"))
                .name(Name.of("Bảng mọi loại tiêu chí"))
                .addRoots(
                        CriterionGroup.builder()
                                .code("I")
                                .name(Name.of("Nhóm I"))
                                .addChildren(
                                        ScoringFixtures.criterion(
                                                "Q",
                                                "10",
                                                random.nextBoolean()
                                                        ? Qualitative.of()
                                                        : Qualitative.builder()
                                                                .fractionIfNotAchieved(new BigDecimal("0.35"))
                                                                .build()),
                                        ScoringFixtures.criterion("N", "15", quantitative),
                                        ScoringFixtures.criterion("M", "7", lowerQuantitative))
                                .build(),
                        CriterionGroup.builder()
                                .code("II")
                                .name(Name.of("Nhóm II"))
                                .addChildren(
                                        ScoringFixtures.criterion(
                                                "L",
                                                "20",
                                                LeaderRelative.builder()
                                                        .indicator(Y)
                                                        .leaderTie(tie)
                                                        .build()),
                                        ScoringFixtures.criterion(
                                                "P",
                                                "9",
                                                LeaderRelative.builder()
                                                        .indicator(Z)
                                                        .leaderTie(tie)
                                                        .build()),
                                        ScoringFixtures.criterion("C", "6", CountBased.of(Points.parse("1.5"))),
                                        ScoringFixtures.criterion(
                                                "F",
                                                "8",
                                                Formula.builder()
                                                        .expression("MIN(max, count / 3)")
                                                        .addInputs("count", "max")
                                                        .build()))
                                .build(),
                        ScoringFixtures.criterion("T", "3", Bonus.of(Points.parse("0.75"))),
                        ScoringFixtures.criterion("D", "3", Deduction.of(Points.parse("0.5"))))
                .bonusCap(Points.of(2))
                .deductionCap(Points.parse("2.5"))
                .build();
    }

    private static EvaluationInput input(int units, ScoringTable table, Random random) {
        String[] ids = new String[units];
        for (int i = 0; i < units; i++) {
            ids[i] = "u" + i;
        }
        Cluster cluster = ScoringFixtures.cluster(ids);
        Covenant.Builder covenant = Covenant.builder()
                .id(Id.of("giao-uoc"))
                .cluster(cluster)
                .period(ScoringFixtures.YEAR)
                .signedOn(LocalDate.of(2024, 1, 15))
                .addIndicators(
                        indicator(X, Direction.HIGHER_IS_BETTER),
                        indicator(Y, Direction.HIGHER_IS_BETTER),
                        indicator(Z, Direction.LOWER_IS_BETTER))
                .scoringTable(table);
        EvaluationInput.Builder input = EvaluationInput.builder();
        for (String id : ids) {
            for (Id indicator : List.of(X, Y, Z)) {
                if (random.nextInt(5) > 0) {
                    covenant.addTargets(PledgedTarget.builder()
                            .unit(Id.of(id))
                            .indicator(indicator)
                            .value(BigDecimal.valueOf(1 + random.nextInt(300), random.nextInt(2)))
                            .build());
                }
            }
            if (random.nextInt(10) == 0) {
                continue; // no sheet at all
            }
            AssessmentSheet.Builder sheet =
                    AssessmentSheet.builder().unit(Id.of(id)).period(ScoringFixtures.YEAR);
            for (String code : List.of("Q", "N", "M", "L", "P", "C", "F", "T", "D")) {
                if (random.nextInt(12) == 0) {
                    continue; // not reported
                }
                Assessment.Builder a = Assessment.builder().criterion(code);
                switch (code) {
                    case "Q" -> a.achieved(random.nextBoolean());
                    case "N", "M", "L", "P" ->
                        a.actual(BigDecimal.valueOf(random.nextInt(60_000) - 2_000, random.nextInt(3)));
                    case "C", "F" -> a.count(random.nextInt(30));
                    default -> a.occurrences(random.nextInt(6));
                }
                sheet.addEntries(a.build());
            }
            input.addSheets(sheet.build());
        }
        return input.covenant(covenant.build()).build();
    }

    private static Indicator indicator(Id id, Direction direction) {
        return Indicator.builder()
                .id(id)
                .name(Name.of("Chỉ tiêu " + id))
                .unitOfMeasure("đơn vị")
                .direction(direction)
                .build();
    }
}
