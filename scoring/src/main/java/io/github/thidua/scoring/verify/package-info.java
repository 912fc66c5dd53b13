/**
 * The verifier for rule authors: prove in a few lines, with no test framework, that a policy does
 * what its regulation says.
 *
 * <p>Start with {@link io.github.thidua.scoring.verify.PolicyVerifier}: build a {@link
 * io.github.thidua.scoring.verify.SmallCluster} in a few terse calls, evaluate it once with
 * {@code given}, and check points, subtotals, totals, bands, ranks and the tie-breaker that decided,
 * votes, award proposals, quota cuts, eligibility failures and cash. A check that does not hold
 * throws a {@link io.github.thidua.scoring.verify.VerificationFailure}, an {@link AssertionError}
 * whose message gives the expected and actual values and the explanation of the result, in English
 * or Vietnamese.
 *
 * <pre>{@code
 * PolicyVerifier verifier = PolicyVerifier.of(policy); // seed 000's, examples/data/2-cum-1-tay-bac-2023
 * SmallCluster cluster = verifier.cluster("dien-bien", "son-la", "lai-chau")
 *         .target("dien-bien", "I.1", "150").value("dien-bien", "I.1", "180")
 *         .target("son-la", "I.1", "200").value("son-la", "I.1", "230")
 *         .target("lai-chau", "I.1", "100").value("lai-chau", "I.1", "100")
 *         .achievedByAll("I.2", "II.1", "II.2")
 *         .deduction("lai-chau", "D", 2);
 * verifier.given(cluster)
 *         .unit("dien-bien").criterion("I.1").hasPoints("40").hasRank(1)
 *         .unit("son-la").criterion("I.1").hasPoints("35")
 *         .unit("lai-chau").criterion("D").hasPoints("-1").hasBand("completed");
 * }</pre>
 *
 * <p>{@code SmallCluster}, {@code PolicyVerifier} and {@code Verification} are immutable and
 * thread-safe; the assertion objects are meant for one test's thread.
 */
package io.github.thidua.scoring.verify;
