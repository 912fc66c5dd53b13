package io.github.thidua.scoring.spi;

/**
 * A named eligibility standard of an award: a share of a collective's members holding a title,
 * a chain of consecutive years of an award, an exclusion while discipline or an investigation is
 * pending.
 *
 * <pre>{@code
 * EligibilityOutcome o = check.check(input, Parameters.of(Map.of("award", "grassroots-emulation-fighter", "years", "3")));
 * }</pre>
 */
public interface EligibilityCheck extends Plugin {

    /**
     * Checks one recipient against the standard.
     *
     * @param input the recipient, the award and what is known of them, not null
     * @param parameters the standard's parameters, not null
     * @return whether the recipient meets it, with the explanation
     */
    EligibilityOutcome check(EligibilityInput input, Parameters parameters);
}
