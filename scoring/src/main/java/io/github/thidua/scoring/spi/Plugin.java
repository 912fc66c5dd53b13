package io.github.thidua.scoring.spi;

import io.github.thidua.core.Text;

/**
 * Something a policy names by a stable name: a rule kind, a tie-breaker, a vote method, an
 * eligibility check.
 *
 * <p>Names are lower-case ASCII words joined by hyphens ({@code leader-relative}, {@code
 * group-subtotal}); they never change once published, because policies and documents store them.
 * Implementations are stateless and thread-safe; parameters arrive with each call.
 */
public interface Plugin {

    /**
     * Returns the stable name.
     *
     * @return 2 to 64 characters: {@code [a-z][a-z0-9-]*}
     */
    String name();

    /**
     * Returns what the plug-in does, for explanations.
     *
     * @return the label in Vietnamese and English
     */
    Text label();

    /**
     * Checks the parameters a policy gives this plug-in, when the policy is built, so that a bad
     * parameter fails before any unit is scored.
     *
     * @param parameters the parameters, not null
     * @throws io.github.thidua.core.ValidationException if a parameter is missing or invalid
     */
    default void validate(Parameters parameters) {}
}
