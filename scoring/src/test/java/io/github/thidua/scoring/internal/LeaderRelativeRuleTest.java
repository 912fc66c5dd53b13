package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.RuleFixtures.context;
import static io.github.thidua.scoring.internal.RuleFixtures.measured;
import static io.github.thidua.scoring.internal.RuleFixtures.outcome;
import static io.github.thidua.scoring.internal.RuleFixtures.p;
import static io.github.thidua.scoring.internal.RuleFixtures.points;
import static io.github.thidua.scoring.internal.RuleFixtures.shuffled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.core.Direction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.LeaderTiePolicy;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LeaderRelativeRuleTest {

    private static final LeaderRelativeRule RULE = new LeaderRelativeRule();
    private static final LeaderRelative ALL_LEAD = LeaderRelative.of(RuleFixtures.INDICATOR);
    private static final LeaderRelative NONE_LEAD = LeaderRelative.builder()
            .indicator(RuleFixtures.INDICATOR)
            .leaderTie(LeaderTiePolicy.NONE_LEAD)
            .build();

    @Test
    void score_clusterWithLeader_givesMaxHalfAndShares() {
        // max 40, targets 100: r = 1.5, 1.2, 1, 0.8.
        // a leads: 40. b: ½·40 + ½·40·(1.2−1)/(1.5−1) = 20 + 20·0.4 = 28.
        // c at target: 20. d below: ½·40·0.8 = 16.
        // e has no target and is alone in its pool: 40 × 7 ÷ 7 = 40.
        RuleContext c = context(
                ALL_LEAD,
                "40",
                measured("a", "150", "100"),
                measured("b", "120", "100"),
                measured("c", "100", "100"),
                measured("d", "80", "100"),
                measured("e", "7", null));
        assertThat(points(RULE, c))
                .containsExactly(
                        entry("a", p("40")),
                        entry("b", p("28")),
                        entry("c", p("20")),
                        entry("d", p("16")),
                        entry("e", p("40")));
    }

    @Test
    void score_overAchiever_explainsLeaderRatioAndLeaderRatio() {
        RuleContext c = context(
                ALL_LEAD, "40", measured("a", "150", "100"), measured("b", "120", "100"), measured("d", "80", "100"));
        Explanation b = outcome(RULE, c, "b").explanation();
        assertThat(b.key()).isEqualTo("rule.leader-relative.over");
        assertThat(b.inputs())
                .containsEntry("actual", "120")
                .containsEntry("target", "100")
                .containsEntry("ratio", "1.2")
                .containsEntry("leader", "a")
                .containsEntry("ratioLeader", "1.5");
        assertThat(b.text().en()).contains("leader a").contains("½·40 + ½·40·(1.2−1)/(1.5−1) = 28");
        assertThat(b.text().vi()).startsWith("Vượt chỉ tiêu");
        assertThat(outcome(RULE, c, "a").explanation().key()).isEqualTo("rule.leader-relative.leader");
        assertThat(outcome(RULE, c, "d").explanation().key()).isEqualTo("rule.leader-relative.below");
    }

    @Test
    void score_ratiosThatDoNotTerminate_areComparedAsExactFractions() {
        // targets 3: r = 5/3 (leader) and 4/3. b: 20 + 20·(1/3)/(2/3) = 20 + 10 = 30 exactly,
        // although 4/3 and 5/3 have no finite decimal.
        RuleContext c = context(ALL_LEAD, "40", measured("a", "5", "3"), measured("b", "4", "3"));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("40")), entry("b", p("30")));
    }

    @Test
    void score_tieForLeaderUnderAllTiedLead_everyTiedUnitEarnsMax() {
        // a 150/100 and b 30/20 share r = 1.5 exactly; both lead: 40, 40.
        // c r = 1.2: ½·40 + ½·40·0.2/0.5 = 28; d at target: 20.
        RuleContext c = context(
                ALL_LEAD,
                "40",
                measured("a", "150", "100"),
                measured("b", "30", "20"),
                measured("c", "120", "100"),
                measured("d", "100", "100"));
        assertThat(points(RULE, c))
                .containsExactly(entry("a", p("40")), entry("b", p("40")), entry("c", p("28")), entry("d", p("20")));
        assertThat(outcome(RULE, c, "c").explanation().inputs()).containsEntry("leader", "a, b");
    }

    @Test
    void score_tieForLeaderUnderNoneLead_nobodyLeadsAndOverAchieversEarnHalf() {
        // a and b tie at r = 1.5: no leader, so no share of excess: a, b, c (r 1.2) earn ½·40 = 20.
        // d at target: 20. e below: ½·40·0.5 = 10.
        RuleContext c = context(
                NONE_LEAD,
                "40",
                measured("a", "150", "100"),
                measured("b", "150", "100"),
                measured("c", "120", "100"),
                measured("d", "100", "100"),
                measured("e", "50", "100"));
        assertThat(points(RULE, c))
                .containsExactly(
                        entry("a", p("20")),
                        entry("b", p("20")),
                        entry("c", p("20")),
                        entry("d", p("20")),
                        entry("e", p("10")));
        Explanation a = outcome(RULE, c, "a").explanation();
        assertThat(a.key()).isEqualTo("rule.leader-relative.over.no-leader");
        assertThat(a.text().en()).contains("a, b share the best ratio 1.5");
        assertThat(a.inputs()).containsEntry("leader", "–").containsEntry("ratioLeader", "1.5");
    }

    @Test
    void score_uniqueTopUnderNoneLead_leadsAsUnderAllTiedLead() {
        // a leads alone (r 1.5): 40; b (r 1.2): 28; as under ALL_TIED_LEAD.
        List<RuleInput> inputs = List.of(measured("a", "150", "100"), measured("b", "120", "100"));
        assertThat(points(RULE, context(NONE_LEAD, "40", inputs)))
                .isEqualTo(points(RULE, context(ALL_LEAD, "40", inputs)))
                .containsExactly(entry("a", p("40")), entry("b", p("28")));
    }

    @Test
    void score_lowerIsBetterPovertyRate_usesTargetOverActual() {
        // poverty rate, target 5 %: r = 5/2.5 = 2 (leader), 5/4 = 1.25, 5/5 = 1, 5/6.25 = 0.8.
        // a 40; b ½·40 + ½·40·(1.25−1)/(2−1) = 20 + 5 = 25; c 20; d ½·40·0.8 = 16.
        Direction lower = Direction.LOWER_IS_BETTER;
        RuleContext c = context(
                ALL_LEAD,
                "40",
                measured("a", "2.5", "5", lower),
                measured("b", "4", "5", lower),
                measured("c", "5", "5", lower),
                measured("d", "6.25", "5", lower));
        assertThat(points(RULE, c))
                .containsExactly(entry("a", p("40")), entry("b", p("25")), entry("c", p("20")), entry("d", p("16")));
    }

    @Test
    void score_lowerIsBetterWithNothingLeft_leadsAndOthersEarnHalf() {
        // a has 0 % poor households left: unbounded r, leads with 40. b (r 1.25) has no share of an
        // unbounded excess: ½·40 = 20. c below (r 0.8): 16.
        Direction lower = Direction.LOWER_IS_BETTER;
        RuleContext c = context(
                ALL_LEAD,
                "40",
                measured("a", "0", "5", lower),
                measured("b", "4", "5", lower),
                measured("c", "6.25", "5", lower));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("40")), entry("b", p("20")), entry("c", p("16")));
        assertThat(outcome(RULE, c, "b").explanation().inputs()).containsEntry("ratioLeader", "∞");
    }

    @Test
    void score_poolWithoutTargets_isScoredAgainstItsBestActual() {
        // No targets: best 50. x 40 × 50 ÷ 50 = 40; y 40 × 40 ÷ 50 = 32; z reported nothing: 0.
        RuleContext c = context(
                ALL_LEAD, "40", measured("x", "50", null), measured("y", "40", null), measured("z", null, null));
        assertThat(points(RULE, c)).containsExactly(entry("x", p("40")), entry("y", p("32")), entry("z", p("0")));
        Explanation y = outcome(RULE, c, "y").explanation();
        assertThat(y.key()).isEqualTo("rule.leader-relative.pool");
        assertThat(y.inputs()).containsEntry("best", "50").containsEntry("bestUnit", "x");
    }

    @Test
    void score_poolLowerIsBetter_bestIsLowest() {
        // best = 2: x 40 × 2 ÷ 2 = 40; y 40 × 2 ÷ 4 = 20.
        Direction lower = Direction.LOWER_IS_BETTER;
        RuleContext c = context(ALL_LEAD, "40", measured("x", "2", null, lower), measured("y", "4", null, lower));
        assertThat(points(RULE, c)).containsExactly(entry("x", p("40")), entry("y", p("20")));
    }

    @Test
    void score_poolLowerIsBetterWhoseBestIsZero_givesTheBestTheMaximum() {
        // No poor household left at x: x is the best of the pool and earns 40; y: 40 × 0 ÷ 3 = 0.
        Direction lower = Direction.LOWER_IS_BETTER;
        RuleContext c = context(ALL_LEAD, "40", measured("x", "0", null, lower), measured("y", "3", null, lower));
        assertThat(points(RULE, c)).containsExactly(entry("x", p("40")), entry("y", p("0")));
        assertThat(outcome(RULE, c, "x").explanation().key()).isEqualTo("rule.leader-relative.pool.best");
    }

    @Test
    void score_poolWhoseBestIsZero_givesEveryoneZero() {
        RuleContext c = context(ALL_LEAD, "40", measured("x", "0", null), measured("y", "0", null));
        assertThat(points(RULE, c)).containsExactly(entry("x", p("0")), entry("y", p("0")));
        assertThat(outcome(RULE, c, "x").explanation().key()).isEqualTo("rule.leader-relative.pool.no-best");
    }

    @Test
    void score_poolAndTargetedUnits_areScoredSeparately() {
        // Targeted a (r 1.1) leads alone: 40. Pool: x best 3 → 40, y 40 × 1 ÷ 3 = 13.3333333333.
        RuleContext c = context(
                ALL_LEAD, "40", measured("a", "110", "100"), measured("x", "3", null), measured("y", "1", null));
        assertThat(points(RULE, c))
                .containsExactly(entry("a", p("40")), entry("x", p("40")), entry("y", p("13.3333333333")));
    }

    @Test
    void score_negativeActualBelowTarget_earnsZero() {
        RuleContext c = context(ALL_LEAD, "40", measured("a", "-5", "100"), measured("b", "100", "100"));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("0")), entry("b", p("20")));
    }

    @Test
    void score_targetButNoActual_earnsZeroAndTakesNoPart() {
        // b reported nothing; a alone over target leads: 40.
        RuleContext c = context(ALL_LEAD, "40", measured("a", "120", "100"), measured("b", null, "100"));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("40")), entry("b", p("0")));
        assertThat(outcome(RULE, c, "b").explanation().key()).isEqualTo("rule.leader-relative.no-actual");
    }

    @Test
    void score_zeroTarget_isRejectedNamingUnitAndCriterion() {
        RuleContext c = context(ALL_LEAD, "40", measured("a", "120", "0"));
        assertThatThrownBy(() -> RULE.score(c))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unit a")
                .hasMessageContaining("criterion I.1")
                .hasMessageContaining("a target above zero");
    }

    @Test
    void score_criterionOfAnotherKind_isRejected() {
        RuleContext c = context(Qualitative.of(), "40", measured("a", "120", "100"));
        assertThatThrownBy(() -> RULE.score(c))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("leader-relative");
    }

    @Test
    void score_inputsDisagreeingOnDirection_areRejected() {
        RuleContext c = context(
                ALL_LEAD,
                "40",
                measured("a", "120", "100", Direction.HIGHER_IS_BETTER),
                measured("b", "120", "100", Direction.LOWER_IS_BETTER));
        assertThatThrownBy(() -> RULE.score(c)).isInstanceOf(ValidationException.class);
    }

    @Test
    void score_nobodyOverTarget_namesNoLeader() {
        RuleContext c = context(ALL_LEAD, "40", measured("a", "100", "100"), measured("b", "80", "100"));

        assertThat(outcome(RULE, c, "a").explanation().inputs()).doesNotContainKeys("leader", "ratioLeader");
        assertThat(outcome(RULE, c, "b").explanation().inputs()).doesNotContainKeys("leader", "ratioLeader");
    }

    @Test
    void score_leaderAfterAWeakerOverAchieverInIdOrder_leadsAlone() {
        // a (r 1.2) comes first, b (r 1.5) overtakes it: b alone leads, a earns its share.
        RuleContext c = context(NONE_LEAD, "40", measured("a", "120", "100"), measured("b", "150", "100"));

        assertThat(points(RULE, c)).containsExactly(entry("a", p("28")), entry("b", p("40")));
        assertThat(outcome(RULE, c, "a").explanation().inputs()).containsEntry("leader", "b");
    }

    @Test
    void score_explanationsNameTheDirection() {
        RuleContext higher = context(ALL_LEAD, "40", measured("a", "120", "100"));
        RuleContext lower = context(ALL_LEAD, "40", measured("a", "4", "5", Direction.LOWER_IS_BETTER));

        assertThat(outcome(RULE, higher, "a").explanation().inputs()).containsEntry("direction", "HIGHER_IS_BETTER");
        assertThat(outcome(RULE, lower, "a").explanation().inputs()).containsEntry("direction", "LOWER_IS_BETTER");
    }

    @Test
    void score_atTargetBelowTargetAndZero_areExplainedEachByItsOwnStep() {
        RuleContext c = context(
                ALL_LEAD, "40", measured("a", "100", "100"), measured("b", "80", "100"), measured("z", "0", "100"));

        assertThat(points(RULE, c)).containsExactly(entry("a", p("20")), entry("b", p("16")), entry("z", p("0")));
        assertThat(outcome(RULE, c, "a").explanation().key()).isEqualTo("rule.leader-relative.at");
        Explanation b = outcome(RULE, c, "b").explanation();
        assertThat(b.key()).isEqualTo("rule.leader-relative.below");
        assertThat(b.text().en()).isEqualTo("Below target: ½·40·0.8 = 16");
        assertThat(outcome(RULE, c, "z").explanation().key()).isEqualTo("rule.leader-relative.negative");
    }

    @Test
    void score_outcomes_comeInUnitIdOrder_poolAndTargetedMixed() {
        // a and c have no target (the pool), b and d have one: scored in two passes, returned by id.
        RuleContext c = context(
                ALL_LEAD,
                "40",
                measured("d", "110", "100"),
                measured("c", "3", null),
                measured("b", null, "100"),
                measured("a", "1", null));

        assertThat(RULE.score(c)).extracting(o -> o.unit().value()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void score_poolBest_isTheLastToRaiseIt_andTiesAreAllNamed() {
        RuleContext raised = context(ALL_LEAD, "40", measured("x", "40", null), measured("y", "50", null));
        RuleContext tied = context(
                ALL_LEAD, "40", measured("x", "50", null), measured("y", "50", null), measured("z", "25", null));

        assertThat(outcome(RULE, raised, "x").explanation().inputs()).containsEntry("bestUnit", "y");
        assertThat(outcome(RULE, tied, "z").explanation().inputs()).containsEntry("bestUnit", "x, y");
        assertThat(points(RULE, tied)).containsEntry("z", p("20"));
    }

    @Test
    void score_poolSums_areWrittenForEachDirection() {
        RuleContext higher = context(ALL_LEAD, "40", measured("x", "50", null), measured("y", "40", null));
        Direction lower = Direction.LOWER_IS_BETTER;
        RuleContext lowerBetter =
                context(ALL_LEAD, "40", measured("x", "2", null, lower), measured("y", "4", null, lower));

        assertThat(outcome(RULE, higher, "y").explanation().text().en())
                .isEqualTo("No target, against the best actual value (x): 40 × 40 ÷ 50 = 32");
        assertThat(outcome(RULE, lowerBetter, "y").explanation().text().en())
                .isEqualTo("No target, against the best actual value (x): 40 × 2 ÷ 4 = 20");
    }

    // ---- properties ----

    /** Units a, b, c, ... with an actual (−1: none) and a target (0: none) each. */
    private static Gen<List<int[]>> units() {
        return lists().of(integers().between(-1, 300).zip(integers().between(0, 200), (a, t) -> new int[] {a, t}))
                .ofSizeBetween(1, 8);
    }

    private static RuleContext batch(List<int[]> units, int max, boolean noneLead, boolean lower) {
        List<RuleInput> inputs = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            int[] u = units.get(i);
            inputs.add(measured(
                    "u" + i,
                    u[0] < 0 ? null : String.valueOf(u[0]),
                    u[1] == 0 ? null : String.valueOf(u[1]),
                    lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER));
        }
        return context(noneLead ? NONE_LEAD : ALL_LEAD, String.valueOf(max), inputs);
    }

    @Test
    void score_shuffledInputs_giveIdenticalOutcomes() {
        qt().withExamples(200)
                .forAll(units(), booleans().all(), booleans().all(), longs().all())
                .checkAssert((units, noneLead, lower, seed) -> {
                    RuleContext c = batch(units, 40, noneLead, lower);
                    assertThat(RULE.score(shuffled(c, seed))).isEqualTo(RULE.score(c));
                });
    }

    @Test
    void score_anyBatch_staysWithinZeroAndMax() {
        qt().withExamples(200)
                .forAll(
                        units(),
                        integers().between(0, 1000),
                        booleans().all(),
                        booleans().all())
                .checkAssert((units, max, noneLead, lower) -> {
                    for (RuleOutcome o : RULE.score(batch(units, max, noneLead, lower))) {
                        assertThat(o.points()).isBetween(Points.ZERO, Points.of(max));
                    }
                });
    }

    @Test
    void score_higherRatioInABatch_neverEarnsLess() {
        qt().withExamples(200).forAll(units(), booleans().all()).checkAssert((units, noneLead) -> {
            Map<String, Points> points = points(RULE, batch(units, 40, noneLead, false));
            for (int i = 0; i < units.size(); i++) {
                for (int j = 0; j < units.size(); j++) {
                    int[] x = units.get(i);
                    int[] y = units.get(j);
                    if (x[0] < 0 || x[1] == 0 || y[0] < 0 || y[1] == 0) {
                        continue;
                    }
                    // x[0]/x[1] > y[0]/y[1], exactly
                    if ((long) x[0] * y[1] > (long) y[0] * x[1]) {
                        assertThat(points.get("u" + i)).isGreaterThanOrEqualTo(points.get("u" + j));
                    }
                }
            }
        });
    }

    @Test
    void score_ownActualRaisedWithoutJoiningATie_neverLowersOwnPoints() {
        qt().withExamples(200)
                .forAll(units(), integers().between(1, 100), booleans().all())
                .checkAssert((units, raise, lower) -> {
                    RuleContext before = batch(units, 40, false, lower);
                    List<int[]> better = new ArrayList<>(units);
                    int[] first = units.get(0);
                    int actual = first[0] < 0 ? 0 : first[0];
                    // Lower is better: improving means a smaller actual.
                    better.set(0, new int[] {lower ? Math.max(0, actual - raise) : actual + raise, first[1]});
                    RuleContext after = batch(better, 40, false, lower);
                    Id u0 = Id.of("u0");
                    Points was = RULE.score(before).stream()
                            .filter(o -> o.unit().equals(u0))
                            .findFirst()
                            .orElseThrow()
                            .points();
                    Points is = RULE.score(after).stream()
                            .filter(o -> o.unit().equals(u0))
                            .findFirst()
                            .orElseThrow()
                            .points();
                    if (first[0] >= 0) {
                        assertThat(is).isGreaterThanOrEqualTo(was);
                    }
                });
    }

    @Test
    void score_divisionScale_isTheOnlyRounding() {
        // y: 40 × 1 ÷ 3 at scale 2 = 13.33 (half up).
        RuleContext c = RuleContext.builder()
                .criterion(RuleFixtures.criterion(ALL_LEAD, "40"))
                .addInputs(measured("x", "3", null), measured("y", "1", null))
                .divisionScale(2)
                .build();
        assertThat(points(RULE, c)).containsEntry("y", p("13.33"));
        assertThat(new BigDecimal("13.33"))
                .isEqualByComparingTo(points(RULE, c).get("y").toBigDecimal());
    }
}
