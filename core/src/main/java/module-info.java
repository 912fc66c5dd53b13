/**
 * The emulation and commendation domain as immutable, validated values: units, organisers,
 * clusters and roles, periods, movements, covenants and pledged targets, scoring tables,
 * assessments, ballots, results, awards, exact points and money.
 *
 * <p>Start with {@link io.github.thidua.core.Cluster}.
 */
module io.github.thidua.core {
    requires static transitive org.immutables.value.annotations;

    exports io.github.thidua.core;
}
