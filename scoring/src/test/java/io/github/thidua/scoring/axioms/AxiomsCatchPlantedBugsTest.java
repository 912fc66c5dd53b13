package io.github.thidua.scoring.axioms;

import static io.github.thidua.scoring.axioms.AxiomFixtures.custom;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.Registry;
import io.github.thidua.scoring.TieBreakLink;
import io.github.thidua.scoring.VoteRules;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each axiom fails on a planted bug, so that a green run means something: plug-ins registered in a
 * registry (a rule kind or a vote method) where the engine lets a plug-in break the law, and a
 * {@link Scorer} wrapping the engine where the engine itself makes the violation impossible (a
 * quota cannot be exceeded by any plug-in; a total cannot leave its table's bounds).
 */
class AxiomsCatchPlantedBugsTest {

    private static final Registry BUGS = Registry.builtIns()
            .with(
                    new AxiomFixtures.FavoursFirstId(),
                    new AxiomFixtures.Inverse(),
                    new AxiomFixtures.OverCap(),
                    new AxiomFixtures.MisExplained(),
                    new AxiomFixtures.FirstBallotWins());

    private static AxiomFailure onlyFailure(AxiomReport report, String axiom) {
        assertThat(report.holds()).as(report.toString()).isFalse();
        assertThat(report.failures()).hasSize(1);
        AxiomFailure failure = report.failures().get(0);
        assertThat(failure.axiom()).isEqualTo(axiom);
        return failure;
    }

    private static Policy votedPolicy(String method) {
        Policy base = AxiomFixtures.policy(Qualitative.of());
        Policies p = Policies.of(base);
        p.rankingVote = java.util.Optional.of(Id.of("binh-xet"));
        p.voteRules = VoteRules.of(
                method,
                method.equals("approval")
                        ? io.github.thidua.scoring.spi.Parameters.of(java.util.Map.of("threshold", "1/2"))
                        : io.github.thidua.scoring.spi.Parameters.none());
        p.ranking =
                RankingRules.builder().addChain(TieBreakLink.of("vote-result")).build();
        return p.build();
    }

    @Test
    void orderIndependence_failsForAVoteMethodWhereTheFirstBallotWins() {
        AxiomFailure f = onlyFailure(
                AxiomCheck.of(votedPolicy("first-ballot"))
                        .using(BUGS)
                        .trials(50)
                        .check(Axioms.orderIndependence()),
                "order-independence");

        assertThat(f.violation().key()).isEqualTo("order-independence.result");
        assertThat(f.violation().render(Locale.ENGLISH)).contains("vote binh-xet: elected");
    }

    @Test
    void orderIndependence_holdsForTheSameVoteCountedByApproval() {
        AxiomCheck.of(votedPolicy("approval"))
                .using(BUGS)
                .trials(50)
                .check(Axioms.orderIndependence())
                .assertHolds();
    }

    @Test
    void renamingUnits_failsForARuleThatFavoursTheFirstId() {
        AxiomFailure f = onlyFailure(
                AxiomCheck.of(AxiomFixtures.policy(custom("favours-first-id")))
                        .using(BUGS)
                        .trials(20)
                        .check(Axioms.renamingUnits()),
                "renaming-units");

        assertThat(f.violation().key()).isEqualTo("renaming-units.result");
        assertThat(f.violation().render(Locale.ENGLISH)).contains("criterion c1: 10 (as given) vs 0 (renamed");
    }

    @Test
    void orderIndependence_holdsForARuleThatFavoursTheFirstId_sinceTheEngineSortsARulesInputsById() {
        AxiomCheck.of(AxiomFixtures.policy(custom("favours-first-id")))
                .using(BUGS)
                .trials(20)
                .check(Axioms.orderIndependence())
                .assertHolds();
    }

    @Test
    void monotonicity_failsForARuleWhosePointsFallAsTheActualValueRises() {
        AxiomFailure f = onlyFailure(
                AxiomCheck.of(AxiomFixtures.policy(custom("inverse")))
                        .using(BUGS)
                        .trials(20)
                        .check(Axioms.monotonicity(MonotoneInput.of("inverse", InputField.ACTUAL))),
                "monotonicity");

        assertThat(f.violation().key()).isEqualTo("monotonicity.points");
        assertThat(f.violation().summary().en())
                .contains("actual value on c1 (inverse)")
                .contains("lowered its points");
    }

    @Test
    void monotonicity_leavesACustomKindAloneUnlessItsAuthorPromisesIt() {
        AxiomCheck.of(AxiomFixtures.policy(custom("inverse")))
                .using(BUGS)
                .trials(20)
                .check(Axioms.monotonicity())
                .assertHolds();
    }

    @Test
    void capsRespected_reportsTheEngineRejectingARuleThatScoresAboveItsMaximum() {
        AxiomFailure f = onlyFailure(
                AxiomCheck.of(AxiomFixtures.policy(Qualitative.of(), custom("over-cap")))
                        .using(BUGS)
                        .trials(20)
                        .check(Axioms.capsRespected()),
                "caps-respected");

        assertThat(f.violation().key()).isEqualTo("caps-respected.rejected");
        assertThat(f.violation().render(Locale.ENGLISH))
                .contains("Rule \"over-cap\" for criterion c2 returned 11 points")
                .contains("outside [0, 10]");
    }

    @Test
    void capsRespected_failsForAScorerWhoseTotalsLeaveTheTablesBounds() {
        Scorer inflating = AxiomFixtures.changingUnits(
                Scorer.of(Evaluator.of(Registry.builtIns())),
                u -> AxiomFixtures.withTotal(u, u.total().plus(Points.of(5))));

        AxiomFailure f = onlyFailure(
                AxiomCheck.of(AxiomFixtures.policy(Qualitative.of()))
                        .scoredBy(inflating)
                        .trials(20)
                        .check(Axioms.capsRespected()),
                "caps-respected");

        assertThat(f.violation().key()).isEqualTo("caps-respected.exceeded");
        assertThat(f.violation().render(Locale.ENGLISH)).contains("total 15, outside [0, 10]");
    }

    @Test
    void quotasNeverExceeded_failsForAScorerThatProposesEveryUnit() {
        AxiomFailure f = onlyFailure(
                AxiomCheck.of(AxiomFixtures.veteransPolicy())
                        .scoredBy(AxiomFixtures.proposingEveryone(Scorer.of(Evaluator.of(Registry.builtIns()))))
                        .trials(20)
                        .check(Axioms.quotasNeverExceeded()),
                "quotas-never-exceeded");

        assertThat(f.violation().key()).isEqualTo("quotas-never-exceeded.exceeded");
        assertThat(f.violation().render(Locale.ENGLISH))
                .contains("ministry-province-flag")
                .contains("2 units proposed [u01, u02] of 2, the quota allows 1");
    }

    @Test
    void quotasNeverExceeded_holdsForTheEngineOnTheSamePolicy() {
        AxiomCheck.of(AxiomFixtures.veteransPolicy())
                .trials(40)
                .check(Axioms.quotasNeverExceeded())
                .assertHolds();
    }

    @Test
    void determinism_failsForARuleThatKeepsStateBetweenCalls() {
        AxiomFailure f = onlyFailure(
                AxiomCheck.of(AxiomFixtures.policy(custom("stateful")))
                        .using(Registry.builtIns().with(new AxiomFixtures.Stateful()))
                        .trials(10)
                        .check(Axioms.determinism()),
                "determinism");

        assertThat(f.violation().key()).isEqualTo("determinism.differs");
        assertThat(f.violation().render(Locale.ENGLISH)).contains("criterion c1: 10 (first run) vs 0");
    }

    @Test
    void explanationsSumToTotals_failsForARuleThatExplainsAnotherValueThanItScores() {
        AxiomFailure f = onlyFailure(
                AxiomCheck.of(AxiomFixtures.policy(custom("mis-explained")))
                        .using(BUGS)
                        .trials(20)
                        .check(Axioms.explanationsSumToTotals()),
                "explanations-sum-to-totals");

        assertThat(f.violation().key()).isEqualTo("explanations-sum-to-totals.mismatch");
        assertThat(f.violation().render(Locale.ENGLISH)).contains("the value c1's rule explained vs its points");
    }
}
