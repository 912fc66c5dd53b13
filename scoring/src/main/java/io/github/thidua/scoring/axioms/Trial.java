package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * One input an {@link Axiom} is checked on: the policy, the cluster's input, the {@link Scorer}
 * under test and a seed for the axiom's own random choices (which permutation, which unit to
 * improve).
 *
 * <p>The evaluation of the input as given is computed once, on first use, and shared by every
 * axiom checked on this trial. {@link #random()} returns a fresh generator from the same seed on
 * each call, so an axiom makes the same choices every time it is checked on the same trial, which
 * keeps a failure reproducible and lets the shrinker re-check it. Thread-safe.
 *
 * <pre>{@code
 * Trial trial = Trial.of(policy, input, Scorer.of(Evaluator.of(Registry.builtIns())), 42L);
 * Optional<Violation> v = Axioms.capsRespected().check(trial);
 * }</pre>
 */
public final class Trial {

    private final Policy policy;
    private final EvaluationInput input;
    private final Scorer scorer;
    private final long seed;
    private Evaluation evaluation;

    private Trial(Policy policy, EvaluationInput input, Scorer scorer, long seed) {
        this.policy = policy;
        this.input = input;
        this.scorer = scorer;
        this.seed = seed;
    }

    /**
     * Returns a trial.
     *
     * @param policy the policy, not null
     * @param input the cluster's input, not null
     * @param scorer what evaluates it, not null
     * @param seed the seed of the axioms' random choices
     * @return the trial
     */
    public static Trial of(Policy policy, EvaluationInput input, Scorer scorer, long seed) {
        return new Trial(
                requireNonNull(policy, "policy"),
                requireNonNull(input, "input"),
                requireNonNull(scorer, "scorer"),
                seed);
    }

    /**
     * Returns the policy.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Returns the input as given.
     *
     * @return the input
     */
    public EvaluationInput input() {
        return input;
    }

    /**
     * Returns what evaluates the input.
     *
     * @return the scorer
     */
    public Scorer scorer() {
        return scorer;
    }

    /**
     * Returns the seed of the axioms' random choices.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the evaluation of the input as given, computed on first use.
     *
     * @return the evaluation
     * @throws RuntimeException whatever the scorer throws; the runner reports it as a violation
     */
    public synchronized Evaluation evaluation() {
        if (evaluation == null) {
            evaluation = scorer.evaluate(policy, input);
        }
        return evaluation;
    }

    /**
     * Evaluates another input with the same policy and scorer, such as a shuffled copy.
     *
     * @param other the input, not null
     * @return its evaluation
     */
    public Evaluation evaluate(EvaluationInput other) {
        return scorer.evaluate(policy, requireNonNull(other, "other"));
    }

    /**
     * Returns a new random generator seeded from {@link #seed()}: the same sequence on every call.
     *
     * @return the generator
     */
    public RandomGenerator random() {
        return new SplittableRandom(Seeds.mix(seed ^ 0x61786961L));
    }
}
