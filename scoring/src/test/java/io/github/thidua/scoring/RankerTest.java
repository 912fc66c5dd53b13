package io.github.thidua.scoring;

import static io.github.thidua.scoring.RankingFixtures.HA_GIANG;
import static io.github.thidua.scoring.RankingFixtures.LAO_CAI;
import static io.github.thidua.scoring.RankingFixtures.PHU_THO;
import static io.github.thidua.scoring.RankingFixtures.TUYEN_QUANG;
import static io.github.thidua.scoring.RankingFixtures.YEN_BAI;
import static io.github.thidua.scoring.RankingFixtures.candidate;
import static io.github.thidua.scoring.RankingFixtures.collective;
import static io.github.thidua.scoring.RankingFixtures.ninetyFiveNinetyNinetyEighty;
import static io.github.thidua.scoring.RankingFixtures.of;
import static io.github.thidua.scoring.RankingFixtures.positions;
import static io.github.thidua.scoring.RankingFixtures.rank;
import static io.github.thidua.scoring.RankingFixtures.rejected;
import static io.github.thidua.scoring.RankingFixtures.subtotal;
import static io.github.thidua.scoring.RankingFixtures.units;
import static io.github.thidua.scoring.RankingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rank;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankerTest {

    private static final TieBreakLink GROUP_I = TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", "I")));

    @Test
    void competition_ninetyFiveNinetyNinetyEighty_isOneTwoTwoFour() {
        List<RankedCandidate> ranked = rank(ninetyFiveNinetyNinetyEighty(), RankingRules.of(RankingKind.COMPETITION));
        assertThat(units(ranked)).containsExactly(HA_GIANG, PHU_THO, YEN_BAI, TUYEN_QUANG);
        assertThat(positions(ranked)).containsExactly(1, 2, 2, 4);
    }

    @Test
    void dense_ninetyFiveNinetyNinetyEighty_isOneTwoTwoThree() {
        List<RankedCandidate> ranked = rank(ninetyFiveNinetyNinetyEighty(), RankingRules.of(RankingKind.DENSE));
        assertThat(positions(ranked)).containsExactly(1, 2, 2, 3);
    }

    @Test
    void ordinal_tieNothingSeparates_sharesOnePositionAsUnresolvedAndTheNextUnitKeepsItsNumber() {
        List<RankedCandidate> ranked = rank(ninetyFiveNinetyNinetyEighty(), RankingRules.of(RankingKind.ORDINAL));
        assertThat(positions(ranked)).containsExactly(1, 2, 2, 4);
        Rank phuTho = of(ranked, PHU_THO).rank();
        assertThat(phuTho.unresolved()).isTrue();
        assertThat(phuTho.tiedWith()).containsExactly(YEN_BAI);
        assertThat(of(ranked, YEN_BAI).rank().tiedWith()).containsExactly(PHU_THO);
        assertThat(of(ranked, HA_GIANG).rank().unresolved()).isFalse();
    }

    @Test
    void ordinal_tieSeparatedByALink_getsConsecutivePositions() {
        List<Candidate> candidates = List.of(
                candidate(HA_GIANG, "95"),
                subtotal(PHU_THO, "90", "I", "37"),
                subtotal(YEN_BAI, "90", "I", "38.5"),
                candidate(TUYEN_QUANG, "80"));
        RankingRules rules = RankingRules.builder()
                .kind(RankingKind.ORDINAL)
                .addChain(GROUP_I)
                .build();
        List<RankedCandidate> ranked = rank(candidates, rules);
        assertThat(units(ranked)).containsExactly(HA_GIANG, YEN_BAI, PHU_THO, TUYEN_QUANG);
        assertThat(positions(ranked)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void unresolvedTie_namesTheDefaultDecider_andNoTieBreaker() {
        List<RankedCandidate> ranked = rank(ninetyFiveNinetyNinetyEighty(), RankingRules.of(RankingKind.COMPETITION));
        Rank rank = of(ranked, YEN_BAI).rank();
        assertThat(rank.decider()).contains(Text.of("người có thẩm quyền", "the competent authority"));
        assertThat(rank.decidedBy()).isEmpty();
        assertThat(of(ranked, YEN_BAI).explanation().key()).isEqualTo("ranking.position.unresolved");
        assertThat(of(ranked, YEN_BAI).explanation().text().en())
                .isEqualTo("Position 2, unresolved: level on 90 points with phu-tho; no tie-breaker separates it from"
                        + " phu-tho; awaits a decision by the competent authority");
        assertThat(of(ranked, YEN_BAI).explanation().text().vi())
                .isEqualTo("Hạng 2, chưa phân định: bằng điểm 90 với phu-tho; không tiêu chí phụ nào tách được với"
                        + " phu-tho; chờ quyết định của người có thẩm quyền");
    }

    @Test
    void unresolvedTie_namesTheDeciderOfTheRules() {
        Text headAndDeputy = Text.of("Cụm trưởng và Cụm phó", "the cluster head and deputy");
        RankingRules rules = RankingRules.builder().decider(headAndDeputy).build();
        List<RankedCandidate> ranked = rank(ninetyFiveNinetyNinetyEighty(), rules);
        assertThat(of(ranked, PHU_THO).rank().decider()).contains(headAndDeputy);
        assertThat(of(ranked, HA_GIANG).rank().decider()).isEmpty();
    }

    @Test
    void groupSubtotal_separatesAPairLevelOnTotal_andExplainsBothValues() {
        List<Candidate> candidates = List.of(subtotal(PHU_THO, "95", "I", "37"), subtotal(YEN_BAI, "95", "I", "38.5"));
        List<RankedCandidate> ranked =
                rank(candidates, RankingRules.builder().addChain(GROUP_I).build());
        assertThat(units(ranked)).containsExactly(YEN_BAI, PHU_THO);
        assertThat(positions(ranked)).containsExactly(1, 2);
        RankedCandidate first = ranked.get(0);
        assertThat(first.rank().decidedBy()).contains("group-subtotal");
        assertThat(first.rank().isTied()).isFalse();
        assertThat(first.explanation().text().vi())
                .isEqualTo("Hạng 1: bằng điểm 95 với phu-tho; tách bởi tiêu chí phụ 'group-subtotal'");
        Explanation step = first.explanation().children().get(0);
        assertThat(step.key()).isEqualTo("ranking.tie-break.separated");
        assertThat(step.text().vi())
                .isEqualTo("Tiêu chí phụ 'group-subtotal' tách được: yen-bai (I: 38.5) xếp trước phu-tho (I: 37)");
        assertThat(ranked.get(1).explanation().children().get(0).text().en())
                .isEqualTo("Tie-breaker 'group-subtotal' separates: phu-tho (I: 37) goes after yen-bai (I: 38.5)");
    }

    @Test
    void chain_firstLinkTiesSecondSeparates_decidedByTheSecond() {
        List<Candidate> candidates = List.of(
                with(PHU_THO, "90")
                        .putAllSubtotals(Map.of("I", Points.of(40)))
                        .deductions(Points.of(2))
                        .build(),
                with(YEN_BAI, "90")
                        .putAllSubtotals(Map.of("I", Points.of(40)))
                        .deductions(Points.of(1))
                        .build());
        RankingRules rules = RankingRules.builder()
                .addChain(GROUP_I, TieBreakLink.of("fewer-deductions"))
                .build();
        List<RankedCandidate> ranked = rank(candidates, rules);
        assertThat(units(ranked)).containsExactly(YEN_BAI, PHU_THO);
        assertThat(ranked).allSatisfy(r -> assertThat(r.rank().decidedBy()).contains("fewer-deductions"));
        List<Explanation> steps = ranked.get(0).explanation().children();
        assertThat(steps)
                .extracting(Explanation::key)
                .containsExactly("ranking.tie-break.level", "ranking.tie-break.separated");
        assertThat(steps.get(0).text().en())
                .isEqualTo("Tie-breaker 'group-subtotal' does not separate: phu-tho (I: 40), yen-bai (I: 40)");
    }

    @Test
    void chain_laterLinksAreNotTriedOnceEveryTieIsSeparated() {
        List<Candidate> candidates = List.of(
                with(PHU_THO, "90").fullMarks(5).build(),
                with(YEN_BAI, "90").fullMarks(4).build());
        RankingRules rules = RankingRules.builder()
                .addChain(TieBreakLink.of("more-full-marks"), TieBreakLink.of("fewer-deductions"))
                .build();
        List<RankedCandidate> ranked = rank(candidates, rules);
        assertThat(units(ranked)).containsExactly(PHU_THO, YEN_BAI);
        assertThat(ranked.get(0).explanation().children()).hasSize(1);
        assertThat(ranked.get(0).rank().decidedBy()).contains("more-full-marks");
    }

    @Test
    void threeLevel_firstLinkSeparatesOneSecondLeavesTwoUnresolved() {
        List<Candidate> candidates = List.of(
                with(HA_GIANG, "90").fullMarks(6).build(),
                with(PHU_THO, "90").fullMarks(5).build(),
                with(YEN_BAI, "90").fullMarks(5).build());
        RankingRules rules = RankingRules.builder()
                .addChain(TieBreakLink.of("more-full-marks"), TieBreakLink.of("fewer-deductions"))
                .build();
        List<RankedCandidate> ranked = rank(candidates, rules);
        assertThat(units(ranked)).containsExactly(HA_GIANG, PHU_THO, YEN_BAI);
        assertThat(positions(ranked)).containsExactly(1, 2, 2);
        assertThat(ranked.get(0).rank().decidedBy()).contains("more-full-marks");
        Rank phuTho = ranked.get(1).rank();
        assertThat(phuTho.unresolved()).isTrue();
        assertThat(phuTho.decidedBy()).isEmpty();
        assertThat(phuTho.tiedWith()).containsExactly(YEN_BAI);
        assertThat(ranked.get(1).explanation().text().en())
                .isEqualTo("Position 2, unresolved: level on 90 points with ha-giang, yen-bai; no tie-breaker"
                        + " separates it from yen-bai; awaits a decision by the competent authority");
        assertThat(ranked.get(1).explanation().children().get(0).text().en())
                .isEqualTo("Tie-breaker 'more-full-marks' separates: phu-tho (5 criteria at full marks) goes after"
                        + " ha-giang (6 criteria at full marks); still level with yen-bai (5 criteria at full marks)");
    }

    @Test
    void womenShare_statutoryPreference_putsTheCollectiveWithSeventyPercentWomenFirst() {
        List<Candidate> candidates = List.of(
                with(PHU_THO, "90").collective(collective(PHU_THO, 100, 69)).build(),
                with(YEN_BAI, "90").collective(collective(YEN_BAI, 10, 7)).build());
        List<RankedCandidate> ranked = rank(
                candidates,
                RankingRules.builder().addChain(TieBreakLink.of("women-share")).build());
        assertThat(units(ranked)).containsExactly(YEN_BAI, PHU_THO);
        assertThat(ranked.get(0).explanation().children().get(0).text().en())
                .isEqualTo("Tie-breaker 'women-share' separates: yen-bai (7/10 women, at least 70 %) goes before"
                        + " phu-tho (69/100 women, below 70 %)");
    }

    @Test
    void inconsistentLink_missingVotesForOneOfThree_separatesNobody() {
        // ha-giang 12 votes, phu-tho 10, yen-bai unknown: vote-result finds yen-bai level with both
        // but ha-giang ahead of phu-tho, which is no order at all.
        List<Candidate> candidates = List.of(
                with(HA_GIANG, "90").votes(12).build(),
                with(PHU_THO, "90").votes(10).build(),
                candidate(YEN_BAI, "90"));
        List<RankedCandidate> ranked = rank(
                candidates,
                RankingRules.builder().addChain(TieBreakLink.of("vote-result")).build());
        assertThat(positions(ranked)).containsExactly(1, 1, 1);
        assertThat(ranked).allSatisfy(r -> assertThat(r.rank().unresolved()).isTrue());
        assertThat(ranked.get(0).explanation().children().get(0).key()).isEqualTo("ranking.tie-break.inconsistent");
    }

    @Test
    void inconsistentLink_theNextLinkStillSeparates() {
        List<Candidate> candidates = List.of(
                with(HA_GIANG, "90").votes(12).fullMarks(1).build(),
                with(PHU_THO, "90").votes(10).fullMarks(3).build(),
                with(YEN_BAI, "90").fullMarks(2).build());
        RankingRules rules = RankingRules.builder()
                .addChain(TieBreakLink.of("vote-result"), TieBreakLink.of("more-full-marks"))
                .build();
        List<RankedCandidate> ranked = rank(candidates, rules);
        assertThat(units(ranked)).containsExactly(PHU_THO, YEN_BAI, HA_GIANG);
        assertThat(positions(ranked)).containsExactly(1, 2, 3);
        assertThat(ranked).allSatisfy(r -> assertThat(r.rank().decidedBy()).contains("more-full-marks"));
    }

    @Test
    void lot_lastLinkSeparatesEveryTieInThePinnedOrder() {
        List<Candidate> candidates = List.of(
                candidate(HA_GIANG, "90"),
                candidate(PHU_THO, "90"),
                candidate(TUYEN_QUANG, "90"),
                candidate(YEN_BAI, "90"));
        RankingRules rules = RankingRules.builder()
                .addChain(TieBreakLink.of("lot", Parameters.of(Map.of("seed", "Biên bản họp Cụm số 2, 15/01/2026"))))
                .build();
        List<RankedCandidate> ranked = rank(candidates, rules);
        assertThat(units(ranked)).containsExactly(YEN_BAI, PHU_THO, TUYEN_QUANG, HA_GIANG);
        assertThat(positions(ranked)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void unitAloneOnItsTotal_hasNoTieBreakStepsAndAPlainExplanation() {
        List<RankedCandidate> ranked = rank(
                ninetyFiveNinetyNinetyEighty(),
                RankingRules.builder().addChain(GROUP_I).build());
        RankedCandidate first = of(ranked, HA_GIANG);
        assertThat(first.rank()).isEqualTo(Rank.of(1));
        assertThat(first.explanation().children()).isEmpty();
        assertThat(first.explanation().render(Locale.ENGLISH))
                .isEqualTo("Position 1 with 95 points (unit: ha-giang, total: 95)");
    }

    @Test
    void dense_countsPlacesNotUnits_afterASeparatedTie() {
        List<Candidate> candidates = List.of(
                candidate(LAO_CAI, "99"),
                candidate(HA_GIANG, "95"),
                candidate(PHU_THO, "95"),
                with(YEN_BAI, "90").fullMarks(2).build(),
                with(TUYEN_QUANG, "90").fullMarks(1).build());
        RankingRules rules = RankingRules.builder()
                .kind(RankingKind.DENSE)
                .addChain(TieBreakLink.of("more-full-marks"))
                .build();
        List<RankedCandidate> ranked = rank(candidates, rules);
        assertThat(units(ranked)).containsExactly(LAO_CAI, HA_GIANG, PHU_THO, YEN_BAI, TUYEN_QUANG);
        assertThat(positions(ranked)).containsExactly(1, 2, 2, 3, 4);
    }

    @Test
    void noCandidates_givesAnEmptyRanking() {
        assertThat(rank(List.of(), RankingRules.of(RankingKind.DENSE))).isEmpty();
    }

    @Test
    void unknownTieBreaker_isRejectedNamingTheLink() {
        RankingRules rules =
                RankingRules.builder().addChain(TieBreakLink.of("coin-toss")).build();
        ValidationException e = rejected(() -> rank(ninetyFiveNinetyNinetyEighty(), rules));
        assertThat(e.type()).isEqualTo("RankingRules");
        assertThat(e.field()).isEqualTo("chain[0].name");
        assertThat(e.value()).contains("\"coin-toss\"");
    }

    @Test
    void invalidLinkParameters_areRejectedBeforeRanking() {
        RankingRules rules = RankingRules.builder()
                .addChain(TieBreakLink.of("group-subtotal"))
                .build();
        ValidationException e = rejected(() -> rank(ninetyFiveNinetyNinetyEighty(), rules));
        assertThat(e.type()).isEqualTo("group-subtotal");
        assertThat(e.field()).isEqualTo("group");
    }

    @Test
    void unitListedTwice_isRejected() {
        List<Candidate> candidates = List.of(candidate(PHU_THO, "90"), candidate(PHU_THO, "80"));
        ValidationException e = rejected(() -> rank(candidates, RankingRules.of(RankingKind.COMPETITION)));
        assertThat(e.field()).isEqualTo("candidates[1].unit");
        assertThat(e.value()).contains("\"phu-tho\"");
    }

    @Test
    void badTieBreakerParameter_isRejected_evenWhenNoTieReachesIt() {
        // No two totals are equal, so the lot is never drawn; its blank seed is still an error.
        List<Candidate> candidates = List.of(candidate(PHU_THO, "95"), candidate(YEN_BAI, "90"));
        RankingRules rules = RankingRules.builder()
                .addChain(TieBreakLink.of("lot", Parameters.of(Map.of("seed", " "))))
                .build();

        assertThat(rejected(() -> rank(candidates, rules)).field()).isEqualTo("seed");
    }
}
