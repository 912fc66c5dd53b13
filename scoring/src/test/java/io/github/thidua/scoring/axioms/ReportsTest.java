package io.github.thidua.scoring.axioms;

import static io.github.thidua.scoring.axioms.AxiomFixtures.custom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.EvaluationException;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a run reports: failures as assertion errors any framework shows, in both languages. */
class ReportsTest {

    private static final Policy INVERSE = AxiomFixtures.policy(Qualitative.of(), custom("inverse"));
    private static final Registry REGISTRY = Registry.builtIns().with(new AxiomFixtures.Inverse());
    private static final Axiom PROMISED = Axioms.monotonicity(MonotoneInput.of("inverse", InputField.ACTUAL));

    private static AxiomReport failing() {
        return AxiomCheck.of(INVERSE).using(REGISTRY).trials(10).check(PROMISED, Axioms.capsRespected());
    }

    @Test
    void assertHolds_throwsAnAssertionErrorNamingTheAxiomTheSeedAndTheShrunkCounterexample() {
        AxiomReport report = failing();

        assertThatThrownBy(report::assertHolds)
                .isInstanceOf(AssertionError.class)
                .isInstanceOf(AxiomViolationError.class)
                .hasMessageStartingWith("1 of 2 axioms failed in 10 trials, seed " + AxiomCheck.DEFAULT_SEED
                        + " (monotonicity, caps-respected)")
                .hasMessageContaining("Axiom \"monotonicity\" failed on trial "
                        + (report.failures().get(0).trial() + 1) + " (trial seed "
                        + report.failures().get(0).trialSeed())
                .hasMessageContaining(
                        "replay with .replay(" + report.failures().get(0).trialSeed() + "L)")
                .hasMessageContaining("lowered its points on it")
                .hasMessageContaining("Shrunk counterexample")
                .hasMessageContaining("Cluster: 2 units")
                .satisfies(e -> assertThat(((AxiomViolationError) e).report()).isSameAs(report));
    }

    @Test
    void aReportThatHolds_returnsItself_andSaysSo() {
        AxiomReport report = AxiomCheck.of(AxiomFixtures.policy(Qualitative.of()))
                .trials(5)
                .check(Axioms.capsRespected())
                .assertHolds();

        assertThat(report.holds()).isTrue();
        assertThat(report.failures()).isEmpty();
        assertThat(report.trials()).isEqualTo(5);
        assertThat(report.axioms()).containsExactly("caps-respected");
        assertThat(report.toString())
                .isEqualTo("Every axiom held in 5 trials, seed " + AxiomCheck.DEFAULT_SEED + " (caps-respected)");
        assertThat(report.render(Text.VIETNAMESE))
                .isEqualTo("Mọi tiên đề đều đúng sau 5 lần thử, hạt giống " + AxiomCheck.DEFAULT_SEED
                        + " (caps-respected)");
    }

    @Test
    void aFailure_rendersInVietnamese() {
        AxiomReport report = failing();
        String vi = report.render(Text.VIETNAMESE);

        assertThat(vi)
                .contains("Tiên đề \"monotonicity\" không đúng ở lần thử "
                        + (report.failures().get(0).trial() + 1))
                .contains("làm giảm điểm tiêu chí đó")
                .contains("Phản ví dụ rút gọn")
                .contains("Cụm: 2 đơn vị")
                .contains("thực hiện 0");
    }

    @Test
    void anExceptionWhileEvaluatingAValidInput_isAViolation_andTheErrorsCause() {
        AxiomReport report = AxiomCheck.of(AxiomFixtures.policy(custom("over-cap")))
                .using(Registry.builtIns().with(new AxiomFixtures.OverCap()))
                .trials(10)
                .check(Axioms.determinism());

        Violation v = report.failures().get(0).violation();
        assertThat(v.key()).isEqualTo("evaluation-failed:EvaluationException");
        assertThat(v.summary().en()).startsWith("Evaluating a valid input failed: Rule \"over-cap\"");
        assertThat(v.cause()).containsInstanceOf(EvaluationException.class);
        assertThatThrownBy(report::assertHolds).hasCauseInstanceOf(EvaluationException.class);
    }

    @Test
    void anAxiomOfOnesOwn_isCheckedShrunkAndReportedLikeTheReadyMadeOnes() {
        Axiom nobodyFull = Axiom.of(
                "nobody-full-marks",
                Text.of("không đơn vị nào đạt điểm tối đa", "no unit scores the maximum"),
                trial -> trial.evaluation().result().units().stream()
                        .filter(u -> u.total().equals(trial.policy().table().maxPoints()))
                        .findFirst()
                        .map(u -> Violation.of(
                                "full-marks", Text.of(u.unit() + " đạt tối đa", u.unit() + " scores the maximum"))));

        AxiomFailure f = AxiomCheck.of(AxiomFixtures.policy(Qualitative.of(), Qualitative.of()))
                .inputs(InputGenerator.defaults().withUnits(5, 6))
                .trials(20)
                .check(nobodyFull)
                .failures()
                .get(0);

        assertThat(f.axiom()).isEqualTo("nobody-full-marks");
        assertThat(f.shrunk().units()).isEqualTo(2);
        assertThat(f.shrunk().input().sheets().stream().flatMap(s -> s.entries().stream()))
                .hasSize(2)
                .allSatisfy(a -> assertThat(a.achieved()).contains(true));
        assertThat(f.violation().summary().en()).endsWith("scores the maximum");
    }

    @Test
    void checkInput_checksOneGivenInput_andNeedsAPolicy() {
        AxiomFailure f = AxiomCheck.of(INVERSE)
                .using(REGISTRY)
                .checkInput(InputGenerator.defaults().next(INVERSE, new java.util.SplittableRandom(3)), PROMISED)
                .failures()
                .get(0);
        assertThat(f.trial()).isZero();
        assertThat(f.shrunk().units()).isEqualTo(2);

        assertThatThrownBy(() -> AxiomCheck.of(PolicyGenerator.builtIns())
                        .checkInput(f.original().input(), Axioms.capsRespected()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("AxiomCheck.policy")
                .hasMessageContaining("AxiomCheck.of(policy)");
    }

    @Test
    void noAxiom_orTwoWithOneName_isRejected() {
        AxiomCheck check = AxiomCheck.of(INVERSE);

        assertThatThrownBy(() -> check.check(List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("AxiomCheck.axioms")
                .hasMessageContaining("Axioms.all()");
        assertThatThrownBy(() -> check.check(Axioms.capsRespected(), Axioms.capsRespected()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("AxiomCheck.axioms[1].name")
                .hasMessageContaining("caps-respected");
    }

    @Test
    void aViolation_rendersItsSummaryAndDetails_andEqualsByValue() {
        Violation v = Violation.of(
                "k", Text.of("tóm tắt", "summary"), List.of(Text.of("chi tiết", "detail"), Text.of("a", "b")));

        assertThat(v.render(Locale.ENGLISH)).isEqualTo("summary\n  detail\n  b");
        assertThat(v.render(Text.VIETNAMESE)).isEqualTo("tóm tắt\n  chi tiết\n  a");
        assertThat(v)
                .isEqualTo(Violation.of(
                        "k", Text.of("tóm tắt", "summary"), List.of(Text.of("chi tiết", "detail"), Text.of("a", "b"))));
        assertThat(v.cause()).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> Violation.of(" ", Text.of("a", "b")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Violation.key");
    }
}
