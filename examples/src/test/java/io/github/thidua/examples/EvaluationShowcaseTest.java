package io.github.thidua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.AwardProposal;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.Vnd;
import io.github.thidua.scoring.AwardStatus;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.spi.VoteOutcome;
import org.junit.jupiter.api.Test;

/** Seed 002's reported outcomes must come out of the engine, not out of the data. */
class EvaluationShowcaseTest {

    private final Evaluation evaluation = EvaluationShowcase.evaluate();

    private UnitResult unit(String id) {
        return evaluation.result().unit(Id.of(id)).orElseThrow();
    }

    @Test
    void phuTho_leadsAndIsProposedForTheFlag() {
        UnitResult phuTho = unit("phu-tho");
        // I.1 leads (416/320 = 1.3): 40; I.2 20, II.1 25, II.2 15; bonus 2 × 1.
        assertThat(phuTho.total()).isEqualTo(Points.of(102));
        assertThat(phuTho.rank().orElseThrow().position()).isEqualTo(1);
        assertThat(phuTho.band().orElseThrow().code()).isEqualTo("excellent");
        assertThat(phuTho.proposals())
                .extracting(AwardProposal::awardKind)
                .containsExactly(AwardKinds.MINISTRY_PROVINCE_FLAG);
        // 8 × 1,800,000 (base salary in force on 2023-12-15).
        assertThat(phuTho.cash()).contains(Vnd.of(14_400_000));
    }

    @Test
    void haGiangAndYenBai_areProposedForCertificatesOfMerit() {
        // Hà Giang: 20 + 20 × (1.2 − 1) / (1.3 − 1) = 33.333… → 33.33, + 60 + 1 = 94.33.
        assertThat(unit("ha-giang").total()).isEqualTo(Points.parse("94.33"));
        // Yên Bái: 20 + 20 × 0.1 / 0.3 = 26.666… → 26.67, + 60 + 1 = 87.67.
        assertThat(unit("yen-bai").total()).isEqualTo(Points.parse("87.67"));
        assertThat(evaluation.awards())
                .filteredOn(d -> d.status() == AwardStatus.PROPOSED)
                .extracting(d ->
                        d.unit().value() + ":" + d.award().orElseThrow().id().value())
                .containsExactly(
                        "phu-tho:ministry-province-flag",
                        "ha-giang:ministry-province-merit",
                        "yen-bai:ministry-province-merit");
    }

    @Test
    void theOthers_receiveNoProposal() {
        // Tuyên Quang at target: 20 + 60 = 80. Vĩnh Phúc: 20 × 0.9 = 18, + 60 − 0.5 = 77.5.
        assertThat(unit("tuyen-quang").total()).isEqualTo(Points.of(80));
        assertThat(unit("vinh-phuc").total()).isEqualTo(Points.parse("77.5"));
        assertThat(unit("tuyen-quang").proposals()).isEmpty();
        assertThat(unit("vinh-phuc").proposals()).isEmpty();
        assertThat(unit("vinh-phuc").band().orElseThrow().code()).isEqualTo("completed");
    }

    @Test
    void members_acclaimYenBaiHeadFor2024() {
        VoteOutcome vote = evaluation.votes().get(SeedEvaluation.HEAD_VOTE);
        assertThat(vote.decided()).isTrue();
        assertThat(vote.elected()).containsExactly(Id.of("yen-bai"));
    }

    @Test
    void render_printsTheTableProposalsVoteAndBothExplanations() {
        String text = EvaluationShowcase.render(evaluation);
        assertThat(text)
                .contains("1     Phú Thọ             102  Hoàn thành xuất sắc nhiệm vụ / Excellent")
                .contains("Suy tôn Cụm trưởng năm 2024 / head for 2024: Yên Bái")
                .contains("Phú Thọ: 102 điểm, hạng 1, xếp loại Hoàn thành xuất sắc nhiệm vụ")
                .contains("Phú Thọ: 102 points, rank 1, band Excellent")
                .contains("Leads with ratio 1.3: the maximum 40");
    }
}
