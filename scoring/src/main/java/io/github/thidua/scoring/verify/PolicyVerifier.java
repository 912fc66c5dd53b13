package io.github.thidua.scoring.verify;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationException;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import java.util.Locale;

/**
 * Proves in a few lines that a policy does what its regulation says: evaluate a small cluster
 * with it, then check a criterion's points, a subtotal, a total, a band, a rank and the
 * tie-breaker that decided it, a vote, an award proposal, a quota cut, an eligibility failure or
 * a cash amount. A check that does not hold throws a {@link VerificationFailure} (an {@link
 * AssertionError}) that shows the expected and actual values with the explanation of the result.
 * It needs no test framework.
 *
 * <pre>{@code
 * PolicyVerifier verifier = PolicyVerifier.of(policy); // seed 000's, examples/data/2-cum-1-tay-bac-2023
 * verifier.given(verifier.cluster("dien-bien", "son-la")
 *                 .target("dien-bien", "I.1", "150").value("dien-bien", "I.1", "180")
 *                 .target("son-la", "I.1", "200").value("son-la", "I.1", "230"))
 *         .unit("dien-bien").criterion("I.1").hasPoints("40").hasRank(1)
 *         .unit("son-la").criterion("I.1").hasPoints("35");
 * }</pre>
 *
 * <p>Built-in plug-ins are used unless {@link #using(Registry)} says otherwise; messages are in
 * English unless {@link #inLanguage(Locale)} asks for Vietnamese. Immutable and thread-safe.
 */
public final class PolicyVerifier {

    private final Policy policy;
    private final Evaluator evaluator;
    private final Locale language;

    private PolicyVerifier(Policy policy, Evaluator evaluator, Locale language) {
        this.policy = policy;
        this.evaluator = evaluator;
        this.language = language;
    }

    /**
     * Returns a verifier of a policy, with the built-in plug-ins and English messages.
     *
     * @param policy the policy, not null
     * @return the verifier
     */
    public static PolicyVerifier of(Policy policy) {
        return new PolicyVerifier(requireNonNull(policy, "policy"), Evaluator.of(Registry.builtIns()), Locale.ENGLISH);
    }

    /**
     * Returns a copy that finds rule kinds, tie-breakers, vote methods and eligibility checks in
     * this registry, such as {@code Registry.builtIns().with(new MyRule())}.
     *
     * @param registry the plug-ins, not null
     * @return the copy
     */
    public PolicyVerifier using(Registry registry) {
        return new PolicyVerifier(policy, Evaluator.of(requireNonNull(registry, "registry")), language);
    }

    /**
     * Returns a copy whose failure messages are in this language: Vietnamese for {@code vi}
     * ({@link io.github.thidua.core.Text#VIETNAMESE}), English for any other.
     *
     * @param locale the language, not null
     * @return the copy
     */
    public PolicyVerifier inLanguage(Locale locale) {
        return new PolicyVerifier(policy, evaluator, requireNonNull(locale, "locale"));
    }

    /**
     * Returns the policy verified.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Returns the registry of plug-ins the policy is evaluated with.
     *
     * @return the registry
     */
    public Registry registry() {
        return evaluator.registry();
    }

    /**
     * Returns the language of failure messages.
     *
     * @return the locale
     */
    public Locale language() {
        return language;
    }

    /**
     * Returns a small cluster of these members whose calls are checked against the policy's table
     * at once: an unknown criterion fails the call that names it.
     *
     * @param units the member ids, at least two, each a valid id and given once
     * @return the small cluster
     * @throws ValidationException if fewer than two ids are given, or an id is null, invalid or repeated
     */
    public SmallCluster cluster(String... units) {
        return SmallCluster.of(policy, units);
    }

    /**
     * Evaluates a small cluster with the policy, once, and returns the checks on its result.
     *
     * @param cluster the small cluster, not null
     * @return the checks
     * @throws ValidationException if the cluster's inputs do not fit the policy
     * @throws EvaluationException if the engine cannot evaluate them
     */
    public Verification given(SmallCluster cluster) {
        return given(requireNonNull(cluster, "cluster").toInput(policy));
    }

    /**
     * Evaluates any input with the policy, once, and returns the checks on its result: a cluster
     * read from documents, or a small cluster's input adjusted by hand.
     *
     * @param input the covenant, sheets and other inputs, not null
     * @return the checks
     * @throws ValidationException if the input does not fit the policy
     * @throws EvaluationException if the engine cannot evaluate it
     */
    public Verification given(EvaluationInput input) {
        requireNonNull(input, "input");
        Evaluation evaluation = evaluator.evaluate(policy, input);
        return new Verification(policy, input, evaluation, language, null);
    }
}
