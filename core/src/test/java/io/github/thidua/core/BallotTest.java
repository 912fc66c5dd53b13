package io.github.thidua.core;

import static io.github.thidua.core.H2Fixtures.HA_GIANG;
import static io.github.thidua.core.H2Fixtures.PHU_THO;
import static io.github.thidua.core.H2Fixtures.YEN_BAI;
import static io.github.thidua.core.H2Fixtures.approval;
import static io.github.thidua.core.H2Fixtures.missing;
import static io.github.thidua.core.H2Fixtures.ranking;
import static io.github.thidua.core.H2Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BallotTest {

    private static Ballot.Builder ballot() {
        return Ballot.builder().voter(HA_GIANG).round(1).mode(BallotMode.WRITTEN);
    }

    @Test
    void build_approvals_isAnApprovalBallot() {
        Ballot b = approval(HA_GIANG, 1, YEN_BAI, PHU_THO);
        assertThat(b.isApproval()).isTrue();
        assertThat(b.isRanking()).isFalse();
        assertThat(b.isBlank()).isFalse();
        assertThat(b.choices()).containsExactly(YEN_BAI, PHU_THO);
    }

    @Test
    void build_ranking_keepsTheOrderBestFirst() {
        Ballot b = ranking(HA_GIANG, 2, PHU_THO, YEN_BAI);
        assertThat(b.isRanking()).isTrue();
        assertThat(b.ranking()).containsExactly(PHU_THO, YEN_BAI);
        assertThat(b.choices()).isEqualTo(b.ranking());
    }

    @Test
    void build_neitherApprovalsNorRanking_isABlankBallot() {
        Ballot b = ballot().build();
        assertThat(b.isBlank()).isTrue();
        assertThat(b.isApproval()).isFalse();
        assertThat(b.isRanking()).isFalse();
        assertThat(b.choices()).isEmpty();
        assertThat(b.mode().label().vi()).isEqualTo("bằng văn bản");
    }

    @Test
    void build_approvalsAndRanking_isRejected() {
        ValidationException e = rejected(
                () -> ballot().addApprovals(YEN_BAI).addRanking(PHU_THO).build());
        assertThat(e.type()).isEqualTo("Ballot");
        assertThat(e.field()).isEqualTo("ranking");
        assertThat(e.getMessage()).contains("either approvals or a ranking, never both");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("không cả hai");
    }

    @Test
    void build_roundZero_isRejected() {
        ValidationException e = rejected(() -> Ballot.builder()
                .voter(HA_GIANG)
                .round(0)
                .mode(BallotMode.IN_PERSON)
                .build());
        assertThat(e.field()).isEqualTo("round");
        assertThat(e.value()).contains("0");
        assertThat(e.getMessage()).contains("at least 1");
    }

    @Test
    void build_duplicateApproval_isRejectedWithPath() {
        ValidationException e =
                rejected(() -> ballot().addApprovals(YEN_BAI, PHU_THO, YEN_BAI).build());
        assertThat(e.field()).isEqualTo("approvals[2]");
        assertThat(e.value()).contains("yen-bai");
        assertThat(e.getMessage()).contains("repeats approvals[0]");
    }

    @Test
    void build_duplicateInRanking_isRejectedWithPath() {
        ValidationException e =
                rejected(() -> ballot().addRanking(PHU_THO, PHU_THO).build());
        assertThat(e.field()).isEqualTo("ranking[1]");
    }

    @Test
    void build_missingMode_isReported() {
        MissingValueException e =
                missing(() -> Ballot.builder().voter(HA_GIANG).round(1).build());
        assertThat(e.type()).isEqualTo("Ballot");
        assertThat(e.field()).contains("mode");
    }

    @Test
    void builder_nulls_areRejectedAsMissing() {
        assertThat(missing(() -> Ballot.builder().voter(null)).field()).isEqualTo("voter");
        missing(() -> Ballot.builder().mode(null));
        missing(() -> Ballot.builder().addApprovals((Id) null));
        missing(() -> Ballot.builder().addRanking(YEN_BAI, null));
    }

    @Test
    void equals_sameValues_areEqual() {
        assertThat(approval(HA_GIANG, 1, YEN_BAI))
                .isEqualTo(approval(HA_GIANG, 1, YEN_BAI))
                .hasSameHashCodeAs(approval(HA_GIANG, 1, YEN_BAI))
                .isNotEqualTo(ranking(HA_GIANG, 1, YEN_BAI))
                .isNotEqualTo(approval(HA_GIANG, 2, YEN_BAI));
    }
}
