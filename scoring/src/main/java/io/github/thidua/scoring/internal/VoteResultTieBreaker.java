package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.TieBreaker;

/**
 * Puts the unit with more votes first ({@code vote-result}); takes no parameters.
 *
 * <p>Compares {@link Candidate#votes()}. When either unit has no vote result, this link cannot
 * separate them (it compares 0), and the engine leaves a tie that it cannot order consistently to
 * the next link. Stateless and thread-safe.
 *
 * <pre>{@code
 * new VoteResultTieBreaker().compare(a, b, Parameters.none());
 * }</pre>
 */
public final class VoteResultTieBreaker implements TieBreaker {

    /** The stable name. */
    public static final String NAME = "vote-result";

    /** Creates the tie-breaker. */
    public VoteResultTieBreaker() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return Text.of("nhiều phiếu bầu hơn", "more votes");
    }

    @Override
    public int compare(Candidate a, Candidate b, Parameters parameters) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        requireNonNull(parameters, "parameters");
        if (a.votes().isEmpty() || b.votes().isEmpty()) {
            return 0;
        }
        // More votes first.
        return Integer.compare(b.votes().getAsInt(), a.votes().getAsInt());
    }

    @Override
    public Text describe(Candidate candidate, Parameters parameters) {
        requireNonNull(candidate, "candidate");
        requireNonNull(parameters, "parameters");
        if (candidate.votes().isEmpty()) {
            return Text.of("không có kết quả bỏ phiếu", "no vote result");
        }
        int n = candidate.votes().getAsInt();
        return Text.of(n + " phiếu", n + (n == 1 ? " vote" : " votes"));
    }
}
