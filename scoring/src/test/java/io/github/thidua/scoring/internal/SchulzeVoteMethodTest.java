package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.VoteFixtures.A;
import static io.github.thidua.scoring.internal.VoteFixtures.B;
import static io.github.thidua.scoring.internal.VoteFixtures.C;
import static io.github.thidua.scoring.internal.VoteFixtures.D;
import static io.github.thidua.scoring.internal.VoteFixtures.E;
import static io.github.thidua.scoring.internal.VoteFixtures.all;
import static io.github.thidua.scoring.internal.VoteFixtures.approving;
import static io.github.thidua.scoring.internal.VoteFixtures.params;
import static io.github.thidua.scoring.internal.VoteFixtures.ranking;
import static io.github.thidua.scoring.internal.VoteFixtures.rejected;
import static io.github.thidua.scoring.internal.VoteFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Text;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SchulzeVoteMethodTest {

    private static final SchulzeVoteMethod METHOD = new SchulzeVoteMethod();

    /** The 45-voter example of the Wikipedia article "Schulze method". */
    private static Vote wikipedia() {
        return vote(
                45,
                List.of(A, B, C, D, E),
                all(
                        ranking(1, 1, 5, A, C, B, E, D),
                        ranking(1, 6, 5, A, D, E, C, B),
                        ranking(1, 11, 8, B, E, D, A, C),
                        ranking(1, 19, 3, C, A, B, E, D),
                        ranking(1, 22, 7, C, A, E, B, D),
                        ranking(1, 29, 2, C, B, A, D, E),
                        ranking(1, 31, 7, D, C, E, B, A),
                        ranking(1, 38, 8, E, B, A, D, C)));
    }

    @Test
    void wikipediaExample_EWins_inTheFullSchulzeOrder() {
        VoteOutcome outcome = METHOD.count(wikipedia(), Parameters.none());

        assertThat(outcome.decided()).isTrue();
        assertThat(outcome.elected()).containsExactly(E, A, C, B, D);
        String en = outcome.explanation().render(Locale.ENGLISH);
        // The pairwise preferences and strongest paths of the article.
        assertThat(en)
                .contains("d[A, ·]: B 20, C 26, D 30, E 22")
                .contains("d[E, ·]: A 23, B 27, C 21, D 31")
                .contains("p[A, ·]: B 28, C 28, D 30, E 24")
                .contains("p[E, ·]: A 25, B 28, C 28, D 31")
                .contains("E is beaten by nobody")
                .contains("p[E, A] = 25 > p[A, E] = 24")
                .contains("Schulze, round 1: order E > A > C > B > D; E elected");
        assertThat(outcome.tallies().get(0))
                .containsEntry(A, 10)
                .containsEntry(B, 8)
                .containsEntry(C, 12)
                .containsEntry(D, 7)
                .containsEntry(E, 8);
    }

    @Test
    void condorcetCycle_hasAClearSchulzeWinner() {
        // A>B 6:3, B>C 7:2, C>A 5:4: a cycle; the weakest link C>A breaks it, so A > B > C.
        Vote v = vote(
                9,
                List.of(A, B, C),
                all(ranking(1, 1, 4, A, B, C), ranking(1, 5, 3, B, C, A), ranking(1, 8, 2, C, A, B)));

        VoteOutcome outcome = METHOD.count(v, Parameters.none());

        assertThat(outcome.elected()).containsExactly(A, B, C);
        assertThat(outcome.explanation().render(Locale.ENGLISH))
                .contains("d[C, ·]: A 5, B 2")
                .contains("p[A, C] = 6 > p[C, A] = 5")
                .contains("p[A, B] = 6 > p[B, A] = 5");
    }

    @Test
    void candidatesLeftOffABallot_rankBelowThoseOnIt() {
        // Only A is ranked: A above B and C, who stay tied, so the order stops after A.
        Vote v = vote(3, List.of(A, B, C), ranking(1, 1, 3, A));

        VoteOutcome outcome = METHOD.count(v, Parameters.none());

        assertThat(outcome.decided()).isTrue();
        assertThat(outcome.elected()).containsExactly(A);
    }

    @Test
    void tieAtTheTop_isUndecidedAndTheDeciderDecides() {
        Vote v = vote(4, List.of(A, B), all(ranking(1, 1, 2, A, B), ranking(1, 3, 2, B, A)));

        VoteOutcome outcome = METHOD.count(v, Parameters.none());

        assertThat(outcome.decided()).isFalse();
        assertThat(outcome.elected()).isEmpty();
        assertThat(outcome.decider().orElseThrow().vi()).isEqualTo("Cụm trưởng và Cụm phó");
        assertThat(outcome.explanation().render(Text.VIETNAMESE))
                .contains("không có người thắng duy nhất → Cụm trưởng và Cụm phó quyết định");
    }

    @Test
    void lastRoundHeld_isCounted() {
        Vote v = vote(4, List.of(A, B), all(ranking(1, 1, 2, A, B), ranking(1, 3, 2, B, A), ranking(2, 1, 3, B, A)));

        VoteOutcome outcome = METHOD.count(v, Parameters.none());

        assertThat(outcome.elected()).containsExactly(B, A);
        assertThat(outcome.tallies()).hasSize(2);
    }

    @Test
    void approvalBallots_rankTheirApprovalsAboveTheRest() {
        Vote v = vote(3, List.of(A, B, C), all(approving(1, 1, 2, A, B), approving(1, 3, 1, B)));

        assertThat(METHOD.count(v, Parameters.none()).elected()).containsExactly(B, A, C);
    }

    @Test
    void onlyBlankBallots_isUndecided() {
        VoteOutcome outcome = METHOD.count(vote(2, List.of(A), approving(1, 1, 2)), Parameters.none());

        assertThat(outcome.decided()).isFalse();
    }

    @Test
    void badWritten_isRejected() {
        assertThat(rejected(() -> METHOD.validate(params("written", "yes"))).type())
                .isEqualTo("schulze");
    }

    @Test
    void unknownParameter_isRejected_byValidateAndByCount() {
        Parameters p = params("seats", "2");
        Vote v = vote(1, List.of(A), ranking(1, 1, 1, A));

        assertThat(rejected(() -> METHOD.validate(p)).field()).isEqualTo("seats");
        assertThat(rejected(() -> METHOD.count(v, p)).field()).isEqualTo("seats");
    }

    @Test
    void writtenInput_saysWhetherWrittenBallotsCount() {
        Vote v = vote(1, List.of(A), ranking(1, 1, 1, A));

        assertThat(METHOD.count(v, Parameters.none()).explanation().inputs()).containsEntry("written", "count");
        assertThat(METHOD.count(v, params("written", "ignore")).explanation().inputs())
                .containsEntry("written", "ignore");
    }

    @Test
    void candidatesTiedOnABallot_countForNeitherInThePairwiseMatrix() {
        // B and C are both left off: neither is ranked above the other.
        Vote v = vote(3, List.of(A, B, C), ranking(1, 1, 3, A));

        assertThat(METHOD.count(v, Parameters.none()).explanation().render(Locale.ENGLISH))
                .contains("d[A, ·]: B 3, C 3")
                .contains("d[B, ·]: A 0, C 0")
                .contains("d[C, ·]: A 0, B 0");
    }

    @Test
    void evenPairwiseContest_isNoLink_soTheStrongestPathIsZero() {
        Vote v = vote(4, List.of(A, B), all(ranking(1, 1, 2, A, B), ranking(1, 3, 2, B, A)));

        String en = METHOD.count(v, Parameters.none()).explanation().render(Locale.ENGLISH);

        assertThat(en).contains("d[A, ·]: B 2").contains("p[A, ·]: B 0").contains("p[B, ·]: A 0");
    }

    @Test
    void nobodySeparatesTheCandidates_whenEveryStrongestPathIsZero() {
        Vote v = vote(4, List.of(A, B), all(ranking(1, 1, 2, A, B), ranking(1, 3, 2, B, A)));

        String en = METHOD.count(v, Parameters.none()).explanation().render(Locale.ENGLISH);

        assertThat(en)
                .contains("No ballot separates the candidates")
                .doesNotContain("Nobody beats")
                .contains("p[A, B] = 0 = p[B, A] = 0");
    }

    @Test
    void twoUnbeatenAboveAThird_areNamed_andTheirPathsShown() {
        // A and B split 2:2 and both beat C 4:0: A and B are unbeaten, C is not.
        Vote v = vote(4, List.of(A, B, C), all(ranking(1, 1, 2, A, B, C), ranking(1, 3, 2, B, A, C)));

        VoteOutcome outcome = METHOD.count(v, Parameters.none());

        assertThat(outcome.decided()).isFalse();
        assertThat(outcome.elected()).isEmpty();
        Explanation decisive = decisive(outcome);
        assertThat(decisive.text().en()).isEqualTo("Nobody beats A, B and they do not beat one another");
        assertThat(decisive.children()).extracting(e -> e.text().en()).containsExactly("p[A, B] = 0 = p[B, A] = 0");
    }

    @Test
    void equalCycle_leavesEveryoneUnbeaten_withNonZeroPaths() {
        // A>B, B>C and C>A each win 2:1, so every strongest path is 2 and nobody beats anybody.
        Vote v = vote(
                3,
                List.of(A, B, C),
                all(ranking(1, 1, 1, A, B, C), ranking(1, 2, 1, B, C, A), ranking(1, 3, 1, C, A, B)));

        VoteOutcome outcome = METHOD.count(v, Parameters.none());

        assertThat(outcome.decided()).isFalse();
        Explanation decisive = decisive(outcome);
        assertThat(decisive.text().en()).isEqualTo("Nobody beats A, B, C and they do not beat one another");
        assertThat(decisive.children())
                .extracting(e -> e.text().en())
                .containsExactly("p[A, B] = 2 = p[B, A] = 2", "p[A, C] = 2 = p[C, A] = 2", "p[B, C] = 2 = p[C, B] = 2");
    }

    @Test
    void winnersPaths_areWrittenFromTheWinnersSide() {
        // A beats B 3:0; the path comparison is written from the winner's side.
        Vote v = vote(3, List.of(A, B), ranking(1, 1, 3, A, B));

        Explanation decisive = decisive(METHOD.count(v, Parameters.none()));

        assertThat(decisive.children()).extracting(e -> e.text().en()).containsExactly("p[A, B] = 3 > p[B, A] = 0");
    }

    private static Explanation decisive(VoteOutcome outcome) {
        return outcome.explanation().children().stream()
                .filter(e -> e.key().equals("vote.schulze.decisive"))
                .findFirst()
                .orElseThrow();
    }
}
