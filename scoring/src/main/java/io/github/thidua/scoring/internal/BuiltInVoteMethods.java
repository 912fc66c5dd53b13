package io.github.thidua.scoring.internal;

import io.github.thidua.core.Ballot;
import io.github.thidua.core.BallotMode;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.VoteMethod;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * thidua's built-in vote methods, and the parameters they share.
 *
 * <p>Every method accepts {@code written} ({@code count}, the default: written ballots of absent
 * members count like ballots cast at the meeting; or {@code ignore}) and {@code decider.vi} with
 * {@code decider.en} (who decides when the ballots do not; by default "Cụm trưởng và Cụm phó",
 * the cluster head and deputy head). Unknown parameter names are rejected, so that a misspelt
 * {@code treshold} fails instead of being silently ignored.
 *
 * <pre>{@code
 * List<VoteMethod> methods = BuiltInVoteMethods.all(); // approval, plurality, schulze
 * }</pre>
 */
public final class BuiltInVoteMethods {

    /** Who decides after the last ballot when the vote's rules name nobody else. */
    static final Text DEFAULT_DECIDER = Text.of("Cụm trưởng và Cụm phó", "the cluster head and deputy head");

    static final String WRITTEN = "written";
    static final String DECIDER_VI = "decider.vi";
    static final String DECIDER_EN = "decider.en";

    private static final List<VoteMethod> ALL =
            List.of(new ApprovalVoteMethod(), new PluralityVoteMethod(), new SchulzeVoteMethod());

    private BuiltInVoteMethods() {}

    /**
     * Returns the built-in vote methods: {@code approval}, {@code plurality} and {@code schulze}.
     *
     * @return the methods, sorted by name
     */
    public static List<VoteMethod> all() {
        return ALL;
    }

    /** Rejects a parameter this method does not know, naming the ones it does. */
    static void rejectUnknown(String method, Parameters parameters, Set<String> known) {
        for (String key : parameters.asMap().keySet()) {
            if (!known.contains(key)) {
                String names = String.join(", ", known.stream().sorted().toList());
                throw ValidationException.invalid(
                        method,
                        key,
                        parameters.asMap().get(key),
                        Text.of("tham số không có trong phương pháp này", "not a parameter of this method"),
                        Text.of("các tham số: " + names, "the parameters: " + names));
            }
        }
    }

    /** Reads {@code written}: whether written ballots of absent members count. */
    static boolean countsWritten(String method, Parameters parameters) {
        String value = parameters.find(WRITTEN).orElse("count").strip();
        return switch (value) {
            case "count" -> true;
            case "ignore" -> false;
            default ->
                throw ValidationException.invalid(
                        method,
                        WRITTEN,
                        value,
                        Text.of("không rõ cách tính phiếu bằng văn bản", "unknown treatment of written ballots"),
                        Text.of(
                                "count (tính như phiếu trực tiếp) hoặc ignore (không tính)",
                                "count (like ballots cast in person) or ignore (not counted)"));
        };
    }

    /** Reads {@code decider.vi} and {@code decider.en}, which come together or not at all. */
    static Text decider(String method, Parameters parameters) {
        Optional<String> vi = parameters.find(DECIDER_VI).map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> en = parameters.find(DECIDER_EN).map(String::strip).filter(s -> !s.isEmpty());
        if (vi.isEmpty() && en.isEmpty()) {
            if (parameters.find(DECIDER_VI).isPresent()
                    || parameters.find(DECIDER_EN).isPresent()) {
                throw blankDecider(method, parameters.find(DECIDER_VI).isPresent() ? DECIDER_VI : DECIDER_EN);
            }
            return DEFAULT_DECIDER;
        }
        if (vi.isEmpty()) {
            throw blankDecider(method, DECIDER_VI);
        }
        if (en.isEmpty()) {
            throw blankDecider(method, DECIDER_EN);
        }
        return Text.of(vi.get(), en.get());
    }

    private static ValidationException blankDecider(String method, String key) {
        return ValidationException.invalid(
                method,
                key,
                null,
                Text.of("thiếu hoặc để trống", "missing or blank"),
                Text.of(
                        "cả decider.vi và decider.en, không trống, như \"Cụm trưởng và Cụm phó\"",
                        "both decider.vi and decider.en, not blank, such as \"the cluster head and deputy head\""));
    }

    /** Returns the ballots of a round that count, in the order given. */
    static List<Ballot> counted(Vote vote, int round, boolean written) {
        return vote.ballots(round).stream()
                .filter(b -> written || b.mode() != BallotMode.WRITTEN)
                .toList();
    }

    /**
     * Returns, per candidate in the vote's order, the ballots that support them: every approval,
     * and the first choice of a ranking.
     */
    static Map<Id, Integer> support(Vote vote, List<Ballot> ballots) {
        Map<Id, Integer> tally = new LinkedHashMap<>();
        vote.candidates().forEach(c -> tally.put(c, 0));
        for (Ballot b : ballots) {
            List<Id> supported = b.isRanking() ? b.ranking().subList(0, 1) : b.approvals();
            supported.forEach(c -> tally.merge(c, 1, Integer::sum));
        }
        return Collections.unmodifiableMap(tally);
    }

    /** Lists a tally as {@code a 5, b 3}, in the vote's order. */
    static String render(Map<Id, Integer> tally) {
        StringBuilder out = new StringBuilder();
        tally.forEach((c, n) ->
                out.append(out.length() == 0 ? "" : ", ").append(c).append(' ').append(n));
        return out.toString();
    }
}
