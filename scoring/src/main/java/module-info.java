/**
 * Scoring policies and the evaluation engine of thidua: rule kinds, cluster-batch evaluation,
 * rounding, bands, ranking and tie-breaks, votes, award ladders and explanations.
 *
 * <p>The engine arrives with the scoring-engine issue; this module already exists so that the
 * artifact layout, module graph and build are fixed from the start.
 */
module io.github.thidua.scoring {
    requires transitive io.github.thidua.core;
}
