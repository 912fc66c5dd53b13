package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.RankingFixtures.PHU_THO;
import static io.github.thidua.scoring.RankingFixtures.YEN_BAI;
import static io.github.thidua.scoring.RankingFixtures.candidate;
import static io.github.thidua.scoring.RankingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.scoring.spi.Parameters;
import org.junit.jupiter.api.Test;

class VoteResultTieBreakerTest {

    private final VoteResultTieBreaker voteResult = new VoteResultTieBreaker();

    @Test
    void compare_moreVotesGoesFirst() {
        assertThat(voteResult.compare(
                        with(YEN_BAI, "90").votes(9).build(),
                        with(PHU_THO, "90").votes(11).build(),
                        Parameters.none()))
                .isPositive();
    }

    @Test
    void compare_sameVotes_cannotSeparate() {
        assertThat(voteResult.compare(
                        with(YEN_BAI, "90").votes(9).build(),
                        with(PHU_THO, "90").votes(9).build(),
                        Parameters.none()))
                .isZero();
    }

    @Test
    void compare_noVoteHeldForOne_cannotSeparate() {
        assertThat(voteResult.compare(
                        with(YEN_BAI, "90").votes(9).build(), candidate(PHU_THO, "90"), Parameters.none()))
                .isZero();
    }

    @Test
    void describe_showsVotesOrTheirAbsence() {
        assertThat(voteResult
                        .describe(with(YEN_BAI, "90").votes(9).build(), Parameters.none())
                        .vi())
                .isEqualTo("9 phiếu");
        assertThat(voteResult
                        .describe(candidate(YEN_BAI, "90"), Parameters.none())
                        .en())
                .isEqualTo("no vote result");
    }

    @Test
    void describe_oneVote_isSingular_andMoreArePlural() {
        assertThat(voteResult
                        .describe(with(YEN_BAI, "90").votes(1).build(), Parameters.none())
                        .en())
                .isEqualTo("1 vote");
        assertThat(voteResult
                        .describe(with(YEN_BAI, "90").votes(2).build(), Parameters.none())
                        .en())
                .isEqualTo("2 votes");
    }
}
