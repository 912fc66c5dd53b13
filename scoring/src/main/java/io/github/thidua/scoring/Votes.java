package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.internal.BuiltInVoteMethods;
import io.github.thidua.scoring.spi.VoteMethod;
import io.github.thidua.scoring.spi.VoteOutcome;

/**
 * Counts a {@link Vote} with one of thidua's built-in vote methods: {@code approval} (a share of
 * the membership, up to two rounds), {@code plurality} and {@code schulze}.
 *
 * <pre>{@code
 * VoteOutcome outcome = Votes.count(vote, VoteRules.of("approval", Parameters.of(Map.of("threshold", "0.8"))));
 * String who = outcome.decided() ? "" : outcome.decider().orElseThrow().vi(); // Cụm trưởng và Cụm phó
 * }</pre>
 */
public final class Votes {

    private Votes() {}

    /**
     * Counts a vote.
     *
     * @param vote the vote, not null
     * @param rules the method and its parameters, not null
     * @return who is elected, the tallies per round, and who decides when the ballots did not
     * @throws ValidationException if no built-in method has the rules' name (the message lists
     *     the names), or the method rejects a parameter
     */
    public static VoteOutcome count(Vote vote, VoteRules rules) {
        requireNonNull(vote, "vote");
        requireNonNull(rules, "rules");
        VoteMethod method = method(rules.method());
        method.validate(rules.parameters());
        return method.count(vote, rules.parameters());
    }

    private static VoteMethod method(String name) {
        for (VoteMethod m : BuiltInVoteMethods.all()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        String known = String.join(
                ", ", BuiltInVoteMethods.all().stream().map(VoteMethod::name).toList());
        throw ValidationException.invalid(
                "VoteRules",
                "method",
                name,
                Text.of("không có phương pháp bỏ phiếu tên này", "no vote method with this name"),
                Text.of("một trong: " + known, "one of: " + known));
    }
}
