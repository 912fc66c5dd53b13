package io.github.thidua.scoring.internal;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thidua.core.Ballot;
import io.github.thidua.core.BallotMode;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.spi.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Votes, ballots and parameters for the tests of vote methods, built by hand. */
public final class VoteFixtures {

    public static final Id YEN_BAI = Id.of("yen-bai");
    public static final Id PHU_THO = Id.of("phu-tho");
    public static final Id LAO_CAI = Id.of("lao-cai");

    public static final Id A = Id.of("A");
    public static final Id B = Id.of("B");
    public static final Id C = Id.of("C");
    public static final Id D = Id.of("D");
    public static final Id E = Id.of("E");

    private VoteFixtures() {}

    /** Returns member {@code i} (1-based) of an electorate: {@code tv-01}, {@code tv-02}, … */
    public static Id member(int i) {
        return Id.of(String.format("tv-%02d", i));
    }

    /** Returns the electorate {@code tv-01 … tv-n}. */
    public static List<Id> members(int n) {
        List<Id> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(member(i));
        }
        return out;
    }

    /** Returns a vote of {@code members} members on the candidates, with the ballots. */
    public static Vote vote(int members, List<Id> candidates, List<Ballot> ballots) {
        return Vote.builder()
                .id(Id.of("suy-ton-2024"))
                .subject(Name.of("Suy tôn Cụm trưởng năm 2024"))
                .addAllCandidates(candidates)
                .addAllElectorate(members(members))
                .addAllBallots(ballots)
                .build();
    }

    /** Ballots of one round, in person, with the same approvals, for members {@code from … from+count-1}. */
    public static List<Ballot> approving(int round, int from, int count, Id... approvals) {
        return approving(round, from, count, BallotMode.IN_PERSON, approvals);
    }

    /** Ballots of one round cast in the given mode, with the same approvals. */
    public static List<Ballot> approving(int round, int from, int count, BallotMode mode, Id... approvals) {
        List<Ballot> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(Ballot.builder()
                    .voter(member(i))
                    .round(round)
                    .mode(mode)
                    .addApprovals(approvals)
                    .build());
        }
        return out;
    }

    /** Ballots of one round, in person, with the same ranking, for members {@code from … from+count-1}. */
    public static List<Ballot> ranking(int round, int from, int count, Id... ranking) {
        List<Ballot> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(Ballot.builder()
                    .voter(member(i))
                    .round(round)
                    .mode(BallotMode.IN_PERSON)
                    .addRanking(ranking)
                    .build());
        }
        return out;
    }

    /** Concatenates groups of ballots. */
    @SafeVarargs
    public static List<Ballot> all(List<Ballot>... groups) {
        List<Ballot> out = new ArrayList<>();
        for (List<Ballot> g : groups) {
            out.addAll(g);
        }
        return out;
    }

    /** Returns parameters from {@code key, value, key, value, …}. */
    public static Parameters params(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Parameters.of(map);
    }

    /** Runs {@code code} and returns the validation exception it must throw. */
    public static ValidationException rejected(ThrowingCallable code) {
        ValidationException e = catchThrowableOfType(ValidationException.class, code);
        if (e == null) {
            throw new AssertionError("expected a ValidationException");
        }
        return e;
    }
}
