package io.github.thidua.scoring.spi;

import io.github.thidua.core.Explanation;
import org.immutables.value.Value;

/**
 * Whether a recipient meets one eligibility standard, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EligibilityOutcome.of(false, explanation);
 * }</pre>
 */
@Value.Immutable
public abstract class EligibilityOutcome {

    EligibilityOutcome() {}

    /**
     * Returns an outcome.
     *
     * @param eligible whether the standard is met
     * @param explanation why, not null
     * @return the outcome
     */
    public static EligibilityOutcome of(boolean eligible, Explanation explanation) {
        return ImmutableEligibilityOutcome.builder()
                .eligible(eligible)
                .explanation(explanation)
                .build();
    }

    /**
     * Tells whether the standard is met.
     *
     * @return true when met
     */
    public abstract boolean eligible();

    /**
     * Returns why.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();
}
