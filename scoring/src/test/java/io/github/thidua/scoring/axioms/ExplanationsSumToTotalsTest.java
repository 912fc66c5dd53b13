package io.github.thidua.scoring.axioms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each kind of mismatch the explanations axiom reports, planted by rewriting a correct explanation. */
class ExplanationsSumToTotalsTest {

    private static final Policy POLICY = AxiomFixtures.veteransPolicy();
    private static final EvaluationInput INPUT =
            InputGenerator.defaults().withUnits(2, 2).next(POLICY, new SplittableRandom(11));
    private static final Scorer ENGINE = Scorer.of(Evaluator.of(io.github.thidua.scoring.Registry.builtIns()));
    private static final Evaluation BASE = ENGINE.evaluate(POLICY, INPUT);
    private static final UnitResult FIRST = BASE.result().units().get(0);
    private static final String UNIT = FIRST.unit().value();

    private static Optional<Violation> check(UnaryOperator<Explanation> change) {
        Scorer planted = AxiomFixtures.changingUnits(
                ENGINE, u -> u.unit().equals(FIRST.unit()) ? withExplanation(u, rewrite(u.explanation(), change)) : u);
        return Axioms.explanationsSumToTotals().check(Trial.of(POLICY, INPUT, planted, 1L));
    }

    private static Explanation rewrite(Explanation e, UnaryOperator<Explanation> change) {
        List<Explanation> children = new ArrayList<>();
        e.children().forEach(c -> children.add(rewrite(c, change)));
        return change.apply(copy(e, e.key(), e.value(), e.inputs(), children));
    }

    private static Explanation copy(
            Explanation e, String key, Optional<Points> value, Map<String, String> inputs, List<Explanation> children) {
        return Explanation.builder()
                .key(key)
                .text(e.text())
                .value(value)
                .putAllInputs(inputs)
                .addAllChildren(children)
                .build();
    }

    private static UnitResult withExplanation(UnitResult u, Explanation x) {
        return UnitResult.builder()
                .unit(u.unit())
                .addAllCriteria(u.criteria())
                .putAllSubtotals(u.subtotals())
                .total(u.total())
                .band(u.band())
                .rank(u.rank())
                .addAllProposals(u.proposals())
                .cash(u.cash())
                .explanation(x)
                .build();
    }

    private static UnaryOperator<Explanation> at(String key, UnaryOperator<Explanation> change) {
        return e -> e.key().equals(key) ? change.apply(e) : e;
    }

    private static Explanation withInput(Explanation e, String name, String value) {
        Map<String, String> inputs = new LinkedHashMap<>(e.inputs());
        if (value == null) {
            inputs.remove(name);
        } else {
            inputs.put(name, value);
        }
        return copy(e, e.key(), e.value(), inputs, e.children());
    }

    private static List<String> details(Optional<Violation> v, boolean vi) {
        assertThat(v).isPresent();
        assertThat(v.get().key()).isEqualTo("explanations-sum-to-totals.mismatch");
        assertThat(v.get().summary())
                .isEqualTo(Text.of(
                        "Các con số trong diễn giải không cộng lại đúng",
                        "The numbers of an explanation do not add up"));
        return v.get().details().stream().map(t -> vi ? t.vi() : t.en()).toList();
    }

    @Test
    void theEnginesOwnExplanations_addUp() {
        assertThat(check(UnaryOperator.identity())).isEmpty();
        assertThat(FIRST.explanation().toString()).contains("unit.total");
    }

    @Test
    void aTotalStepWithAnotherValue_isReported() {
        Points wrong = FIRST.total().plus(Points.of(1));
        List<String> en = details(
                check(at("unit.total", e -> copy(e, e.key(), Optional.of(wrong), e.inputs(), e.children()))), false);
        assertThat(en).contains(UNIT + ": the unit.total step's value vs the total: " + wrong + " ≠ " + FIRST.total());
        assertThat(details(
                        check(at("unit.total", e -> copy(e, e.key(), Optional.of(wrong), e.inputs(), e.children()))),
                        true))
                .contains(UNIT + ": giá trị bước unit.total khác tổng điểm: " + wrong + " ≠ " + FIRST.total());
    }

    @Test
    void aTotalStepWithoutValue_isReported() {
        assertThat(details(
                        check(at("unit.total", e -> copy(e, e.key(), Optional.empty(), e.inputs(), e.children()))),
                        false))
                .contains(UNIT + ": the unit.total step has no value");
    }

    @Test
    void noTotalStep_isReported() {
        Optional<Violation> v = check(at("unit.total", e -> copy(e, "unit.sum", e.value(), e.inputs(), e.children())));
        assertThat(details(v, false)).contains(UNIT + ": the explanation has no unit.total step");
        assertThat(details(v, true)).contains(UNIT + ": diễn giải không có bước unit.total");
    }

    @Test
    void aMissingOrNonNumericInput_isReported() {
        assertThat(details(check(at("unit.total", e -> withInput(e, "scored", null))), false))
                .containsExactly(UNIT + ": step unit.total lacks the input scored");
        Optional<Violation> v = check(at("unit.total", e -> withInput(e, "bonus", "abc")));
        assertThat(details(v, false)).containsExactly(UNIT + ": step unit.total: bonus is not a number: abc");
        assertThat(details(v, true)).containsExactly(UNIT + ": bước unit.total: bonus không phải số: abc");
    }

    @Test
    void aStatedScoredSumThatDisagrees_isReported() {
        List<String> en = details(check(at("unit.total", e -> withInput(e, "scored", "1000"))), false);
        assertThat(en)
                .anySatisfy(l -> assertThat(l)
                        .startsWith(UNIT + ": the root steps' sum vs scored: ")
                        .endsWith(" ≠ 1000"));
        assertThat(en).anySatisfy(l -> assertThat(l).startsWith(UNIT + ": scored + bonus − deductions vs the total: "));
    }

    @Test
    void aCriterionStepForAnUnknownCriterion_isReported() {
        List<String> en = details(
                check(at(
                        "criterion",
                        e -> e.inputs().getOrDefault("criterion", "").equals("T")
                                ? withInput(e, "criterion", "ZZ")
                                : e)),
                false);
        assertThat(en).contains(UNIT + ": criterion step ZZ is not in the table");
    }

    @Test
    void aGroupStepWithAnotherValue_orUnknownGroup_isReported() {
        Points subtotal = FIRST.subtotals().get("I");
        Points wrong = subtotal.plus(Points.of(1));
        List<String> en = details(
                check(at(
                        "group",
                        e -> e.inputs().getOrDefault("group", "").equals("I")
                                ? copy(e, e.key(), Optional.of(wrong), e.inputs(), e.children())
                                : e)),
                false);
        assertThat(en).contains(UNIT + ": group step I vs the subtotal: " + wrong + " ≠ " + subtotal);
        assertThat(details(
                        check(at(
                                "group",
                                e -> e.inputs().getOrDefault("group", "").equals("I")
                                        ? withInput(e, "group", "IX")
                                        : e)),
                        false))
                .contains(UNIT + ": group step IX is not in the table");
    }

    @Test
    void aDeductionStepThatDisagrees_isReported() {
        List<String> en = details(check(at("deduction", e -> withInput(e, "sum", "99"))), false);
        assertThat(en).contains(UNIT + ": the deductions step's sum vs its criteria: 99 ≠ 1");
        List<String> d = details(
                check(at("deduction", e -> copy(e, e.key(), Optional.of(Points.of(7)), e.inputs(), e.children()))),
                false);
        assertThat(d).anySatisfy(l -> assertThat(l).startsWith(UNIT + ": the deductions step vs min(sum, cap): 7 ≠ "));
        assertThat(d)
                .anySatisfy(l -> assertThat(l)
                        .startsWith(UNIT + ": deductions in the total step vs the deductions step: ")
                        .endsWith(" ≠ 7"));
    }
}
