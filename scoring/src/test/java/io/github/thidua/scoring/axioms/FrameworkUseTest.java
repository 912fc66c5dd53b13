package io.github.thidua.scoring.axioms;

import static io.github.thidua.scoring.axioms.AxiomFixtures.custom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.core.Qualitative;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * How a rule author uses the kit: from plain JUnit 5, and from QuickTheories (whose generators
 * the kit's generators become, and whose properties the kit's axioms check).
 */
class FrameworkUseTest {

    @Test
    void aClusterPolicy_obeysEveryAxiom() {
        Policy policy = AxiomFixtures.veteransPolicy();

        AxiomCheck.of(policy)
                .using(Registry.builtIns())
                .inputs(InputGenerator.defaults().withUnits(3, 7).withMaxValue(150))
                .trials(30)
                .seed(Long.getLong("axioms.seed", AxiomCheck.DEFAULT_SEED))
                .check(Axioms.all())
                .assertHolds();
    }

    @Test
    void aRuleOfOnesOwn_obeysEveryAxiomInsideGeneratedTables() {
        AxiomCheck.of(PolicyGenerator.builtIns().withCriteria(1, 4).withCustomKind(custom("capped-count")))
                .using(Registry.builtIns().with(new AxiomFixtures.CappedCount()))
                .trials(30)
                .check(Axioms.all(MonotoneInput.of("capped-count", InputField.COUNT)))
                .assertHolds();
    }

    @Test
    void quickTheories_drawsInputsFromTheKitsGenerators_andTheKitChecksThem() {
        Policy policy = AxiomFixtures.veteransPolicy();
        Gen<EvaluationInput> inputs =
                longs().all().map(seed -> InputGenerator.defaults().next(policy, new SplittableRandom(seed)));
        AxiomCheck check = AxiomCheck.of(policy);

        qt().withFixedSeed(42)
                .withExamples(20)
                .forAll(inputs)
                .checkAssert(input -> check.checkInput(input, Axioms.capsRespected(), Axioms.explanationsSumToTotals())
                        .assertHolds());
    }

    @Test
    void quickTheories_aGenFromARandomnessSource_drawsTheSameInputsAsTheSeed() {
        Policy policy = AxiomFixtures.veteransPolicy();
        Gen<EvaluationInput> inputs =
                prng -> InputGenerator.defaults().next(policy, new SplittableRandom(prng.next(Constraint.none())));

        qt().withFixedSeed(7)
                .withExamples(10)
                .forAll(inputs)
                .check(input -> input.covenant().cluster().members().size() >= 2);
    }

    @Test
    void quickTheories_reportsTheKitsShrunkCounterexample_whenAnAxiomFails() {
        Policy policy = AxiomFixtures.policy(Qualitative.of(), custom("over-cap"));
        AxiomCheck check = AxiomCheck.of(policy).using(Registry.builtIns().with(new AxiomFixtures.OverCap()));
        Gen<EvaluationInput> inputs =
                longs().all().map(seed -> InputGenerator.defaults().next(policy, new SplittableRandom(seed)));

        // The kit shrinks the input's structure; QuickTheories' own shrinking of the seed adds nothing.
        assertThatThrownBy(() -> qt().withFixedSeed(42)
                        .withExamples(20)
                        .withShrinkCycles(0)
                        .forAll(inputs)
                        .checkAssert(input ->
                                check.checkInput(input, Axioms.capsRespected()).assertHolds()))
                .isInstanceOf(AssertionError.class)
                .satisfies(e -> assertThat(e.getMessage() + e.getCause())
                        .contains("caps-respected")
                        .contains("Shrunk counterexample"));
    }
}
