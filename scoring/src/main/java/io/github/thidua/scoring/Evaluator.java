package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.internal.Engine;

/**
 * Evaluates clusters with policies: criterion points (a batch over the whole cluster or each
 * sub-group), subtotals, caps, rounding and totals, each explained.
 *
 * <p>Stateless and thread-safe: one evaluator may serve any number of threads. The same inputs
 * in any order give the same result, to the last digit and the same explanation.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(Registry.builtIns());
 * Evaluation evaluation = evaluator.evaluate(policy, EvaluationInput.builder()
 *         .covenant(covenant)
 *         .addAllSheets(sheets)
 *         .build());
 * }</pre>
 */
public final class Evaluator {

    private final Registry registry;
    private final Engine engine;

    private Evaluator(Registry registry) {
        this.registry = registry;
        this.engine = new Engine(registry);
    }

    /**
     * Returns an evaluator that finds rule kinds, tie-breakers, vote methods and eligibility
     * checks in a registry.
     *
     * @param registry the plug-ins, not null
     * @return the evaluator
     */
    public static Evaluator of(Registry registry) {
        return new Evaluator(requireNonNull(registry, "registry"));
    }

    /**
     * Returns the registry this evaluator uses.
     *
     * @return the registry
     */
    public Registry registry() {
        return registry;
    }

    /**
     * Evaluates one cluster.
     *
     * @param policy the policy, not null
     * @param input the covenant, sheets and other inputs, not null
     * @return every unit's result, ordered by unit id
     * @throws io.github.thidua.core.ValidationException if the input does not fit the policy
     * @throws EvaluationException if a required value is missing or a plug-in misbehaves
     */
    public Evaluation evaluate(Policy policy, EvaluationInput input) {
        requireNonNull(policy, "policy");
        requireNonNull(input, "input");
        ClusterResult.Builder result = ClusterResult.builder()
                .cluster(input.covenant().cluster().id())
                .period(input.covenant().period())
                .policyId(policy.id().value())
                .policyVersion(policy.version())
                .policyFingerprint(policy.fingerprint());
        for (Engine.UnitScore score : engine.score(policy, input)) {
            result.addUnits(UnitResult.builder()
                    .unit(score.unit())
                    .addAllCriteria(score.criteria())
                    .putAllSubtotals(score.subtotals())
                    .total(score.total())
                    .explanation(score.explanation())
                    .build());
        }
        return Evaluation.builder().result(result.build()).build();
    }
}
