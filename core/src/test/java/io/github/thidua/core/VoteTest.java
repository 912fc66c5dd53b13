package io.github.thidua.core;

import static io.github.thidua.core.H2Fixtures.HA_GIANG;
import static io.github.thidua.core.H2Fixtures.OUTSIDER;
import static io.github.thidua.core.H2Fixtures.PHU_THO;
import static io.github.thidua.core.H2Fixtures.TUYEN_QUANG;
import static io.github.thidua.core.H2Fixtures.YEN_BAI;
import static io.github.thidua.core.H2Fixtures.approval;
import static io.github.thidua.core.H2Fixtures.missing;
import static io.github.thidua.core.H2Fixtures.ranking;
import static io.github.thidua.core.H2Fixtures.rejected;
import static io.github.thidua.core.H2Fixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoteTest {

    private static final List<Id> ELECTORATE = List.of(HA_GIANG, YEN_BAI, PHU_THO, TUYEN_QUANG);

    @Test
    void build_twoRounds_answersByRound() {
        Vote v = vote().addBallots(
                        approval(HA_GIANG, 1, YEN_BAI),
                        approval(YEN_BAI, 1, PHU_THO),
                        approval(PHU_THO, 1),
                        approval(HA_GIANG, 2, YEN_BAI))
                .build();
        assertThat(v.rounds()).isEqualTo(2);
        assertThat(v.ballots(1)).hasSize(3);
        assertThat(v.ballots(2)).extracting(Ballot::voter).containsExactly(HA_GIANG);
        assertThat(v.ballots(3)).isEmpty();
        assertThat(v.subject().text()).isEqualTo("Suy tôn Cụm trưởng năm 2024");
    }

    @Test
    void build_noBallots_hasNoRounds() {
        assertThat(vote().build().rounds()).isZero();
    }

    @Test
    void build_writtenBallotOfAbsentee_isAccepted() {
        Ballot written = Ballot.builder()
                .voter(TUYEN_QUANG)
                .round(1)
                .mode(BallotMode.WRITTEN)
                .addApprovals(YEN_BAI)
                .build();
        assertThat(vote().addBallots(written).build().ballots()).containsExactly(written);
    }

    @Test
    void build_blankBallotsInARankingVote_areAccepted() {
        Vote v = vote().addBallots(ranking(HA_GIANG, 1, PHU_THO, YEN_BAI), approval(YEN_BAI, 1))
                .build();
        assertThat(v.ballots(1)).hasSize(2);
    }

    @Test
    void build_voterOutsideElectorate_isRejectedWithPath() {
        ValidationException e =
                rejected(() -> vote().addBallots(approval(HA_GIANG, 1, YEN_BAI), approval(OUTSIDER, 1, YEN_BAI))
                        .build());
        assertThat(e.type()).isEqualTo("Vote");
        assertThat(e.field()).isEqualTo("ballots[1].voter");
        assertThat(e.value()).contains("ha-noi");
        assertThat(e.getMessage()).contains("a member of the electorate");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("thành viên có quyền bỏ phiếu");
    }

    @Test
    void build_twoBallotsOfOneVoterInARound_isRejected() {
        ValidationException e =
                rejected(() -> vote().addBallots(approval(HA_GIANG, 1, YEN_BAI), approval(HA_GIANG, 1, PHU_THO))
                        .build());
        assertThat(e.field()).isEqualTo("ballots[1].voter");
        assertThat(e.value()).contains("ha-giang");
        assertThat(e.getMessage()).contains("already voted in round 1 at ballots[0]");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("mỗi thành viên một phiếu mỗi vòng");
    }

    @Test
    void build_approvalOfNonCandidate_isRejectedWithPath() {
        ValidationException e = rejected(() ->
                vote().addBallots(approval(HA_GIANG, 1, YEN_BAI, TUYEN_QUANG)).build());
        assertThat(e.field()).isEqualTo("ballots[0].approvals[1]");
        assertThat(e.value()).contains("tuyen-quang");
        assertThat(e.getMessage()).contains("a candidate of the vote");
    }

    @Test
    void build_rankingOfNonCandidate_isRejectedWithPath() {
        ValidationException e =
                rejected(() -> vote().addBallots(ranking(HA_GIANG, 1, OUTSIDER)).build());
        assertThat(e.field()).isEqualTo("ballots[0].ranking[0]");
    }

    @Test
    void build_gapInRounds_isRejected() {
        ValidationException e =
                rejected(() -> vote().addBallots(approval(HA_GIANG, 1, YEN_BAI), approval(YEN_BAI, 3, YEN_BAI))
                        .build());
        assertThat(e.field()).isEqualTo("ballots[1].round");
        assertThat(e.value()).contains("3");
        assertThat(e.getMessage()).contains("round 2 has no ballots");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("vòng 2 không có phiếu nào");
    }

    @Test
    void build_noFirstRound_isRejected() {
        ValidationException e =
                rejected(() -> vote().addBallots(approval(HA_GIANG, 2, YEN_BAI)).build());
        assertThat(e.field()).isEqualTo("ballots[0].round");
        assertThat(e.getMessage()).contains("round 1 has no ballots");
    }

    @Test
    void build_mixedApprovalAndRanking_isRejected() {
        ValidationException e = rejected(() -> vote().addBallots(
                        approval(HA_GIANG, 1, YEN_BAI), approval(YEN_BAI, 1), ranking(PHU_THO, 1, YEN_BAI))
                .build());
        assertThat(e.field()).isEqualTo("ballots[2].ranking");
        assertThat(e.getMessage()).contains("ballots of one type");
        assertThat(e.getMessage()).contains("ballots[0]");
    }

    @Test
    void build_noCandidates_isRejected() {
        ValidationException e = rejected(() -> Vote.builder()
                .id(Id.of("v"))
                .subject(Name.of("Bình xét"))
                .addElectorate(HA_GIANG)
                .build());
        assertThat(e.field()).isEqualTo("candidates");
        assertThat(e.getMessage()).contains("at least 1 candidate");
    }

    @Test
    void build_emptyElectorate_isRejected() {
        ValidationException e = rejected(() -> Vote.builder()
                .id(Id.of("v"))
                .subject(Name.of("Bình xét"))
                .addCandidates(HA_GIANG)
                .build());
        assertThat(e.field()).isEqualTo("electorate");
    }

    @Test
    void build_duplicateCandidate_isRejected() {
        ValidationException e = rejected(() -> vote().addCandidates(YEN_BAI).build());
        assertThat(e.field()).isEqualTo("candidates[2]");
        assertThat(e.value()).contains("yen-bai");
    }

    @Test
    void build_duplicateElector_isRejected() {
        ValidationException e = rejected(() -> vote().addElectorate(PHU_THO).build());
        assertThat(e.field()).isEqualTo("electorate[4]");
    }

    @Test
    void build_missingSubject_isReported() {
        MissingValueException e = missing(
                () -> Vote.builder().id(Id.of("v")).addCandidates(YEN_BAI).build());
        assertThat(e.type()).isEqualTo("Vote");
        assertThat(e.field()).contains("subject");
    }

    @Test
    void builder_nulls_areRejectedAsMissing() {
        missing(() -> Vote.builder().id(null));
        missing(() -> Vote.builder().subject(null));
        missing(() -> Vote.builder().addBallots((Ballot) null));
        missing(() -> Vote.builder().addCandidates((Id) null));
    }

    @Test
    void equals_sameValues_areEqual() {
        Vote a = vote().addBallots(approval(HA_GIANG, 1, YEN_BAI)).build();
        Vote b = vote().addBallots(approval(HA_GIANG, 1, YEN_BAI)).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(vote().build());
    }

    @Test
    void property_validBallots_keepOneBallotPerVoterPerRound_andADuplicateIsRejected() {
        // Each element picks a voter (index into the electorate) and a round 1..3.
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, ELECTORATE.size() * 3 - 1))
                        .ofSizeBetween(1, 12))
                .checkAssert(picks -> {
                    List<Ballot> ballots = distinctBallots(picks);
                    Vote v = vote().addAllBallots(ballots).build();
                    Set<String> seen = new HashSet<>();
                    for (Ballot b : v.ballots()) {
                        assertThat(seen.add(b.voter() + "/" + b.round())).isTrue();
                    }
                    for (int r = 1; r <= v.rounds(); r++) {
                        assertThat(v.ballots(r)).isNotEmpty();
                    }
                    Ballot first = ballots.get(0);
                    List<Ballot> withDuplicate = new ArrayList<>(ballots);
                    withDuplicate.add(approval(first.voter(), first.round(), PHU_THO));
                    assertThatThrownBy(() -> vote().addAllBallots(withDuplicate).build())
                            .isInstanceOf(ValidationException.class)
                            .hasMessageContaining("already voted in round " + first.round());
                });
    }

    /** Turns picks into ballots, one per voter and round, with rounds renumbered 1..n. */
    private static List<Ballot> distinctBallots(List<Integer> picks) {
        Set<Integer> used = new HashSet<>();
        Set<Integer> rounds = new java.util.TreeSet<>();
        List<int[]> chosen = new ArrayList<>();
        for (int p : picks) {
            if (used.add(p)) {
                chosen.add(new int[] {p % ELECTORATE.size(), p / ELECTORATE.size() + 1});
                rounds.add(p / ELECTORATE.size() + 1);
            }
        }
        List<Integer> order = new ArrayList<>(rounds);
        List<Ballot> ballots = new ArrayList<>();
        for (int[] c : chosen) {
            int round = order.indexOf(c[1]) + 1;
            ballots.add(approval(ELECTORATE.get(c[0]), round, c[0] % 2 == 0 ? YEN_BAI : PHU_THO));
        }
        return ballots;
    }
}
