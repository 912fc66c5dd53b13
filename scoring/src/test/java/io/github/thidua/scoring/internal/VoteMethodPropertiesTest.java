package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.VoteFixtures.LAO_CAI;
import static io.github.thidua.scoring.internal.VoteFixtures.PHU_THO;
import static io.github.thidua.scoring.internal.VoteFixtures.YEN_BAI;
import static io.github.thidua.scoring.internal.VoteFixtures.member;
import static io.github.thidua.scoring.internal.VoteFixtures.params;
import static io.github.thidua.scoring.internal.VoteFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.thidua.core.Ballot;
import io.github.thidua.core.BallotMode;
import io.github.thidua.core.Id;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.VoteMethod;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The laws every vote method keeps: input order never decides; more support never hurts. */
class VoteMethodPropertiesTest {

    private static final List<Id> CANDIDATES = List.of(YEN_BAI, PHU_THO, LAO_CAI);
    private static final int MEMBERS = 9;
    private static final List<List<Id>> ORDERS = List.of(
            List.of(YEN_BAI, PHU_THO, LAO_CAI),
            List.of(YEN_BAI, LAO_CAI, PHU_THO),
            List.of(PHU_THO, YEN_BAI, LAO_CAI),
            List.of(PHU_THO, LAO_CAI, YEN_BAI),
            List.of(LAO_CAI, YEN_BAI, PHU_THO),
            List.of(LAO_CAI, PHU_THO, YEN_BAI),
            List.of(YEN_BAI),
            List.of(PHU_THO, LAO_CAI));

    /**
     * Turns codes into ballots: code {@code i} is member {@code i % 9 + 1}'s ballot in round 1 or
     * 2, its low bits the approvals (or a ranking), bit 6 written. Rounds are kept without gaps.
     */
    private static List<Ballot> ballots(List<Integer> codes, boolean rankings) {
        List<Ballot> out = new ArrayList<>();
        boolean[][] used = new boolean[3][MEMBERS + 1];
        for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            int round = i < MEMBERS ? 1 : 2;
            int voter = i % MEMBERS + 1;
            if (used[round][voter]) {
                continue;
            }
            used[round][voter] = true;
            Ballot.Builder b = Ballot.builder()
                    .voter(member(voter))
                    .round(round)
                    .mode((code & 64) != 0 ? BallotMode.WRITTEN : BallotMode.IN_PERSON);
            if (rankings) {
                int pick = code % (ORDERS.size() + 1);
                if (pick < ORDERS.size()) {
                    b.addAllRanking(ORDERS.get(pick));
                }
            } else {
                for (int c = 0; c < CANDIDATES.size(); c++) {
                    if ((code & (1 << c)) != 0) {
                        b.addApprovals(CANDIDATES.get(c));
                    }
                }
            }
            out.add(b.build());
        }
        return out;
    }

    private static Parameters approvalParameters(int code) {
        String[] thresholds = {"1/2", "2/3", "0.8", "0.3"};
        return params(
                "threshold",
                thresholds[code % 4],
                "base",
                (code / 4) % 2 == 0 ? "membership" : "present",
                "seats",
                Integer.toString((code / 8) % 3),
                "written",
                (code / 24) % 2 == 0 ? "count" : "ignore");
    }

    private static VoteOutcome shuffledCount(VoteMethod method, Vote vote, Parameters p, long seed) {
        List<Ballot> shuffled = new ArrayList<>(vote.ballots());
        Collections.shuffle(shuffled, new Random(seed));
        return method.count(vote(MEMBERS, CANDIDATES, shuffled), p);
    }

    @Test
    void permutingBallots_neverChangesTheOutcome() {
        qt().withExamples(200)
                .forAll(
                        lists().of(integers().between(0, 127)).ofSizeBetween(1, 2 * MEMBERS),
                        integers().between(0, 47),
                        integers().all())
                .checkAssert((codes, parameters, seed) -> {
                    Vote approvals = vote(MEMBERS, CANDIDATES, ballots(codes, false));
                    Vote rankings = vote(MEMBERS, CANDIDATES, ballots(codes, true));
                    Parameters p = approvalParameters(parameters);
                    ApprovalVoteMethod approval = new ApprovalVoteMethod();
                    assertThat(shuffledCount(approval, approvals, p, seed)).isEqualTo(approval.count(approvals, p));
                    PluralityVoteMethod plurality = new PluralityVoteMethod();
                    assertThat(shuffledCount(plurality, approvals, Parameters.none(), seed))
                            .isEqualTo(plurality.count(approvals, Parameters.none()));
                    SchulzeVoteMethod schulze = new SchulzeVoteMethod();
                    assertThat(shuffledCount(schulze, rankings, Parameters.none(), seed))
                            .isEqualTo(schulze.count(rankings, Parameters.none()));
                });
    }

    @Test
    void approval_raisingOneCandidatesApprovals_neverMakesThemLose() {
        qt().withExamples(200)
                .forAll(
                        lists().of(integers().between(0, 127)).ofSizeBetween(1, 2 * MEMBERS),
                        integers().between(0, 47),
                        integers().between(0, CANDIDATES.size() - 1),
                        integers().between(0, 2 * MEMBERS - 1))
                .checkAssert((codes, parameters, candidate, at) -> {
                    List<Ballot> ballots = ballots(codes, false);
                    Id raised = CANDIDATES.get(candidate);
                    Ballot before = ballots.get(at % ballots.size());
                    if (before.approvals().contains(raised)) {
                        return;
                    }
                    Ballot after = Ballot.builder()
                            .voter(before.voter())
                            .round(before.round())
                            .mode(before.mode())
                            .addAllApprovals(before.approvals())
                            .addApprovals(raised)
                            .build();
                    List<Ballot> more = new ArrayList<>(ballots);
                    more.set(ballots.indexOf(before), after);
                    Parameters p = approvalParameters(parameters);
                    ApprovalVoteMethod approval = new ApprovalVoteMethod();
                    VoteOutcome was = approval.count(vote(MEMBERS, CANDIDATES, ballots), p);
                    VoteOutcome now = approval.count(vote(MEMBERS, CANDIDATES, more), p);
                    if (was.elected().contains(raised)) {
                        assertThat(now.elected()).contains(raised);
                    }
                });
    }
}
