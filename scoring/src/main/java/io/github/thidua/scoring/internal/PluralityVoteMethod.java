package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Ballot;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.VoteMethod;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plurality ({@code plurality}): the candidate with the most support in the last round held wins.
 *
 * <p>Support is every approval, and the first choice of a ranking ballot. Every round held is
 * tallied, but only the last one decides. A tie for the most support, or nobody supported at
 * all, leaves the vote undecided and names the decider. Parameters: {@code written}, {@code
 * decider.vi}, {@code decider.en} (see {@link BuiltInVoteMethods}). Stateless and thread-safe.
 *
 * <pre>{@code
 * VoteOutcome outcome = new PluralityVoteMethod().count(vote, Parameters.none());
 * }</pre>
 */
final class PluralityVoteMethod implements VoteMethod {

    static final String NAME = "plurality";

    private static final Set<String> KNOWN =
            Set.of(BuiltInVoteMethods.WRITTEN, BuiltInVoteMethods.DECIDER_VI, BuiltInVoteMethods.DECIDER_EN);
    private static final Text LABEL = Text.of("Đa số tương đối", "Plurality");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return LABEL;
    }

    @Override
    public void validate(Parameters parameters) {
        requireNonNull(parameters, "parameters");
        BuiltInVoteMethods.rejectUnknown(NAME, parameters, KNOWN);
        BuiltInVoteMethods.countsWritten(NAME, parameters);
        BuiltInVoteMethods.decider(NAME, parameters);
    }

    @Override
    public VoteOutcome count(Vote vote, Parameters parameters) {
        requireNonNull(vote, "vote");
        validate(parameters);
        boolean written = BuiltInVoteMethods.countsWritten(NAME, parameters);
        Text decider = BuiltInVoteMethods.decider(NAME, parameters);
        List<Map<Id, Integer>> tallies = new ArrayList<>();
        List<Explanation> steps = new ArrayList<>();
        for (int round = 1; round <= vote.rounds(); round++) {
            List<Ballot> ballots = BuiltInVoteMethods.counted(vote, round, written);
            Map<Id, Integer> tally = BuiltInVoteMethods.support(vote, ballots);
            tallies.add(tally);
            String counts = BuiltInVoteMethods.render(tally);
            steps.add(Explanation.builder()
                    .key("vote.plurality.round")
                    .text(Text.of(
                            "Vòng " + round + ": " + ballots.size() + " phiếu được tính; " + counts,
                            "Round " + round + ": " + ballots.size() + " ballot(s) counted; " + counts))
                    .putInputs("round", Integer.toString(round))
                    .build());
        }
        int last = vote.rounds();
        Map<Id, Integer> tally = last == 0 ? Map.of() : tallies.get(last - 1);
        int most = tally.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Id> leaders = vote.candidates().stream()
                .filter(c -> most > 0 && tally.get(c) == most)
                .toList();
        VoteOutcome.Builder outcome = VoteOutcome.builder().addAllTallies(tallies);
        Text summary;
        if (leaders.size() == 1) {
            Id winner = leaders.get(0);
            outcome.addElected(winner).decided(true);
            summary = Text.of(
                    "Đa số tương đối, vòng " + last + ": " + winner + " nhiều phiếu nhất (" + most + ") → trúng",
                    "Plurality, round " + last + ": " + winner + " has the most support (" + most + ") → elected");
        } else {
            outcome.decided(false).decider(decider);
            String tied = String.join(", ", leaders.stream().map(Id::value).toList());
            summary = leaders.isEmpty()
                    ? Text.of(
                            "Đa số tương đối: không ai được phiếu nào → " + decider.vi() + " quyết định",
                            "Plurality: nobody was supported → " + decider.en() + " decide")
                    : Text.of(
                            "Đa số tương đối, vòng " + last + ": " + tied + " bằng phiếu (" + most + ") → "
                                    + decider.vi() + " quyết định",
                            "Plurality, round " + last + ": " + tied + " tied (" + most + ") → " + decider.en()
                                    + " decide");
        }
        return outcome.explanation(Explanation.builder()
                        .key("vote.plurality")
                        .text(summary)
                        .putInputs("written", written ? "count" : "ignore")
                        .addAllChildren(steps)
                        .build())
                .build();
    }
}
