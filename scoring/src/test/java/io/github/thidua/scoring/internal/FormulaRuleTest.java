package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.RuleFixtures.context;
import static io.github.thidua.scoring.internal.RuleFixtures.measured;
import static io.github.thidua.scoring.internal.RuleFixtures.outcome;
import static io.github.thidua.scoring.internal.RuleFixtures.p;
import static io.github.thidua.scoring.internal.RuleFixtures.points;
import static io.github.thidua.scoring.internal.RuleFixtures.shuffled;
import static io.github.thidua.scoring.internal.RuleFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Points;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class FormulaRuleTest {

    private static final FormulaRule RULE = new FormulaRule();

    private static Formula formula(String expression, String... inputs) {
        Formula.Builder b = Formula.builder().expression(expression).addInputs(inputs);
        if (java.util.List.of(inputs).contains("target")) {
            b.indicator(io.github.thidua.core.Id.of("chi-tieu"));
        }
        return b.build();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> checking(Formula f) {
        return assertThatThrownBy(() -> FormulaRule.check(f)).isInstanceOf(ValidationException.class);
    }

    @Test
    void score_shareOfTarget_isExact() {
        // max 10, target 8: actual 6 → 6 ÷ 8 × 10 = 7.5; actual 12 → MIN(10, 15) = 10.
        Formula f = formula("MIN(max, actual / target * max)", "actual", "target", "max");
        RuleContext c = context(f, "10", measured("a", "6", "8"), measured("b", "12", "8"));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("7.5")), entry("b", p("10")));
        Explanation a = outcome(RULE, c, "a").explanation();
        assertThat(a.key()).isEqualTo("rule.formula");
        assertThat(a.text().en()).isEqualTo("By formula: MIN(max, actual / target * max) = 7.5");
        assertThat(a.inputs())
                .containsEntry("expression", "MIN(max, actual / target * max)")
                .containsEntry("actual", "6")
                .containsEntry("target", "8")
                .containsEntry("max", "10");
    }

    @Test
    void score_functionNamesInLowerCase_areAccepted() {
        // The example of Formula's own javadoc: 6 ÷ 8 × 10 = 7.5.
        Formula f = formula("min(max, actual / target * max)", "actual", "target", "max");
        assertThat(points(RULE, context(f, "10", measured("a", "6", "8")))).containsExactly(entry("a", p("7.5")));
    }

    @Test
    void score_achievedIsOneOrZero() {
        // achieved → 10; not achieved → 10 / 2 = 5.
        Formula f = formula("IF(achieved = 1, max, max / 2)", "achieved", "max");
        RuleContext c = context(f, "10", unit("a", e -> e.achieved(true)), unit("b", e -> e.achieved(false)));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("10")), entry("b", p("5")));
    }

    @Test
    void score_countAndOccurrences_areBound() {
        // 4 sessions × 0.5 − 1 late report × 0.25 = 1.75.
        Formula f = formula("MAX(0, count * 0.5 - occurrences * 0.25)", "count", "occurrences");
        RuleContext c = context(f, "3", unit("a", e -> e.count(4).occurrences(1)));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("1.75")));
    }

    @Test
    void score_divisionThatDoesNotTerminate_isRoundedHalfUpToTheDivisionScale() {
        // 10 ÷ 3 = 3.333…, kept to 34 digits, then to 10 places: 3.3333333333.
        // 20 ÷ 3 = 6.666… → 6.6666666667 (half up).
        RuleContext c = context(formula("max / 3", "max"), "10", unit("a", e -> e));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("3.3333333333")));
        RuleContext d = context(formula("max * 2 / 3", "max"), "10", unit("a", e -> e));
        assertThat(points(RULE, d)).containsExactly(entry("a", p("6.6666666667")));
    }

    @Test
    void score_ifGuard_doesNotEvaluateTheUnusedBranch() {
        // target 0: the guard gives 0 without dividing by zero.
        Formula f = formula("IF(target > 0, MIN(max, actual / target), 0)", "actual", "target", "max");
        RuleContext c = context(f, "10", measured("a", "6", "0"));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("0")));
    }

    @Test
    void score_missingDeclaredInput_earnsZeroExplained() {
        Formula f = formula("MIN(max, actual / target * max)", "actual", "target", "max");
        RuleContext c = context(f, "10", measured("a", "6", null));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("0")));
        Explanation a = outcome(RULE, c, "a").explanation();
        assertThat(a.key()).isEqualTo("rule.formula.missing");
        assertThat(a.text().en()).isEqualTo("Missing input target: 0 points");
        assertThat(a.inputs()).containsEntry("target", "–");
    }

    @Test
    void score_resultAboveMax_isAnErrorNotClamped() {
        // 6 × 2 = 12 > 10.
        RuleContext c = context(formula("actual * 2", "actual"), "10", measured("phu-tho", "6", "8"));
        assertThatThrownBy(() -> RULE.score(c))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unit phu-tho, criterion I.1")
                .hasMessageContaining("outside [0, 10]")
                .hasMessageContaining("12")
                .hasMessageContaining("MIN(max, ...)");
    }

    @Test
    void score_roundToMoreThanTwelvePlaces_isAnError_beforeAnyHugeNumberIsMade() {
        // ROUND(actual, 999999999) would compute a power of ten of a billion digits.
        RuleContext c = context(formula("ROUND(actual, 999999999)", "actual"), "10", measured("a", "6", "8"));
        assertThatThrownBy(() -> RULE.score(c))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ROUND keeps 0 to 12 decimal places, not 999999999");
        RuleContext negative = context(formula("ROUND(actual, -1)", "actual"), "10", measured("a", "6", "8"));
        assertThatThrownBy(() -> RULE.score(negative)).hasMessageContaining("ROUND keeps 0 to 12 decimal places");
        RuleContext twelve = context(formula("ROUND(actual / 3, 12)", "actual"), "10", measured("a", "7", "8"));
        assertThat(points(RULE, twelve)).containsExactly(entry("a", p("2.3333333333")));
    }

    @Test
    void score_resultsOfHugeExponents_areRefusedOrZero_withoutSpellingThemOut() {
        RuleContext far = context(formula("actual / 1e-99999999", "actual"), "10", measured("a", "6", "8"));
        assertThatThrownBy(() -> RULE.score(far))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("outside [0, 10]")
                .hasMessageContaining("6E+99999999");
        RuleContext tiny = context(formula("actual * 1e-99999999", "actual"), "10", measured("a", "6", "8"));
        assertThat(points(RULE, tiny)).containsExactly(entry("a", p("0")));
    }

    @Test
    void score_negativeResult_isAnError() {
        RuleContext c = context(formula("actual - 10", "actual"), "10", measured("a", "6", "8"));
        assertThatThrownBy(() -> RULE.score(c))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("outside [0, 10]");
    }

    @Test
    void score_comparisonResult_isNotANumber() {
        RuleContext c = context(formula("actual > 1", "actual"), "10", measured("a", "6", "8"));
        assertThatThrownBy(() -> RULE.score(c))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a number");
    }

    @Test
    void score_divisionByZero_isAnErrorWithItsPosition() {
        RuleContext c = context(formula("actual / target", "actual", "target"), "10", measured("a", "6", "0"));
        assertThatThrownBy(() -> RULE.score(c))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unit a")
                .hasMessageContaining("at position 8")
                .hasMessageContaining("Division by zero");
    }

    @Test
    void check_syntaxError_namesThePosition() {
        checking(formula("actual +", "actual"))
                .hasMessageContaining("Formula.expression")
                .hasMessageContaining("at position 8: syntax error");
    }

    @Test
    void check_unknownName_namesItAndThePosition() {
        checking(formula("actual + bonus", "actual"))
                .hasMessageContaining("at position 10: unknown name 'bonus'")
                .satisfies(e -> assertThat(((ValidationException) e).getMessage(io.github.thidua.core.Text.VIETNAMESE))
                        .contains("vị trí 10: tên không được khai báo 'bonus'"));
    }

    @Test
    void check_vocabularyNameNotDeclared_isUnknown() {
        checking(formula("actual / target", "actual")).hasMessageContaining("unknown name 'target'");
    }

    @Test
    void check_nameInAnotherCase_isUnknown() {
        checking(formula("Actual * 2", "actual")).hasMessageContaining("at position 1: unknown name 'Actual'");
    }

    @Test
    void check_functionOutsideTheWhitelist_isRejected() {
        checking(formula("SIN(actual)", "actual"))
                .hasMessageContaining("at position 1")
                .hasMessageContaining("SIN");
        checking(formula("SQRT(actual)", "actual")).hasMessageContaining("SQRT");
        checking(formula("DT_NOW()")).hasMessageContaining("DT_NOW");
        checking(formula("RANDOM() * max", "max")).hasMessageContaining("RANDOM");
    }

    @Test
    void check_powerModuloArraysStructuresAndConstants_areRejected() {
        checking(formula("actual ^ 2", "actual")).hasMessageContaining("at position 8");
        checking(formula("actual % 2", "actual")).hasMessageContaining("at position 8");
        checking(formula("actual[0]", "actual")).hasMessageContaining("at position 7");
        checking(formula("actual.x", "actual")).hasMessageContaining("at position 7");
        checking(formula("PI * max", "max")).hasMessageContaining("unknown name 'PI'");
        checking(formula("2 max", "max")).hasMessageContaining("at position");
    }

    @Test
    void check_textLiteral_isRejected() {
        checking(formula("\"a\" + max", "max")).hasMessageContaining("at position 1: text \"a\" is not allowed");
    }

    @Test
    void check_inputOutsideTheVocabulary_isRejected() {
        checking(formula("x * 2", "x"))
                .hasMessageContaining("Formula.inputs[0]")
                .hasMessageContaining("achieved, actual, target, count, occurrences, max");
    }

    @Test
    void check_validFormula_passes() {
        FormulaRule.check(
                formula("IF(achieved == 1 && count >= 3, max, ROUND(max / 2, 2))", "achieved", "count", "max"));
        FormulaRule.check(formula("ABS(FLOOR(actual) - CEILING(target)) * 0 + max", "actual", "target", "max"));
    }

    @Test
    void score_shuffledInputs_giveIdenticalOutcomesWithinMax() {
        Formula f = formula("MAX(0, MIN(max, actual / target * max))", "actual", "target", "max");
        qt().withExamples(200)
                .forAll(lists().of(integers().between(-50, 500)).ofSizeBetween(1, 8), longs().all())
                .checkAssert((actuals, seed) -> {
                    List<RuleInput> inputs = new ArrayList<>();
                    for (int i = 0; i < actuals.size(); i++) {
                        inputs.add(measured("u" + i, String.valueOf(actuals.get(i)), "7"));
                    }
                    RuleContext c = context(f, "12.5", inputs);
                    List<RuleOutcome> outcomes = RULE.score(c);
                    assertThat(RULE.score(shuffled(c, seed))).isEqualTo(outcomes);
                    outcomes.forEach(o -> assertThat(o.points()).isBetween(Points.ZERO, p("12.5")));
                });
    }

    @Test
    void check_targetWithoutIndicator_isRefusedNamingTheInput() {
        Formula f = Formula.builder()
                .expression("actual / target")
                .addInputs("actual", "target")
                .build();
        checking(f).hasMessageContaining("Formula.inputs[1]").hasMessageContaining("names no indicator");
    }

    @Test
    void score_expressionOfFiveHundredCharacters_isShownWhole_andLongerOnesAreCut() {
        String fiveHundred = "max " + " + 0".repeat(124);
        String fiveHundredOne = "max  " + " + 0".repeat(124);

        Explanation whole = outcome(RULE, context(formula(fiveHundred, "max"), "10", unit("a", e -> e)), "a")
                .explanation();
        Explanation cut = outcome(RULE, context(formula(fiveHundredOne, "max"), "10", unit("a", e -> e)), "a")
                .explanation();

        assertThat(fiveHundred).hasSize(500);
        assertThat(whole.inputs()).containsEntry("expression", fiveHundred);
        assertThat(cut.inputs()).containsEntry("expression", fiveHundredOne.substring(0, 497) + "...");
        assertThat(whole.value()).contains(p("10"));
    }

    @Test
    void score_countOrOccurrencesNotReported_isAMissingInput() {
        RuleContext count = context(formula("count * 1", "count"), "10", unit("a", e -> e.occurrences(2)));
        RuleContext occurrences = context(formula("occurrences * 1", "occurrences"), "10", unit("a", e -> e.count(2)));

        assertThat(outcome(RULE, count, "a").explanation().key()).isEqualTo("rule.formula.missing");
        assertThat(outcome(RULE, occurrences, "a").explanation().key()).isEqualTo("rule.formula.missing");
    }
}
