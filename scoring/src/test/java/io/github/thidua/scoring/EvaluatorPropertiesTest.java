package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.MissingTargetPolicy;
import io.github.thidua.core.Name;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.UnitResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The laws every evaluation keeps, over random clusters of 2 to 8 units. */
class EvaluatorPropertiesTest {

    private static final Evaluator EVALUATOR = Evaluator.of(Registry.builtIns());
    private static final Id X = Id.of("x");
    private static final Id Y = Id.of("y");

    /** Q qualitative 20; N quantitative on X 30 (missing target → 0); C count 10; L leader-relative on Y 40. */
    private static final ScoringTable TABLE = ScoringTable.builder()
            .id(Id.of("bang"))
            .name(Name.of("Bảng ngẫu nhiên"))
            .addRoots(
                    CriterionGroup.builder()
                            .code("I")
                            .name(Name.of("Nhóm I"))
                            .addChildren(
                                    criterion("Q", "20", Qualitative.of()),
                                    criterion(
                                            "N",
                                            "30",
                                            Quantitative.builder()
                                                    .indicator(X)
                                                    .missingTarget(MissingTargetPolicy.ZERO)
                                                    .build()))
                            .build(),
                    criterion("C", "10", CountBased.of(Points.of(2))),
                    criterion("L", "40", LeaderRelative.of(Y)),
                    criterion("T", "3", Bonus.of(Points.of(1))),
                    criterion("D", "3", Deduction.of(Points.parse("0.5"))))
            .bonusCap(Points.of(3))
            .deductionCap(Points.of(3))
            .build();

    private static final Policy POLICY = ScoringFixtures.policy(TABLE).build();

    private static Criterion criterion(String code, String max, io.github.thidua.core.CriterionKind kind) {
        return ScoringFixtures.criterion(code, max, kind);
    }

    /** A random cluster with targets and sheets, reproducible from its seed. */
    private record World(Covenant covenant, List<AssessmentSheet> sheets) {

        static World of(int units, long seed) {
            Random random = new Random(seed);
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
                    .addIndicators(indicator(X), indicator(Y))
                    .scoringTable(TABLE);
            List<AssessmentSheet> sheets = new ArrayList<>();
            for (String id : ids) {
                if (random.nextInt(4) > 0) {
                    covenant.addTargets(target(id, X, 1 + random.nextInt(200)));
                }
                if (random.nextInt(4) > 0) {
                    covenant.addTargets(target(id, Y, 1 + random.nextInt(200)));
                }
                sheets.add(AssessmentSheet.builder()
                        .unit(Id.of(id))
                        .period(ScoringFixtures.YEAR)
                        .addEntries(
                                Assessment.builder()
                                        .criterion("Q")
                                        .achieved(random.nextBoolean())
                                        .build(),
                                Assessment.builder()
                                        .criterion("N")
                                        .actual(decimal(random))
                                        .build(),
                                Assessment.builder()
                                        .criterion("C")
                                        .count(random.nextInt(8))
                                        .build(),
                                Assessment.builder()
                                        .criterion("L")
                                        .actual(decimal(random))
                                        .build(),
                                Assessment.builder()
                                        .criterion("T")
                                        .occurrences(random.nextInt(5))
                                        .build(),
                                Assessment.builder()
                                        .criterion("D")
                                        .occurrences(random.nextInt(9))
                                        .build())
                        .build());
            }
            return new World(covenant.build(), sheets);
        }

        ClusterResult evaluate() {
            return EVALUATOR
                    .evaluate(
                            POLICY,
                            EvaluationInput.builder()
                                    .covenant(covenant)
                                    .addAllSheets(sheets)
                                    .build())
                    .result();
        }

        World withSheet(int index, UnaryOperator<AssessmentSheet> change) {
            List<AssessmentSheet> copy = new ArrayList<>(sheets);
            copy.set(index, change.apply(copy.get(index)));
            return new World(covenant, copy);
        }

        private static BigDecimal decimal(Random random) {
            return BigDecimal.valueOf(random.nextInt(40_000), 2);
        }

        private static Indicator indicator(Id id) {
            return Indicator.builder()
                    .id(id)
                    .name(Name.of("Chỉ tiêu " + id))
                    .unitOfMeasure("đơn vị")
                    .direction(Direction.HIGHER_IS_BETTER)
                    .build();
        }

        private static PledgedTarget target(String unit, Id indicator, int value) {
            return PledgedTarget.builder()
                    .unit(Id.of(unit))
                    .indicator(indicator)
                    .value(BigDecimal.valueOf(value))
                    .build();
        }
    }

    private static AssessmentSheet replace(AssessmentSheet sheet, Assessment entry) {
        AssessmentSheet.Builder b = AssessmentSheet.builder().unit(sheet.unit()).period(sheet.period());
        for (Assessment a : sheet.entries()) {
            b.addEntries(a.criterion().equals(entry.criterion()) ? entry : a);
        }
        return b.build();
    }

    @Test
    void sheetsInAnyOrder_giveIdenticalResultsAndExplanations() {
        qt().withExamples(100).forAll(integers().between(2, 8), longs().all()).checkAssert((units, seed) -> {
            World world = World.of(units, seed);
            List<AssessmentSheet> shuffled = new ArrayList<>(world.sheets());
            Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
            assertThat(new World(world.covenant(), shuffled).evaluate()).isEqualTo(world.evaluate());
        });
    }

    @Test
    void moreAchievementOnQualitativeQuantitativeOrCount_neverLowersTheUnitsTotal() {
        qt().withExamples(100)
                .forAll(integers().between(2, 8), longs().all(), integers().between(0, 2))
                .checkAssert((units, seed, which) -> {
                    World world = World.of(units, seed);
                    int index = (int) Math.floorMod(seed, (long) units);
                    AssessmentSheet sheet = world.sheets().get(index);
                    Assessment better = switch (which) {
                        case 0 ->
                            Assessment.builder().criterion("Q").achieved(true).build();
                        case 1 ->
                            Assessment.builder()
                                    .criterion("N")
                                    .actual(sheet.entry("N")
                                            .orElseThrow()
                                            .actual()
                                            .orElseThrow()
                                            .add(BigDecimal.TEN))
                                    .build();
                        default ->
                            Assessment.builder()
                                    .criterion("C")
                                    .count(sheet.entry("C")
                                                    .orElseThrow()
                                                    .count()
                                                    .orElseThrow()
                                            + 1)
                                    .build();
                    };
                    Points before = world.evaluate().units().get(index).total();
                    Points after = world.withSheet(index, s -> replace(s, better))
                            .evaluate()
                            .units()
                            .get(index)
                            .total();
                    assertThat(after).isGreaterThanOrEqualTo(before);
                });
    }

    @Test
    void everyTotal_staysWithinMinusTheDeductionCapAndTheMaximumPlusTheBonusCap() {
        Points low = TABLE.deductionCap().negated();
        Points high = TABLE.maxPoints().plus(TABLE.bonusCap());
        qt().withExamples(100).forAll(integers().between(2, 8), longs().all()).checkAssert((units, seed) -> {
            for (UnitResult u : World.of(units, seed).evaluate().units()) {
                assertThat(u.total()).isBetween(low, high);
            }
        });
    }

    @Test
    void explanationValues_sumToTheTotal() {
        qt().withExamples(100).forAll(integers().between(2, 8), longs().all()).checkAssert((units, seed) -> {
            for (UnitResult u : World.of(units, seed).evaluate().units()) {
                Explanation total = u.explanation().children().get(0);
                Points scored = Points.ZERO;
                for (Explanation step : total.children()) {
                    boolean counts = step.key().equals("group")
                            || (step.key().equals("criterion")
                                    && !List.of("bonus", "deduction")
                                            .contains(step.inputs().get("kind")));
                    if (counts) {
                        scored = scored.plus(step.value().orElseThrow());
                    }
                }
                Points bonus = Points.parse(total.inputs().get("bonus"));
                Points deductions = Points.parse(total.inputs().get("deductions"));
                assertThat(scored).isEqualTo(Points.parse(total.inputs().get("scored")));
                assertThat(scored.plus(bonus).minus(deductions)).isEqualTo(u.total());
                assertThat(total.value()).contains(u.total());
            }
        });
    }

    @Test
    void onePolicyEvaluatedByEightThreads_givesIdenticalResults() throws Exception {
        World world = World.of(8, 20241121L);
        ClusterResult expected = world.evaluate();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ClusterResult>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(world::evaluate));
            }
            for (Future<ClusterResult> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
