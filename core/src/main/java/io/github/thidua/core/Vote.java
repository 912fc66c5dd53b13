package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A vote (bỏ phiếu, suy tôn) on a subject: the candidates, the electorate (the whole membership
 * entitled to vote, present or not) and the ballots cast, round by round.
 *
 * <p>Checked when built: candidates (at least one) and the electorate are unique; every ballot's
 * voter is in the electorate and casts at most one ballot per round; ballots name only
 * candidates; rounds run 1, 2, … without gaps; and the ballots that support someone are all
 * approval ballots or all ranking ballots (blank ballots fit either). Thresholds are shares of
 * the electorate, not of the ballots cast; counting belongs to the engine. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Vote vote = Vote.builder()
 *         .id(Id.of("suy-ton-2024"))
 *         .subject(Name.of("Suy tôn Cụm trưởng năm 2024"))
 *         .addCandidates(Id.of("yen-bai"))
 *         .addElectorate(Id.of("ha-giang"), Id.of("yen-bai"), Id.of("phu-tho"))
 *         .addBallots(haGiang, yenBai, phuTho)
 *         .build();
 * vote.ballots(1).size(); // 3
 * }</pre>
 */
@Value.Immutable
public abstract class Vote {

    Vote() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the stable id.
     *
     * @return the id
     */
    public abstract Id id();

    /**
     * Returns what is voted on, as written in the minutes.
     *
     * @return the subject, such as "Suy tôn Cụm trưởng năm 2024"
     */
    public abstract Name subject();

    /**
     * Returns the candidates.
     *
     * @return one or more unique ids, in the order given
     */
    public abstract List<Id> candidates();

    /**
     * Returns the whole membership entitled to vote, present or not.
     *
     * @return unique voter ids, in the order given
     */
    public abstract List<Id> electorate();

    /**
     * Returns the ballots of every round, in the order given.
     *
     * @return the ballots
     */
    public abstract List<Ballot> ballots();

    /**
     * Returns the ballots of one round, in the order given.
     *
     * @param round the round
     * @return the ballots; empty for a round that was not held
     */
    public List<Ballot> ballots(int round) {
        return ballots().stream().filter(b -> b.round() == round).toList();
    }

    /**
     * Returns the number of rounds held.
     *
     * @return the last round, 0 before any ballot
     */
    public int rounds() {
        return ballots().stream().mapToInt(Ballot::round).max().orElse(0);
    }

    @Value.Check
    final void check() {
        if (candidates().isEmpty()) {
            throw ValidationException.invalid(
                    "Vote",
                    "candidates",
                    0,
                    Text.of("không có ứng viên", "no candidates"),
                    Text.of("ít nhất 1 ứng viên", "at least 1 candidate"));
        }
        if (electorate().isEmpty()) {
            throw ValidationException.invalid(
                    "Vote",
                    "electorate",
                    0,
                    Text.of("không có người bỏ phiếu", "nobody entitled to vote"),
                    Text.of("ít nhất 1 thành viên có quyền bỏ phiếu", "at least 1 member entitled to vote"));
        }
        Checks.unique("Vote", "candidates", candidates(), c -> c, "");
        Checks.unique("Vote", "electorate", electorate(), e -> e, "");
        Set<Id> electorate = new LinkedHashSet<>(electorate());
        Set<Id> candidates = new LinkedHashSet<>(candidates());
        Map<String, Integer> seen = new HashMap<>();
        Integer firstApproval = null;
        Integer firstRanking = null;
        for (int i = 0; i < ballots().size(); i++) {
            Ballot b = ballots().get(i);
            String at = "ballots[" + i + "]";
            Checks.memberOf(
                    "Vote",
                    at + ".voter",
                    b.voter(),
                    electorate,
                    Text.of("thành viên có quyền bỏ phiếu (electorate)", "a member of the electorate"));
            Integer before = seen.putIfAbsent(b.voter() + "/" + b.round(), i);
            if (before != null) {
                throw ValidationException.invalid(
                        "Vote",
                        at + ".voter",
                        b.voter(),
                        Text.of(
                                "đã bỏ phiếu vòng " + b.round() + " tại ballots[" + before + "]",
                                "already voted in round " + b.round() + " at ballots[" + before + "]"),
                        Text.of("mỗi thành viên một phiếu mỗi vòng", "one ballot per voter per round"));
            }
            String list = b.isRanking() ? ".ranking" : ".approvals";
            for (int j = 0; j < b.choices().size(); j++) {
                Checks.memberOf(
                        "Vote",
                        at + list + "[" + j + "]",
                        b.choices().get(j),
                        candidates,
                        Text.of("một ứng viên của cuộc bỏ phiếu", "a candidate of the vote"));
            }
            if (b.isApproval() && firstApproval == null) {
                firstApproval = i;
            }
            if (b.isRanking() && firstRanking == null) {
                firstRanking = i;
            }
            if (firstApproval != null && firstRanking != null) {
                boolean rankingLast = firstRanking == i;
                int other = rankingLast ? firstApproval : firstRanking;
                throw ValidationException.invalid(
                        "Vote",
                        at + list,
                        b.choices(),
                        Text.of(
                                (rankingLast ? "phiếu xếp thứ tự" : "phiếu tán thành") + " khác loại với ballots["
                                        + other + "]",
                                (rankingLast ? "a ranking" : "approvals") + " unlike the ballot at ballots[" + other
                                        + "]"),
                        Text.of(
                                "mọi phiếu cùng một loại: tán thành hoặc xếp thứ tự",
                                "ballots of one type: all approvals or all rankings"));
            }
        }
        checkRounds();
    }

    private void checkRounds() {
        Set<Integer> rounds = new TreeSet<>();
        ballots().forEach(b -> rounds.add(b.round()));
        int missing = 1;
        while (rounds.contains(missing)) {
            missing++;
        }
        for (int i = 0; i < ballots().size(); i++) {
            int round = ballots().get(i).round();
            if (round > missing) {
                throw ValidationException.invalid(
                        "Vote",
                        "ballots[" + i + "].round",
                        round,
                        Text.of("vòng " + missing + " không có phiếu nào", "round " + missing + " has no ballots"),
                        Text.of("các vòng 1, 2, … liên tiếp", "rounds 1, 2, … without gaps"));
            }
        }
    }

    /** Builds a {@link Vote}; id, subject, candidates and electorate are required. */
    public static final class Builder extends ImmutableVote.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
