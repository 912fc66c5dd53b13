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
import io.github.thidua.core.MissingTargetPolicy;
import io.github.thidua.core.Points;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitativeRuleTest {

    private static final QuantitativeRule RULE = new QuantitativeRule();

    private static Quantitative kind(String cap, MissingTargetPolicy missing) {
        return Quantitative.builder()
                .indicator(RuleFixtures.INDICATOR)
                .ratioCap(new BigDecimal(cap))
                .missingTarget(missing)
                .build();
    }

    private static final Quantitative CAP_1_2 = kind("1.2", MissingTargetPolicy.REJECT);

    @Test
    void score_ratioCap_scalesUpToTheCap() {
        // max 10, cap 1.2, target 100: 60 → 10 × 0.6 ÷ 1.2 = 5; 90 → 10 × 0.9 ÷ 1.2 = 7.5;
        // 120 → the cap: 10; 150 → above the cap: 10.
        RuleContext c = context(
                CAP_1_2,
                "10",
                measured("a", "60", "100"),
                measured("b", "90", "100"),
                measured("c", "120", "100"),
                measured("d", "150", "100"));
        assertThat(points(RULE, c))
                .containsExactly(entry("a", p("5")), entry("b", p("7.5")), entry("c", p("10")), entry("d", p("10")));
        Explanation b = outcome(RULE, c, "b").explanation();
        assertThat(b.key()).isEqualTo("rule.quantitative.ratio");
        assertThat(b.inputs()).containsEntry("ratio", "0.9").containsEntry("ratioCap", "1.2");
        assertThat(b.text().en()).isEqualTo("By ratio to target: 10 × 0.9 ÷ 1.2 = 7.5");
        assertThat(outcome(RULE, c, "d").explanation().key()).isEqualTo("rule.quantitative.capped");
    }

    @Test
    void score_defaultCapOfOne_givesMaxAtTarget() {
        // cap 1: 80/100 → 10 × 0.8 = 8; 100/100 → 10.
        RuleContext c = context(
                Quantitative.of(RuleFixtures.INDICATOR), "10", measured("a", "80", "100"), measured("b", "100", "100"));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("8")), entry("b", p("10")));
    }

    @Test
    void score_lowerIsBetter_usesTargetOverActual() {
        // poverty rate, target 4 %: actual 5 → r = 0.8 → 10 × 0.8 ÷ 1.2 = 6.6666666667 (scale 10, half up);
        // actual 0 → the cap: 10.
        Direction lower = Direction.LOWER_IS_BETTER;
        RuleContext c = context(CAP_1_2, "10", measured("a", "5", "4", lower), measured("b", "0", "4", lower));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("6.6666666667")), entry("b", p("10")));
    }

    @Test
    void score_negativeRatio_earnsZero() {
        RuleContext c = context(CAP_1_2, "10", measured("a", "-3", "100"));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("0")));
    }

    @Test
    void score_missingTargetUnderZero_earnsZero() {
        RuleContext c = context(kind("1", MissingTargetPolicy.ZERO), "10", measured("a", "80", null));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("0")));
        assertThat(outcome(RULE, c, "a").explanation().key()).isEqualTo("rule.quantitative.no-target.zero");
    }

    @Test
    void score_missingTargetUnderFull_earnsMax() {
        RuleContext c = context(kind("1", MissingTargetPolicy.FULL), "10", measured("a", "80", null));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("10")));
        assertThat(outcome(RULE, c, "a").explanation().key()).isEqualTo("rule.quantitative.no-target.full");
    }

    @Test
    void score_missingTargetUnderReject_throwsNamingUnitAndCriterion() {
        RuleContext c = context(CAP_1_2, "10", measured("phu-tho", "80", null));
        assertThatThrownBy(() -> RULE.score(c))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unit phu-tho, criterion I.1: no pledged target")
                .satisfies(e -> assertThat(((ValidationException) e).getMessage(io.github.thidua.core.Text.VIETNAMESE))
                        .contains("đơn vị phu-tho, tiêu chí I.1: chưa đăng ký chỉ tiêu"));
    }

    @Test
    void score_missingActual_earnsZeroExplained() {
        RuleContext c = context(CAP_1_2, "10", measured("a", null, "100"));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("0")));
        assertThat(outcome(RULE, c, "a").explanation().key()).isEqualTo("rule.quantitative.no-actual");
    }

    @Test
    void score_zeroTarget_isRejected() {
        RuleContext c = context(CAP_1_2, "10", measured("a", "5", "0"));
        assertThatThrownBy(() -> RULE.score(c))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unit a");
    }

    private static RuleContext batch(List<Integer> actuals, boolean lower) {
        List<RuleInput> inputs = new ArrayList<>();
        for (int i = 0; i < actuals.size(); i++) {
            inputs.add(measured(
                    "u" + i,
                    String.valueOf(actuals.get(i)),
                    "70",
                    lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER));
        }
        return context(CAP_1_2, "9.5", inputs);
    }

    @Test
    void score_shuffledInputs_giveIdenticalOutcomes() {
        qt().withExamples(200)
                .forAll(
                        lists().of(integers().between(-10, 200)).ofSizeBetween(1, 8),
                        booleans().all(),
                        longs().all())
                .checkAssert((actuals, lower, seed) -> {
                    RuleContext c = batch(actuals, lower);
                    assertThat(RULE.score(shuffled(c, seed))).isEqualTo(RULE.score(c));
                });
    }

    @Test
    void score_betterActual_neverLowersPointsAndStaysWithinMax() {
        qt().withExamples(200)
                .forAll(
                        integers().between(-10, 200),
                        integers().between(0, 100),
                        booleans().all())
                .checkAssert((actual, step, lower) -> {
                    int better = lower ? actual - step : actual + step;
                    Points was = points(RULE, batch(List.of(actual), lower)).get("u0");
                    Points is = points(RULE, batch(List.of(better), lower)).get("u0");
                    assertThat(is).isGreaterThanOrEqualTo(was);
                    assertThat(was).isBetween(Points.ZERO, p("9.5"));
                });
    }

    @Test
    void score_exactlyAtTheCap_isTheCappedStep_andZeroActualIsTheNotPositiveStep() {
        RuleContext c = context(CAP_1_2, "10", measured("a", "120", "100"), measured("z", "0", "100"));

        assertThat(points(RULE, c)).containsExactly(entry("a", p("10")), entry("z", p("0")));
        assertThat(outcome(RULE, c, "a").explanation().key()).isEqualTo("rule.quantitative.capped");
        assertThat(outcome(RULE, c, "z").explanation().key()).isEqualTo("rule.quantitative.negative");
    }
}
