/**
 * Scoring policies and the evaluation engine of thidua: rule kinds (built-in and plugged in),
 * cluster-batch evaluation, rounding, bands, ranking and tie-breaks, votes, award ladders,
 * quotas, eligibility, cash rewards and explanations.
 *
 * <p>Start with {@link io.github.thidua.scoring.Policy}. Implementations of {@link
 * io.github.thidua.scoring.spi.CriterionRule}, {@link io.github.thidua.scoring.spi.TieBreaker},
 * {@link io.github.thidua.scoring.spi.VoteMethod} and {@link
 * io.github.thidua.scoring.spi.EligibilityCheck} are registered in a {@link
 * io.github.thidua.scoring.Registry} by their stable names.
 */
module io.github.thidua.scoring {
    requires transitive io.github.thidua.core;
    requires static transitive org.immutables.value.annotations;
    requires EvalEx;

    exports io.github.thidua.scoring;
    exports io.github.thidua.scoring.spi;
    exports io.github.thidua.scoring.axioms;
    exports io.github.thidua.scoring.verify;

    uses io.github.thidua.scoring.spi.CriterionRule;
    uses io.github.thidua.scoring.spi.TieBreaker;
    uses io.github.thidua.scoring.spi.VoteMethod;
    uses io.github.thidua.scoring.spi.EligibilityCheck;
}
