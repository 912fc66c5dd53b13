package io.github.thidua.scoring.axioms;

import static io.github.thidua.scoring.axioms.AxiomFixtures.custom;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import io.github.thidua.scoring.RoundingPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A failure is shrunk to a minimal counterexample, and the seed reported replays it exactly. */
class ShrinkingTest {

    private static final Registry REGISTRY = Registry.builtIns().with(new AxiomFixtures.Inverse());
    private static final Axiom PROMISED_MONOTONE = Axioms.monotonicity(MonotoneInput.of("inverse", InputField.ACTUAL));

    /** Generated tables that each hold a non-monotone "inverse" criterion among built-in ones. */
    private static AxiomCheck generated() {
        return AxiomCheck.of(PolicyGenerator.builtIns().withCriteria(4, 7).withCustomKind(custom("inverse")))
                .using(REGISTRY)
                .inputs(InputGenerator.defaults().withUnits(4, 8))
                .trials(20)
                .seed(7);
    }

    @Test
    void aFailureOnAGeneratedPolicy_shrinksToTwoUnitsOneCriterionAndSmallValues() {
        AxiomFailure f = generated().check(PROMISED_MONOTONE).failures().get(0);

        assertThat(f.original().units()).isGreaterThanOrEqualTo(4);
        assertThat(f.original().criteria()).isGreaterThanOrEqualTo(4);
        Counterexample shrunk = f.shrunk();
        assertThat(shrunk.units()).isEqualTo(2);
        assertThat(shrunk.criteria()).isEqualTo(1);
        assertThat(shrunk.policy().table().criteria().get(0).kind().kindName()).isEqualTo("inverse");
        assertThat(shrunk.policy().bands()).isEmpty();
        assertThat(shrunk.policy().awards()).isEmpty();
        assertThat(shrunk.policy().rounding()).isEqualTo(RoundingPlan.none());
        List<Assessment> entries = shrunk.input().sheets().stream()
                .flatMap(s -> s.entries().stream())
                .toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).actual()).contains(BigDecimal.ZERO);
        assertThat(entries.get(0).achieved()).isEmpty();
        assertThat(entries.get(0).count()).isEmpty();
        assertThat(shrunk.input().votes()).isEmpty();
        assertThat(f.violation().key()).isEqualTo("monotonicity.points");
        assertThat(f.shrinkSteps()).isPositive();
    }

    @Test
    void theReportedTrialSeed_replaysExactlyThatTrial() {
        AxiomFailure f = generated().check(PROMISED_MONOTONE).failures().get(0);

        AxiomReport replay = generated().replay(f.trialSeed(), PROMISED_MONOTONE);

        assertThat(replay.isReplay()).isTrue();
        assertThat(replay.failures()).hasSize(1);
        AxiomFailure again = replay.failures().get(0);
        assertThat(again.original()).isEqualTo(f.original());
        assertThat(again.shrunk()).isEqualTo(f.shrunk());
        assertThat(again.violation()).isEqualTo(f.violation());
        assertThat(again.trialSeed()).isEqualTo(f.trialSeed());
    }

    @Test
    void theSameSeed_givesTheSameReport_andAnotherSeedOtherTrials() {
        String first = generated().check(PROMISED_MONOTONE).toString();

        assertThat(generated().check(PROMISED_MONOTONE).toString()).isEqualTo(first);
        assertThat(generated()
                        .seed(8)
                        .check(PROMISED_MONOTONE)
                        .failures()
                        .get(0)
                        .trialSeed())
                .isNotEqualTo(
                        generated().check(PROMISED_MONOTONE).failures().get(0).trialSeed());
    }

    @Test
    void aFixedPolicy_keepsItsPolicy_andOnlyItsInputShrinks() {
        Policy policy = AxiomFixtures.policy(Qualitative.of(), custom("inverse"), CountBased.of(Points.of(2)));

        AxiomFailure f = AxiomCheck.of(policy)
                .using(REGISTRY)
                .inputs(InputGenerator.defaults().withUnits(5, 5))
                .trials(10)
                .check(PROMISED_MONOTONE)
                .failures()
                .get(0);

        assertThat(f.shrunk().policy()).isEqualTo(policy);
        assertThat(f.original().units()).isEqualTo(5);
        assertThat(f.shrunk().units()).isEqualTo(2);
        // Only the inverse criterion's entry of one unit is left, with its actual value at zero.
        List<AssessmentSheet> sheets = f.shrunk().input().sheets();
        assertThat(sheets.stream().flatMap(s -> s.entries().stream()))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.criterion()).isEqualTo("c2");
                    assertThat(a.actual()).contains(BigDecimal.ZERO);
                });
    }

    @Test
    void aZeroShrinkBudget_reportsTheCaseAsGenerated() {
        AxiomFailure f =
                generated().shrinkBudget(0).check(PROMISED_MONOTONE).failures().get(0);

        assertThat(f.shrunk()).isEqualTo(f.original());
        assertThat(f.shrinkSteps()).isZero();
    }

    @Test
    void anOrderDependentVote_shrinksToTwoUnitsAndOneBallotWhoseApprovalsReversedElectTheOther() {
        Policies voted = Policies.of(AxiomFixtures.policy(Qualitative.of()));
        voted.rankingVote = java.util.Optional.of(io.github.thidua.core.Id.of("binh-xet"));
        voted.voteRules = io.github.thidua.scoring.VoteRules.of("first-ballot");

        AxiomFailure f = AxiomCheck.of(voted.build())
                .using(Registry.builtIns().with(new AxiomFixtures.FirstBallotWins()))
                .inputs(InputGenerator.defaults().withUnits(4, 6))
                .trials(30)
                .check(Axioms.orderIndependence())
                .failures()
                .get(0);

        assertThat(f.original().input().votes().get(0).ballots()).hasSizeGreaterThan(2);
        assertThat(f.shrunk().units()).isEqualTo(2);
        assertThat(f.shrunk().input().votes())
                .singleElement()
                .satisfies(v -> assertThat(v.ballots()).singleElement().satisfies(b -> {
                    assertThat(b.round()).isEqualTo(1);
                    assertThat(b.mode()).isEqualTo(io.github.thidua.core.BallotMode.IN_PERSON);
                    assertThat(b.approvals()).hasSize(2);
                }));
        assertThat(f.violation().render(Locale.ENGLISH)).contains("vote binh-xet: elected");
    }

    @Test
    void simpler_offersOnlyStrictlySimplerValues_zeroAndTheTargetFirst() {
        assertThat(Shrinker.simpler(new BigDecimal("7.25"), new BigDecimal("5")))
                .containsExactly(
                        BigDecimal.ZERO,
                        new BigDecimal("5"),
                        new BigDecimal("7"),
                        new BigDecimal("3"),
                        new BigDecimal("6"));
        assertThat(Shrinker.simpler(new BigDecimal("7"), new BigDecimal("9")))
                .containsExactly(BigDecimal.ZERO, new BigDecimal("3"), new BigDecimal("6"));
        assertThat(Shrinker.simpler(BigDecimal.ZERO, null)).isEmpty();
        assertThat(Shrinker.simpler(new BigDecimal("-3.5"), null))
                .containsExactly(BigDecimal.ZERO, new BigDecimal("-3"), new BigDecimal("-1"), new BigDecimal("-2"));
        assertThat(Shrinker.simpler(3, null)).containsExactly(0, 1, 2);
        assertThat(Shrinker.simpler(0, null)).isEmpty();
        assertThat(Shrinker.simpler(true, null)).containsExactly(false);
        assertThat(Shrinker.simpler(false, null)).isEmpty();
    }
}
