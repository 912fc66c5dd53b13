package io.github.thidua.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.serialization.scenario.ScenarioReport;
import io.github.thidua.serialization.scenario.ScenarioVerifier;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The five seed scenarios under {@code examples/data}: every reported outcome comes out of the engine. */
class SeedScenarioFilesTest {

    @TestFactory
    Stream<DynamicTest> everySeedScenario_holds() {
        // The rule-family scenarios under data/rules have their own test, RuleScenarioFilesTest.
        return ScenarioTests.dynamicTests(Path.of("data"))
                .filter(t -> !t.getDisplayName().startsWith("rules"));
    }

    private static String verify(String folder) {
        ScenarioReport report = ScenarioVerifier.verify(Path.of("data", folder, "scenario.yaml"));
        String text = report.render(Locale.ENGLISH);
        assertThat(report.passed()).as(text).isTrue();
        return text;
    }

    @Test
    void cluster2_flagForPhuThoMeritForHaGiangAndYenBai_yenBaiAcclaimed() {
        assertThat(verify("1-cum-2-2023"))
                .contains("ok   phu-tho proposals: ministry-province-flag")
                .contains("ok   yen-bai proposals: ministry-province-merit")
                .contains("ok   suy-ton-cum-truong-2024 elected: yen-bai")
                .contains("22 of 22 expectations held.");
    }

    @Test
    void northwest_ranksAndBands_withDienBienAsHost() {
        assertThat(verify("2-cum-1-tay-bac-2023"))
                .contains("ok   host role 2023: dien-bien")
                .contains("ok   dien-bien rank: 1")
                .contains("14 of 14 expectations held.");
    }

    @Test
    void cluster5_halfYearProgress() {
        assertThat(verify("3-cum-5-so-ket-2023"))
                .contains("ok   bac-ninh progress: 0.6300")
                .contains("7 of 7 expectations held.");
    }

    @Test
    void bloc_halfYearProgress_andKhoBacLeadsThePhase() {
        assertThat(verify("4-khoi-cq-dn-2024"))
                .contains("ok   ccb-kho-bac phase rank: 1")
                .contains("11 of 11 expectations held.");
    }

    @Test
    void lowland_flagForTuanGiao_meritForMuongAngAndDienBienPhu_commendationsRecorded() {
        assertThat(verify("5-vung-thap-dien-bien-2017"))
                .contains("ok   tuan-giao proposals: ministry-province-flag")
                .contains("ok   head role 2018: huyen-dien-bien")
                .contains("ok   ho-mua-dung-sinh awarded: db-cum-vung-thap-giay-khen")
                .contains("17 of 17 expectations held.");
    }
}
