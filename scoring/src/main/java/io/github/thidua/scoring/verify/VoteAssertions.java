package io.github.thidua.scoring.verify;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks on the outcome of one vote: who was elected, whether the ballots decided, how many
 * votes a candidate received in the last round counted. Each check returns this object; {@link
 * #unit(String)} and {@link #vote(String)} move on to another subject.
 *
 * <pre>{@code
 * verification.vote("cum-truong-2025").elected("son-la").hasVotes("son-la", 4);
 * }</pre>
 *
 * <p>A failed check throws a {@link VerificationFailure} showing how the vote was counted.
 */
public final class VoteAssertions {

    private final Verification verification;
    private final Id vote;
    private final VoteOutcome outcome;

    VoteAssertions(Verification verification, Id vote, VoteOutcome outcome) {
        this.verification = verification;
        this.vote = vote;
        this.outcome = outcome;
    }

    /**
     * Checks who was elected: exactly these candidates, in any order.
     *
     * @param candidate an elected candidate; not null
     * @param more the other elected candidates, if any
     * @return these checks, for more
     * @throws VerificationFailure if others, more or fewer were elected; shows the count
     */
    public VoteAssertions elected(String candidate, String... more) {
        requireNonNull(candidate, "candidate");
        requireNonNull(more, "more");
        Set<String> expected = new TreeSet<>();
        expected.add(candidate);
        expected.addAll(Arrays.asList(more));
        return electedExactly(expected);
    }

    /**
     * Checks that nobody was elected.
     *
     * @return these checks, for more
     * @throws VerificationFailure if someone was; shows the count
     */
    public VoteAssertions electedNobody() {
        return electedExactly(Set.of());
    }

    private VoteAssertions electedExactly(Set<String> expected) {
        if (outcome == null) {
            return this;
        }
        Set<String> actual = outcome.elected().stream().map(Id::value).collect(Collectors.toCollection(TreeSet::new));
        if (!actual.equals(expected)) {
            fail(Text.of("người trúng cử", "elected"), names(expected), names(actual));
        }
        return this;
    }

    /**
     * Checks that the ballots did not decide, so the decision falls to the vote's decider (for a
     * flag, the cluster head and deputy).
     *
     * @return these checks, for more
     * @throws VerificationFailure if the ballots decided; shows the count
     */
    public VoteAssertions undecided() {
        if (outcome != null && outcome.decided()) {
            fail(
                    Text.of("kết quả", "outcome"),
                    Text.of("chưa quyết định được", "undecided").in(language()),
                    Text.of("đã quyết định", "decided").in(language()));
        }
        return this;
    }

    /**
     * Checks that the ballots decided the vote.
     *
     * @return these checks, for more
     * @throws VerificationFailure if they did not; shows the count and the decider
     */
    public VoteAssertions decided() {
        if (outcome != null && !outcome.decided()) {
            String decider = outcome.decider().map(d -> d.in(language())).orElse("—");
            fail(
                    Text.of("kết quả", "outcome"),
                    Text.of("đã quyết định", "decided").in(language()),
                    Text.of("chưa quyết định được, chờ " + decider, "undecided, left to " + decider)
                            .in(language()));
        }
        return this;
    }

    /**
     * Checks how many votes a candidate received in the last round counted.
     *
     * @param candidate the candidate; not null
     * @param votes the number of votes, 0 or more
     * @return these checks, for more
     * @throws VerificationFailure if the count differs; shows the count
     */
    public VoteAssertions hasVotes(String candidate, int votes) {
        requireNonNull(candidate, "candidate");
        if (outcome == null) {
            return this;
        }
        Map<Id, Integer> last = outcome.tallies().isEmpty()
                ? Map.of()
                : outcome.tallies().get(outcome.tallies().size() - 1);
        int actual = last.entrySet().stream()
                .filter(e -> e.getKey().value().equals(candidate))
                .mapToInt(Map.Entry::getValue)
                .findFirst()
                .orElse(0);
        if (actual != votes) {
            fail(
                    Text.of(
                            "số phiếu của " + candidate + " ở vòng cuối",
                            "votes for " + candidate + " in the last round"),
                    String.valueOf(votes),
                    String.valueOf(actual));
        }
        return this;
    }

    /**
     * Moves on to a unit; the same as {@link Verification#unit(String)}.
     *
     * @param unit a unit id of the result, not null
     * @return the checks on that unit
     * @throws VerificationFailure if the result has no such unit
     */
    public UnitAssertions unit(String unit) {
        return verification.unit(unit);
    }

    /**
     * Moves on to another vote; the same as {@link Verification#vote(String)}.
     *
     * @param vote a vote id of the input, not null
     * @return the checks on that vote
     * @throws VerificationFailure if no vote has that id
     */
    public VoteAssertions vote(String vote) {
        return verification.vote(vote);
    }

    private java.util.Locale language() {
        return verification.language();
    }

    private String names(Set<String> ids) {
        return ids.isEmpty() ? Text.of("không ai", "nobody").in(language()) : String.join(", ", ids);
    }

    private void fail(Text what, String expected, String actual) {
        verification.fail(Wording.failure(
                language(),
                Text.of("Cuộc bỏ phiếu " + vote.value(), "Vote " + vote.value()),
                what,
                expected,
                actual,
                null,
                outcome.explanation()));
    }
}
