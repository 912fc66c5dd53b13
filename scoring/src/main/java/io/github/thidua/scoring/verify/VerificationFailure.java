package io.github.thidua.scoring.verify;

import java.util.List;
import java.util.Optional;

/**
 * A check of a {@link Verification} that did not hold: what was checked, the value expected, the
 * value the engine produced and the part of the explanation that says why.
 *
 * <p>An {@link AssertionError}, so that JUnit, TestNG or any other framework reports it as a
 * failed assertion. The message is in the verifier's language ({@link
 * PolicyVerifier#inLanguage(java.util.Locale)}), English by default:
 *
 * <pre>{@code
 * Unit lao-cai, criterion II.2: expected points 15, actual 0.
 * Why:
 *   II.2 Giáo dục truyền thống cho thế hệ trẻ: 0 / 15 points (criterion: II.2, kind: qualitative)
 *     Not achieved: 15 × 0 = 0 (achieved: false, max: 15, fractionIfNotAchieved: 0)
 * }</pre>
 *
 * <p>A failure of {@link Verification#softly(java.util.function.Consumer)} gathers every failed
 * check; {@link #failures()} lists them.
 */
public final class VerificationFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String expected;
    private final String actual;
    private final String explanation;
    private final transient List<VerificationFailure> failures;

    VerificationFailure(String subject, String expected, String actual, String explanation, String message) {
        super(message);
        this.subject = subject;
        this.expected = expected;
        this.actual = actual;
        this.explanation = explanation;
        this.failures = List.of(this);
    }

    VerificationFailure(List<VerificationFailure> failures, String message) {
        super(message);
        this.subject = failures.get(0).subject;
        this.expected = failures.get(0).expected;
        this.actual = failures.get(0).actual;
        this.explanation = failures.get(0).explanation;
        this.failures = List.copyOf(failures);
        failures.forEach(this::addSuppressed);
    }

    /**
     * Returns what was checked, such as "Unit lao-cai, criterion II.2: points".
     *
     * @return the subject, in the verifier's language (the first failure's, for several)
     */
    public String subject() {
        return subject;
    }

    /**
     * Returns the value expected, as written for the message, such as {@code 15}.
     *
     * @return the expected value (the first failure's, for several)
     */
    public String expected() {
        return expected;
    }

    /**
     * Returns the value the engine produced, such as {@code 0}, or what was found instead.
     *
     * @return the actual value (the first failure's, for several)
     */
    public String actual() {
        return actual;
    }

    /**
     * Returns the explanation shown with the failure, rendered in the verifier's language.
     *
     * @return the explanation, or empty when none applies (the first failure's, for several)
     */
    public Optional<String> explanation() {
        return Optional.ofNullable(explanation);
    }

    /**
     * Returns the failed checks this failure reports: itself, or every check that failed in a
     * {@link Verification#softly(java.util.function.Consumer)} block.
     *
     * @return the failures, in the order the checks ran, at least one
     */
    public List<VerificationFailure> failures() {
        return failures == null ? List.of(this) : failures;
    }
}
