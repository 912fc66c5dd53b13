package io.github.thidua.scoring.spi;

import io.github.thidua.core.Vote;

/**
 * Counts a {@link Vote}: approval with a threshold, plurality, Schulze for ranked ballots, or a
 * method a developer plugs in by name.
 *
 * <pre>{@code
 * VoteOutcome outcome = method.count(vote, Parameters.of(Map.of("threshold", "0.5")));
 * }</pre>
 */
public interface VoteMethod extends Plugin {

    /**
     * Counts the ballots of a vote.
     *
     * @param vote the vote, not null
     * @param parameters the method's parameters, not null
     * @return who is elected, the tallies and the explanation
     */
    VoteOutcome count(Vote vote, Parameters parameters);
}
