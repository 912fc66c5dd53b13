package io.github.thidua.scoring.axioms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** How two evaluations' facts are compared and their differences worded. */
class FactsTest {

    private static final Policy POLICY = AxiomFixtures.veteransPolicy();
    private static final EvaluationInput INPUT =
            InputGenerator.defaults().withUnits(3, 3).next(POLICY, new SplittableRandom(5));
    private static final Scorer ENGINE = Scorer.of(Evaluator.of(Registry.builtIns()));
    private static final Evaluation BASE = ENGINE.evaluate(POLICY, INPUT);
    private static final Text GIVEN = Text.of("như đã cho", "as given");
    private static final Text OTHER = Text.of("đảo", "shuffled");

    private static Facts facts(Evaluation e) {
        return Facts.of(e, UnaryOperator.identity(), true, true);
    }

    @Test
    void equalEvaluations_haveNoDifferences() {
        assertThat(facts(BASE).differences(facts(ENGINE.evaluate(POLICY, INPUT)), GIVEN, OTHER))
                .isEmpty();
    }

    @Test
    void aChangedTotal_isWordedInBothLanguages() {
        UnitResult first = BASE.result().units().get(0);
        String id = first.unit().value();
        Points changed = first.total().plus(Points.of(1));
        Evaluation other = AxiomFixtures.changingUnits(
                        ENGINE, u -> u.unit().equals(first.unit()) ? AxiomFixtures.withTotal(u, changed) : u)
                .evaluate(POLICY, INPUT);

        List<Text> d = facts(BASE).differences(facts(other), GIVEN, OTHER);

        assertThat(d)
                .containsExactly(Text.of(
                        "đơn vị " + id + ": tổng điểm: " + first.total() + " (như đã cho) khác " + changed + " (đảo)",
                        "unit " + id + ": total: " + first.total() + " (as given) vs " + changed + " (shuffled)"));
    }

    @Test
    void aFactOnOneSideOnly_showsADash_andManyDifferencesAreCutAtEightLines() {
        Evaluation other = AxiomFixtures.changingUnits(
                        ENGINE, u -> AxiomFixtures.withTotal(u, u.total().plus(Points.of(1))))
                .evaluate(POLICY, INPUT);
        List<Text> d = facts(BASE).differences(facts(other), GIVEN, OTHER);
        assertThat(d).hasSize(3);

        Facts none = Facts.of(BASE, id -> io.github.thidua.core.Id.of("x" + id.value()), true, true);
        List<Text> many = facts(BASE).differences(none, GIVEN, OTHER);
        assertThat(many).hasSize(Facts.MAX_LINES + 1);
        assertThat(many.get(Facts.MAX_LINES)).isEqualTo(Text.of("…", "…"));
        assertThat(many.get(0).en()).endsWith(" (as given) vs – (shuffled)");
        assertThat(many.get(0).vi()).endsWith(" (như đã cho) khác – (đảo)");
    }
}
