package io.github.thidua.scoring.spi;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of counting a vote: who is elected (best first), the tally of each round, and, when
 * the ballots did not decide, who must.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * String who = outcome.decided() ? "" : outcome.decider().orElseThrow().vi();
 * }</pre>
 */
@Value.Immutable
public abstract class VoteOutcome {

    VoteOutcome() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the elected candidates, best first.
     *
     * @return the elected, empty when nobody reached the threshold
     */
    public abstract List<Id> elected();

    /**
     * Returns the votes each candidate received, per round (first round first).
     *
     * @return for each round held, the count per candidate
     */
    public abstract List<Map<Id, Integer>> tallies();

    /**
     * Tells whether the ballots decided the vote.
     *
     * @return false when the decision falls to {@link #decider()}
     */
    public abstract boolean decided();

    /**
     * Returns who decides when the ballots did not, such as "Cụm trưởng và Cụm phó".
     *
     * @return the decider, present when {@link #decided()} is false
     */
    public abstract Optional<Text> decider();

    /**
     * Returns how the vote was counted.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();

    /** Builds a {@link VoteOutcome}; {@code decided} and the explanation are required. */
    public static final class Builder extends ImmutableVoteOutcome.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
