package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;

/**
 * What the axioms check: something that evaluates a cluster with a policy. Usually the library's
 * own {@link Evaluator}, with the plug-ins of a registry; it may also be an application's wrapper
 * around it (a cache, a post-processing step) whose results must keep the same laws.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(Evaluator.of(Registry.builtIns().with(new MyRule())));
 * }</pre>
 *
 * <p>Implementations must be safe to call from several threads at once, as {@link Evaluator} is;
 * the {@linkplain Axioms#determinism() determinism} axiom does so on purpose.
 */
@FunctionalInterface
public interface Scorer {

    /**
     * Evaluates one cluster.
     *
     * @param policy the policy, not null
     * @param input the cluster's covenant, sheets and other inputs, not null
     * @return the evaluation
     */
    Evaluation evaluate(Policy policy, EvaluationInput input);

    /**
     * Returns the scorer that evaluates with an evaluator.
     *
     * @param evaluator the evaluator, not null
     * @return the scorer
     */
    static Scorer of(Evaluator evaluator) {
        requireNonNull(evaluator, "evaluator");
        return evaluator::evaluate;
    }
}
