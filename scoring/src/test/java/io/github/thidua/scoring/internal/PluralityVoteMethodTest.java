package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.VoteFixtures.LAO_CAI;
import static io.github.thidua.scoring.internal.VoteFixtures.PHU_THO;
import static io.github.thidua.scoring.internal.VoteFixtures.YEN_BAI;
import static io.github.thidua.scoring.internal.VoteFixtures.all;
import static io.github.thidua.scoring.internal.VoteFixtures.approving;
import static io.github.thidua.scoring.internal.VoteFixtures.params;
import static io.github.thidua.scoring.internal.VoteFixtures.ranking;
import static io.github.thidua.scoring.internal.VoteFixtures.rejected;
import static io.github.thidua.scoring.internal.VoteFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BallotMode;
import io.github.thidua.core.Text;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PluralityVoteMethodTest {

    private static final PluralityVoteMethod METHOD = new PluralityVoteMethod();
    private static final List<io.github.thidua.core.Id> THREE = List.of(YEN_BAI, PHU_THO, LAO_CAI);

    @Test
    void mostApprovals_wins() {
        Vote v = vote(7, THREE, all(approving(1, 1, 4, YEN_BAI), approving(1, 5, 3, PHU_THO, LAO_CAI)));

        VoteOutcome outcome = METHOD.count(v, Parameters.none());

        assertThat(outcome.decided()).isTrue();
        assertThat(outcome.elected()).containsExactly(YEN_BAI);
        assertThat(outcome.explanation().render(Locale.ENGLISH))
                .contains("Plurality, round 1: yen-bai has the most support (4) → elected")
                .contains("Round 1: 7 ballot(s) counted; yen-bai 4, phu-tho 3, lao-cai 3");
    }

    @Test
    void firstChoiceOfARanking_counts() {
        Vote v = vote(5, THREE, all(ranking(1, 1, 2, PHU_THO, YEN_BAI), ranking(1, 3, 3, LAO_CAI, PHU_THO)));

        VoteOutcome outcome = METHOD.count(v, Parameters.none());

        assertThat(outcome.elected()).containsExactly(LAO_CAI);
        assertThat(outcome.tallies().get(0))
                .containsEntry(LAO_CAI, 3)
                .containsEntry(PHU_THO, 2)
                .containsEntry(YEN_BAI, 0);
    }

    @Test
    void tie_isUndecidedAndTheDeciderDecides() {
        Vote v = vote(6, THREE, all(approving(1, 1, 3, YEN_BAI), approving(1, 4, 3, PHU_THO)));

        VoteOutcome outcome = METHOD.count(v, Parameters.none());

        assertThat(outcome.decided()).isFalse();
        assertThat(outcome.elected()).isEmpty();
        assertThat(outcome.decider().orElseThrow().vi()).isEqualTo("Cụm trưởng và Cụm phó");
        assertThat(outcome.explanation().render(Text.VIETNAMESE))
                .contains(
                        "Đa số tương đối, vòng 1: yen-bai, phu-tho bằng phiếu (3) → Cụm trưởng và Cụm phó quyết định");
    }

    @Test
    void lastRoundHeld_decides() {
        Vote v = vote(
                6,
                THREE,
                all(
                        approving(1, 1, 3, YEN_BAI),
                        approving(1, 4, 3, PHU_THO),
                        approving(2, 1, 2, YEN_BAI),
                        approving(2, 3, 4, PHU_THO)));

        VoteOutcome outcome = METHOD.count(v, Parameters.none());

        assertThat(outcome.elected()).containsExactly(PHU_THO);
        assertThat(outcome.tallies()).hasSize(2);
    }

    @Test
    void writtenBallots_canBeIgnored() {
        Vote v = vote(5, THREE, all(approving(1, 1, 2, YEN_BAI), approving(1, 3, 3, BallotMode.WRITTEN, PHU_THO)));

        assertThat(METHOD.count(v, Parameters.none()).elected()).containsExactly(PHU_THO);
        assertThat(METHOD.count(v, params("written", "ignore")).elected()).containsExactly(YEN_BAI);
    }

    @Test
    void onlyBlankBallots_isUndecided() {
        VoteOutcome outcome = METHOD.count(vote(3, List.of(YEN_BAI), approving(1, 1, 3)), Parameters.none());

        assertThat(outcome.decided()).isFalse();
        assertThat(outcome.explanation().render(Locale.ENGLISH)).contains("nobody was supported");
    }

    @Test
    void unknownParameter_isRejected() {
        assertThat(rejected(() -> METHOD.validate(params("threshold", "0.5")))
                        .allowed()
                        .en())
                .isEqualTo("the parameters: decider.en, decider.vi, written");
    }

    @Test
    void count_withAnUnknownParameter_isRejected() {
        Vote v = vote(3, List.of(YEN_BAI), approving(1, 1, 3, YEN_BAI));

        assertThat(rejected(() -> METHOD.count(v, params("seats", "2"))).field())
                .isEqualTo("seats");
    }

    @Test
    void writtenInput_saysWhetherWrittenBallotsCount() {
        Vote v = vote(3, List.of(YEN_BAI), approving(1, 1, 3, YEN_BAI));

        assertThat(METHOD.count(v, Parameters.none()).explanation().inputs()).containsEntry("written", "count");
        assertThat(METHOD.count(v, params("written", "ignore")).explanation().inputs())
                .containsEntry("written", "ignore");
    }
}
