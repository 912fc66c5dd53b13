package io.github.thidua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluationQuickStartTest {

    @Test
    void run_listsEveryUnitWithTotalRankBandAndProposalsThenExplainsPhuTho() {
        assertThat(EvaluationQuickStart.run())
                .containsExactly(
                        "ha-giang 94.33 #2 good [ministry-province-merit]",
                        "phu-tho 102 #1 excellent [ministry-province-flag]",
                        "tuyen-quang 80 #4 completed []",
                        "vinh-phuc 77.5 #5 completed []",
                        "yen-bai 87.67 #3 good [ministry-province-merit]",
                        "Phú Thọ: 102 điểm, hạng 1, xếp loại Hoàn thành xuất sắc nhiệm vụ, đề nghị Cờ thi đua của bộ,"
                                + " ban, ngành, tỉnh, đoàn thể trung ương (unit: phu-tho)",
                        "Phú Thọ: 102 points, rank 1, band Excellent, proposed for Emulation Flag of a ministry, sector,"
                                + " province or central mass organisation (unit: phu-tho)");
    }

    @Test
    void readme_showsExactlyTheEvaluationCode() throws Exception {
        assertThat(QuickStartTest.readme())
                .contains(QuickStartTest.region(
                        "EvaluationQuickStart.java", "README: evaluation begins", "README: evaluation ends"));
    }
}
