package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Checks axioms on many generated inputs, shrinks the first failure of each axiom to a minimal
 * counterexample and reports it with the seed that replays it.
 *
 * <p>A run draws {@link #trials(int)} trials. Trial {@code i} has its own seed, a fixed function
 * of the run's {@link #seed(long)} and {@code i}, and generates its case from a {@link
 * SplittableRandom} of that seed alone: the policy (for {@link #of(PolicyGenerator)}), then the
 * input ({@link InputGenerator}). So one number replays a trial exactly: {@link #replay(long,
 * Axiom...)}. Each axiom is checked on each trial until it fails; its failure is then shrunk
 * (fewer units; for generated policies fewer criteria and features; smaller values) while it still
 * fails the same way, within {@link #shrinkBudget(int)} checks. An exception thrown by the
 * evaluation of a generated input is a failure too: the input was valid.
 *
 * <p>No test framework is needed: {@link AxiomReport#assertHolds()} throws an {@link
 * AssertionError}, which every framework reports. With JUnit 5:
 *
 * <pre>{@code
 * @Test
 * void policyObeysTheAxioms() {
 *     AxiomCheck.of(policy).using(Registry.builtIns().with(new MyRule())).check(Axioms.all()).assertHolds();
 * }
 * }</pre>
 *
 * <p>With a property-testing framework that generates its own inputs, check them one at a time
 * with {@link #checkInput(EvaluationInput, Axiom...)}, which shrinks alike; or turn the
 * generators into the framework's generators, as they only need a seed: with QuickTheories,
 * {@code longs().all().map(seed -> InputGenerator.defaults().next(policy, new
 * SplittableRandom(seed)))}.
 *
 * <p>Immutable and thread-safe; every setter returns a copy. The same settings and seed always
 * give the same report.
 */
public final class AxiomCheck {

    /** The seed of a run unless {@link #seed(long)} says otherwise. */
    public static final long DEFAULT_SEED = 20240101L;

    /** The number of trials unless {@link #trials(int)} says otherwise. */
    public static final int DEFAULT_TRIALS = 100;

    /** The most axiom checks spent shrinking one failure unless {@link #shrinkBudget(int)} says otherwise. */
    public static final int DEFAULT_SHRINK_BUDGET = 2000;

    private final Policy policy;
    private final PolicyGenerator policies;
    private final Registry registry;
    private final Scorer scorer;
    private final InputGenerator inputs;
    private final int trials;
    private final long seed;
    private final int shrinkBudget;

    private AxiomCheck(
            Policy policy,
            PolicyGenerator policies,
            Registry registry,
            Scorer scorer,
            InputGenerator inputs,
            int trials,
            long seed,
            int shrinkBudget) {
        this.policy = policy;
        this.policies = policies;
        this.registry = registry;
        this.scorer = scorer;
        this.inputs = inputs;
        this.trials = trials;
        this.seed = seed;
        this.shrinkBudget = shrinkBudget;
    }

    /**
     * Returns a check of one policy on generated inputs, with the built-in plug-ins, {@value
     * #DEFAULT_TRIALS} trials and seed {@value #DEFAULT_SEED}.
     *
     * @param policy the policy, not null
     * @return the check
     */
    public static AxiomCheck of(Policy policy) {
        return new AxiomCheck(
                requireNonNull(policy, "policy"),
                null,
                Registry.builtIns(),
                null,
                InputGenerator.defaults(),
                DEFAULT_TRIALS,
                DEFAULT_SEED,
                DEFAULT_SHRINK_BUDGET);
    }

    /**
     * Returns a check of generated policies (a new one per trial), for testing the engine or a
     * rule kind in many tables; a failure's policy is shrunk too (fewer criteria and features).
     *
     * @param policies the policy generator, not null
     * @return the check
     */
    public static AxiomCheck of(PolicyGenerator policies) {
        return new AxiomCheck(
                null,
                requireNonNull(policies, "policies"),
                Registry.builtIns(),
                null,
                InputGenerator.defaults(),
                DEFAULT_TRIALS,
                DEFAULT_SEED,
                DEFAULT_SHRINK_BUDGET);
    }

    /**
     * Returns a copy that evaluates with an {@link Evaluator} of this registry (unless a scorer is
     * given).
     *
     * @param registry the plug-ins, such as {@code Registry.builtIns().with(new MyRule())}; not null
     * @return the copy
     */
    public AxiomCheck using(Registry registry) {
        return new AxiomCheck(
                policy, policies, requireNonNull(registry, "registry"), scorer, inputs, trials, seed, shrinkBudget);
    }

    /**
     * Returns a copy that checks this scorer instead of the registry's evaluator: an application's
     * wrapper around the engine, or another implementation.
     *
     * @param scorer what evaluates, not null
     * @return the copy
     */
    public AxiomCheck scoredBy(Scorer scorer) {
        return new AxiomCheck(
                policy, policies, registry, requireNonNull(scorer, "scorer"), inputs, trials, seed, shrinkBudget);
    }

    /**
     * Returns a copy generating inputs with these settings (units, value ranges, indicators).
     *
     * @param inputs the input generator, not null
     * @return the copy
     */
    public AxiomCheck inputs(InputGenerator inputs) {
        return new AxiomCheck(
                policy, policies, registry, scorer, requireNonNull(inputs, "inputs"), trials, seed, shrinkBudget);
    }

    /**
     * Returns a copy running this many trials.
     *
     * @param trials 1 to 1,000,000
     * @return the copy
     * @throws ValidationException if out of range
     */
    public AxiomCheck trials(int trials) {
        return new AxiomCheck(
                policy,
                policies,
                registry,
                scorer,
                inputs,
                bounded("trials", trials, 1, 1_000_000),
                seed,
                shrinkBudget);
    }

    /**
     * Returns a copy whose run has this seed. Pass a new seed (such as {@code System.nanoTime()})
     * to explore further; the report prints the seed of every failed trial.
     *
     * @param seed any number
     * @return the copy
     */
    public AxiomCheck seed(long seed) {
        return new AxiomCheck(policy, policies, registry, scorer, inputs, trials, seed, shrinkBudget);
    }

    /**
     * Returns a copy spending at most this many axiom checks on shrinking each failure.
     *
     * @param checks 0 (no shrinking) to 1,000,000
     * @return the copy
     * @throws ValidationException if out of range
     */
    public AxiomCheck shrinkBudget(int checks) {
        return new AxiomCheck(
                policy,
                policies,
                registry,
                scorer,
                inputs,
                trials,
                seed,
                bounded("shrinkBudget", checks, 0, 1_000_000));
    }

    private static int bounded(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw ValidationException.invalid(
                    "AxiomCheck",
                    field,
                    value,
                    Text.of("ngoài phạm vi", "out of range"),
                    Text.of("từ " + min + " đến " + max, min + " to " + max));
        }
        return value;
    }

    private Scorer scorer() {
        return scorer != null ? scorer : Scorer.of(Evaluator.of(registry));
    }

    /**
     * Runs the trials and checks the axioms on each.
     *
     * @param axioms the axioms, at least one, not null
     * @return the report
     * @throws ValidationException if no axiom is given or two share a name
     */
    public AxiomReport check(Axiom... axioms) {
        return check(List.of(requireNonNull(axioms, "axioms")));
    }

    /**
     * Runs the trials and checks the axioms on each.
     *
     * @param axioms the axioms, at least one, not null
     * @return the report
     * @throws ValidationException if no axiom is given or two share a name
     */
    public AxiomReport check(List<Axiom> axioms) {
        List<Axiom> all = validated(axioms);
        Scorer s = scorer();
        List<Axiom> remaining = new ArrayList<>(all);
        List<AxiomFailure> failures = new ArrayList<>();
        int run = 0;
        for (int t = 0; t < trials && !remaining.isEmpty(); t++) {
            long trialSeed = Seeds.trial(seed, t);
            Shrinker.Case c = generate(trialSeed);
            run++;
            checkCase(c, t, trialSeed, s, remaining, failures);
        }
        return new AxiomReport(names(all), run, seed, false, order(failures, all));
    }

    /**
     * Runs exactly one trial again, from the seed a report gave for it, and checks the axioms on
     * it (shrinking a failure again).
     *
     * @param trialSeed the trial's seed, as in {@link AxiomFailure#trialSeed()}
     * @param axioms the axioms, at least one, not null
     * @return the report of that one trial
     * @throws ValidationException if no axiom is given or two share a name
     */
    public AxiomReport replay(long trialSeed, Axiom... axioms) {
        return replay(trialSeed, List.of(requireNonNull(axioms, "axioms")));
    }

    /**
     * Runs exactly one trial again, from the seed a report gave for it.
     *
     * @param trialSeed the trial's seed
     * @param axioms the axioms, at least one, not null
     * @return the report of that one trial
     * @throws ValidationException if no axiom is given or two share a name
     */
    public AxiomReport replay(long trialSeed, List<Axiom> axioms) {
        List<Axiom> all = validated(axioms);
        List<AxiomFailure> failures = new ArrayList<>();
        checkCase(generate(trialSeed), 0, trialSeed, scorer(), new ArrayList<>(all), failures);
        return new AxiomReport(names(all), 1, trialSeed, true, order(failures, all));
    }

    /**
     * Checks the axioms on one input of the policy, such as an input another framework generated,
     * shrinking a failure; the axioms' random choices use this check's {@link #seed(long)}.
     *
     * @param input the input, not null
     * @param axioms the axioms, at least one, not null
     * @return the report of that one input
     * @throws ValidationException if this check generates its policies instead of having one
     * @throws ValidationException if no axiom is given or two share a name
     */
    public AxiomReport checkInput(EvaluationInput input, Axiom... axioms) {
        return checkInput(input, List.of(requireNonNull(axioms, "axioms")));
    }

    /**
     * Checks the axioms on one input of the policy, shrinking a failure.
     *
     * @param input the input, not null
     * @param axioms the axioms, at least one, not null
     * @return the report of that one input
     * @throws ValidationException if this check generates its policies instead of having one
     * @throws ValidationException if no axiom is given or two share a name
     */
    public AxiomReport checkInput(EvaluationInput input, List<Axiom> axioms) {
        requireNonNull(input, "input");
        if (policy == null) {
            throw ValidationException.invalid(
                    "AxiomCheck",
                    "policy",
                    null,
                    Text.of(
                            "kiểm tra một đầu vào cần một quy chế, không phải bộ sinh quy chế",
                            "checking one input needs a policy, not a policy generator"),
                    Text.of("AxiomCheck.of(policy).checkInput(...)", "AxiomCheck.of(policy).checkInput(...)"));
        }
        List<Axiom> all = validated(axioms);
        List<AxiomFailure> failures = new ArrayList<>();
        checkCase(new Shrinker.Case(policy, input), 0, seed, scorer(), new ArrayList<>(all), failures);
        return new AxiomReport(names(all), 1, seed, true, order(failures, all));
    }

    private Shrinker.Case generate(long trialSeed) {
        SplittableRandom random = new SplittableRandom(trialSeed);
        try {
            Policy p = policy != null ? policy : policies.next(random);
            return new Shrinker.Case(p, inputs.next(p, random));
        } catch (RuntimeException e) {
            // Not a violation: the generators could not make a valid case (such as a custom kind
            // whose parameters its rule rejects). The seed lets the caller reproduce it.
            throw new IllegalStateException(
                    "generating the trial of seed " + trialSeed + " failed: " + e.getMessage(), e);
        }
    }

    private void checkCase(
            Shrinker.Case c, int index, long trialSeed, Scorer s, List<Axiom> remaining, List<AxiomFailure> failures) {
        Trial trial = Trial.of(c.policy(), c.input(), s, trialSeed);
        for (Axiom axiom : List.copyOf(remaining)) {
            Optional<Violation> v = Shrinker.check(axiom, trial);
            if (v.isEmpty()) {
                continue;
            }
            remaining.remove(axiom);
            Shrinker.Result shrunk = new Shrinker(axiom, s, trialSeed, policy == null, shrinkBudget).shrink(c, v.get());
            failures.add(new AxiomFailure(
                    axiom.name(),
                    index,
                    trialSeed,
                    new Counterexample(c.policy(), c.input()),
                    new Counterexample(shrunk.shrunk().policy(), shrunk.shrunk().input()),
                    shrunk.violation(),
                    shrunk.steps()));
        }
    }

    private static List<Axiom> validated(List<Axiom> axioms) {
        requireNonNull(axioms, "axioms");
        if (axioms.isEmpty()) {
            throw ValidationException.invalid(
                    "AxiomCheck",
                    "axioms",
                    0,
                    Text.of("không có tiên đề nào để kiểm tra", "no axiom to check"),
                    Text.of("ít nhất một tiên đề, như Axioms.all()", "at least one axiom, such as Axioms.all()"));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < axioms.size(); i++) {
            Axiom a = requireNonNull(axioms.get(i), "axiom");
            if (names.contains(a.name())) {
                throw ValidationException.invalid(
                        "AxiomCheck",
                        "axioms[" + i + "].name",
                        a.name(),
                        Text.of(
                                "trùng tên với axioms[" + names.indexOf(a.name()) + "]",
                                "repeats axioms[" + names.indexOf(a.name()) + "]"),
                        Text.of("mỗi tên một lần", "each name once"));
            }
            names.add(a.name());
        }
        return List.copyOf(axioms);
    }

    private static List<String> names(List<Axiom> axioms) {
        return axioms.stream().map(Axiom::name).toList();
    }

    private static List<AxiomFailure> order(List<AxiomFailure> failures, List<Axiom> axioms) {
        List<AxiomFailure> out = new ArrayList<>();
        for (Axiom a : axioms) {
            failures.stream().filter(f -> f.axiom().equals(a.name())).forEach(out::add);
        }
        return out;
    }
}
