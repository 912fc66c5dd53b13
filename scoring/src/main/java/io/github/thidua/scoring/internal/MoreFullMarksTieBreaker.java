package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.TieBreaker;

/**
 * Puts the unit with more criteria at full marks first ({@code more-full-marks}); takes no
 * parameters.
 *
 * <p>Compares {@link Candidate#fullMarks()}. Stateless and thread-safe.
 *
 * <pre>{@code
 * new MoreFullMarksTieBreaker().compare(a, b, Parameters.none());
 * }</pre>
 */
public final class MoreFullMarksTieBreaker implements TieBreaker {

    /** The stable name. */
    public static final String NAME = "more-full-marks";

    /** Creates the tie-breaker. */
    public MoreFullMarksTieBreaker() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return Text.of("nhiều tiêu chí đạt điểm tối đa hơn", "more criteria at full marks");
    }

    @Override
    public int compare(Candidate a, Candidate b, Parameters parameters) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        requireNonNull(parameters, "parameters");
        // More full marks first.
        return Integer.compare(b.fullMarks(), a.fullMarks());
    }

    @Override
    public Text describe(Candidate candidate, Parameters parameters) {
        requireNonNull(candidate, "candidate");
        requireNonNull(parameters, "parameters");
        int n = candidate.fullMarks();
        return Text.of(n + " tiêu chí đạt điểm tối đa", n + (n == 1 ? " criterion" : " criteria") + " at full marks");
    }
}
