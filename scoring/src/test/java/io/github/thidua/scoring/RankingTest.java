package io.github.thidua.scoring;

import static io.github.thidua.scoring.RankingFixtures.HA_GIANG;
import static io.github.thidua.scoring.RankingFixtures.PHU_THO;
import static io.github.thidua.scoring.RankingFixtures.TUYEN_QUANG;
import static io.github.thidua.scoring.RankingFixtures.YEN_BAI;
import static io.github.thidua.scoring.RankingFixtures.candidate;
import static io.github.thidua.scoring.RankingFixtures.positions;
import static io.github.thidua.scoring.RankingFixtures.rejected;
import static io.github.thidua.scoring.RankingFixtures.subtotal;
import static io.github.thidua.scoring.RankingFixtures.units;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final Map<Id, Points> TOTALS =
            Map.of(HA_GIANG, Points.of(95), PHU_THO, Points.of(90), YEN_BAI, Points.of(90), TUYEN_QUANG, Points.of(80));

    @Test
    void ofTotals_dense_isOneTwoTwoThree() {
        List<RankedCandidate> ranked =
                Ranking.of(TOTALS).kind(RankingKind.DENSE).rank();
        assertThat(units(ranked)).containsExactly(HA_GIANG, PHU_THO, YEN_BAI, TUYEN_QUANG);
        assertThat(positions(ranked)).containsExactly(1, 2, 2, 3);
    }

    @Test
    void ofTotals_defaultsToCompetitionAndTheCompetentAuthority() {
        Ranking ranking = Ranking.of(TOTALS);
        assertThat(ranking.rules()).isEqualTo(RankingRules.of(RankingKind.COMPETITION));
        assertThat(positions(ranking.rank())).containsExactly(1, 2, 2, 4);
    }

    @Test
    void tieBreak_builtInByName_separatesTheTie() {
        List<RankedCandidate> ranked = Ranking.of(List.of(
                        candidate(HA_GIANG, "95"),
                        subtotal(PHU_THO, "90", "I", "37"),
                        subtotal(YEN_BAI, "90", "I", "38.5")))
                .tieBreak("group-subtotal", Parameters.of(Map.of("group", "I")))
                .rank();
        assertThat(units(ranked)).containsExactly(HA_GIANG, YEN_BAI, PHU_THO);
        assertThat(positions(ranked)).containsExactly(1, 2, 3);
        assertThat(ranked.get(1).rank().decidedBy()).contains("group-subtotal");
    }

    @Test
    void tieBreak_unknownName_isRejectedListingTheKnownNames() {
        ValidationException e = rejected(() -> Ranking.of(TOTALS).tieBreak("coin-toss"));
        assertThat(e.field()).isEqualTo("tieBreak");
        assertThat(e.value()).contains("\"coin-toss\"");
        assertThat(e.allowed().en())
                .isEqualTo("fewer-deductions, group-subtotal, lot, more-full-marks, vote-result, women-share");
    }

    @Test
    void tieBreak_missingParameter_isRejectedAtOnce() {
        ValidationException e = rejected(() -> Ranking.of(TOTALS).tieBreak("lot"));
        assertThat(e.type()).isEqualTo("lot");
        assertThat(e.field()).isEqualTo("seed");
    }

    @Test
    void tieBreak_sameLinkTwice_isRejected() {
        ValidationException e =
                rejected(() -> Ranking.of(TOTALS).tieBreak("fewer-deductions").tieBreak("fewer-deductions"));
        assertThat(e.type()).isEqualTo("RankingRules");
        assertThat(e.field()).isEqualTo("chain[1]");
    }

    @Test
    void everyStep_returnsANewRankingAndLeavesTheOldOneAlone() {
        Ranking plain = Ranking.of(TOTALS);
        Ranking dense = plain.kind(RankingKind.DENSE);
        Ranking chained = dense.tieBreak("more-full-marks");
        Text head = Text.of("Cụm trưởng", "the cluster head");
        Ranking decided = chained.decider(head);
        assertThat(plain.rules().kind()).isEqualTo(RankingKind.COMPETITION);
        assertThat(dense.rules().chain()).isEmpty();
        assertThat(chained.rules().decider()).isEqualTo(RankingRules.COMPETENT_AUTHORITY);
        assertThat(decided.rules())
                .isEqualTo(RankingRules.builder()
                        .kind(RankingKind.DENSE)
                        .addChain(TieBreakLink.of("more-full-marks"))
                        .decider(head)
                        .build());
        assertThat(decided.rank().get(1).rank().decider()).contains(head);
    }
}
