/**
 * The property kit for rule authors: seeded generators of policies and inputs, ready-made axioms
 * a policy must keep, and a runner that shrinks a failure to a minimal counterexample and reports
 * the seed that replays it. No test framework is needed; everything is built on {@link
 * java.util.random.RandomGenerator}.
 *
 * <p>Start with {@link io.github.thidua.scoring.axioms.AxiomCheck}:
 *
 * <pre>{@code
 * AxiomReport report = AxiomCheck.of(policy)
 *         .using(Registry.builtIns().with(new MyRule()))
 *         .trials(200)
 *         .seed(42)
 *         .check(Axioms.all());
 * report.assertHolds(); // an AssertionError naming the axiom, the shrunk counterexample and its seed
 * }</pre>
 *
 * <p>{@link io.github.thidua.scoring.axioms.Axioms} holds the laws (order independence, renaming
 * units, monotonicity, caps, quotas, determinism, explanations summing to totals); {@link
 * io.github.thidua.scoring.axioms.Axiom#of} adds one's own. {@link
 * io.github.thidua.scoring.axioms.InputGenerator} and {@link
 * io.github.thidua.scoring.axioms.PolicyGenerator} generate the data, the same data for the same
 * seed, always, and can feed any property-testing framework. All types here are immutable and
 * thread-safe.
 */
package io.github.thidua.scoring.axioms;
