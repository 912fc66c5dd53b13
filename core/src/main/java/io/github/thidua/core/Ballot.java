package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * One voter's ballot in one round of a {@link Vote}: either the candidates the voter approves
 * (phiếu tán thành) or a ranking of candidates, best first; never both.
 *
 * <p>A ballot with neither approvals nor a ranking is a <em>blank ballot</em>: the voter took
 * part but supported nobody (an abstention). It counts as cast, so it matters for thresholds
 * taken over the whole membership, and it fits both approval and ranking votes. Candidates in a
 * ballot are unique. Immutable and thread-safe.
 *
 * <pre>{@code
 * Ballot ballot = Ballot.builder()
 *         .voter(Id.of("ha-giang"))
 *         .round(1)
 *         .mode(BallotMode.IN_PERSON)
 *         .addApprovals(Id.of("yen-bai"))
 *         .build();
 * ballot.isApproval(); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Ballot {

    Ballot() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the member who cast the ballot.
     *
     * @return the voter's id
     */
    public abstract Id voter();

    /**
     * Returns the round the ballot was cast in.
     *
     * @return the round, 1 or more
     */
    public abstract int round();

    /**
     * Returns how the ballot was cast.
     *
     * @return in person or in writing
     */
    public abstract BallotMode mode();

    /**
     * Returns the candidates the voter approves, for an approval ballot.
     *
     * @return unique candidate ids, in the order given; empty for a ranking or blank ballot
     */
    public abstract List<Id> approvals();

    /**
     * Returns the candidates ranked by the voter, best first, for a ranking ballot.
     *
     * @return unique candidate ids, best first; empty for an approval or blank ballot
     */
    public abstract List<Id> ranking();

    /**
     * Tells whether this ballot approves one or more candidates.
     *
     * @return true for an approval ballot
     */
    public boolean isApproval() {
        return !approvals().isEmpty();
    }

    /**
     * Tells whether this ballot ranks one or more candidates.
     *
     * @return true for a ranking ballot
     */
    public boolean isRanking() {
        return !ranking().isEmpty();
    }

    /**
     * Tells whether this ballot supports nobody (an abstention).
     *
     * @return true when both approvals and ranking are empty
     */
    public boolean isBlank() {
        return approvals().isEmpty() && ranking().isEmpty();
    }

    /**
     * Returns the candidates this ballot names: its approvals or its ranking.
     *
     * @return the candidates, empty for a blank ballot
     */
    public List<Id> choices() {
        return isRanking() ? ranking() : approvals();
    }

    @Value.Check
    final void check() {
        Checks.atLeast("Ballot", "round", round(), 1);
        if (isApproval() && isRanking()) {
            throw ValidationException.invalid(
                    "Ballot",
                    "ranking",
                    ranking(),
                    Text.of("phiếu vừa tán thành vừa xếp thứ tự", "given together with approvals"),
                    Text.of(
                            "danh sách tán thành hoặc thứ tự xếp hạng, không cả hai",
                            "either approvals or a ranking, never both"));
        }
        Checks.unique("Ballot", "approvals", approvals(), a -> a, "");
        Checks.unique("Ballot", "ranking", ranking(), r -> r, "");
    }

    /** Builds a {@link Ballot}; voter, round and mode are required. */
    public static final class Builder extends ImmutableBallot.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
