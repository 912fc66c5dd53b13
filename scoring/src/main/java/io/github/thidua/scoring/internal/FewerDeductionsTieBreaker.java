package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.TieBreaker;

/**
 * Puts the unit with fewer points deducted first ({@code fewer-deductions}); takes no parameters.
 *
 * <p>Compares the magnitude of each unit's deductions ({@link Candidate#deductions()}, zero when
 * none). Stateless and thread-safe.
 *
 * <pre>{@code
 * new FewerDeductionsTieBreaker().compare(a, b, Parameters.none());
 * }</pre>
 */
public final class FewerDeductionsTieBreaker implements TieBreaker {

    /** The stable name. */
    public static final String NAME = "fewer-deductions";

    /** Creates the tie-breaker. */
    public FewerDeductionsTieBreaker() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return Text.of("ít điểm trừ hơn", "fewer points deducted");
    }

    @Override
    public int compare(Candidate a, Candidate b, Parameters parameters) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        requireNonNull(parameters, "parameters");
        // Fewer deducted points first.
        return a.deductions().abs().compareTo(b.deductions().abs());
    }

    @Override
    public Text describe(Candidate candidate, Parameters parameters) {
        requireNonNull(candidate, "candidate");
        requireNonNull(parameters, "parameters");
        String points = candidate.deductions().abs().toString();
        return Text.of("bị trừ " + points + " điểm", points + " points deducted");
    }
}
