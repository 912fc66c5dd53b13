package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.RankingFixtures.PHU_THO;
import static io.github.thidua.scoring.RankingFixtures.YEN_BAI;
import static io.github.thidua.scoring.RankingFixtures.candidate;
import static io.github.thidua.scoring.RankingFixtures.collective;
import static io.github.thidua.scoring.RankingFixtures.rejected;
import static io.github.thidua.scoring.RankingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Collective;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WomenShareTieBreakerTest {

    private final WomenShareTieBreaker womenShare = new WomenShareTieBreaker();

    private static Candidate women(Id unit, int headCount, int women) {
        return with(unit, "90").collective(collective(unit, headCount, women)).build();
    }

    @Test
    void compare_sevenOfTenBeforeSixtyNineOfHundred_atTheStatutoryBoundary() {
        assertThat(womenShare.compare(women(YEN_BAI, 10, 7), women(PHU_THO, 100, 69), Parameters.none()))
                .isNegative();
        assertThat(womenShare.compare(women(PHU_THO, 100, 69), women(YEN_BAI, 10, 7), Parameters.none()))
                .isPositive();
    }

    @Test
    void compare_bothAtOrAboveTheShare_cannotSeparate() {
        assertThat(womenShare.compare(women(YEN_BAI, 10, 7), women(PHU_THO, 10, 10), Parameters.none()))
                .isZero();
    }

    @Test
    void compare_bothBelowTheShare_cannotSeparate() {
        assertThat(womenShare.compare(women(YEN_BAI, 100, 69), women(PHU_THO, 10, 1), Parameters.none()))
                .isZero();
    }

    @Test
    void compare_unknownHeadCounts_cannotSeparate() {
        Candidate noCounts = with(PHU_THO, "90")
                .collective(Collective.of(PHU_THO, Name.of("Hội CCB tỉnh Phú Thọ")))
                .build();
        assertThat(womenShare.compare(women(YEN_BAI, 10, 7), noCounts, Parameters.none()))
                .isZero();
        assertThat(womenShare.compare(women(YEN_BAI, 10, 7), candidate(PHU_THO, "90"), Parameters.none()))
                .isZero();
        assertThat(womenShare.compare(women(YEN_BAI, 10, 7), women(PHU_THO, 0, 0), Parameters.none()))
                .isZero();
    }

    @Test
    void compare_aGivenShare_isUsedExactly() {
        Parameters half = Parameters.of(Map.of("share", "0.5"));
        assertThat(womenShare.compare(women(YEN_BAI, 3, 1), women(PHU_THO, 4, 2), half))
                .isPositive();
    }

    @Test
    void describe_showsCountsAndTheShare() {
        assertThat(womenShare.describe(women(YEN_BAI, 10, 7), Parameters.none()).vi())
                .isEqualTo("7/10 nữ, đạt 70 %");
        assertThat(womenShare
                        .describe(women(PHU_THO, 100, 69), Parameters.none())
                        .en())
                .isEqualTo("69/100 women, below 70 %");
    }

    @Test
    void validate_shareAboveOne_isRejected() {
        ValidationException e = rejected(() -> womenShare.validate(Parameters.of(Map.of("share", "1.5"))));
        assertThat(e.type()).isEqualTo("women-share");
        assertThat(e.field()).isEqualTo("share");
    }

    @Test
    void validate_shareNotANumber_isRejected() {
        assertThat(rejected(() -> womenShare.validate(Parameters.of(Map.of("share", "bảy mươi"))))
                        .field())
                .isEqualTo("share");
    }

    @Test
    void validate_zeroShare_isRejected() {
        rejected(() -> womenShare.validate(Parameters.of(Map.of("share", "0"))));
    }

    @Test
    void validate_shareOfOne_isAccepted_asTheUpperLimit() {
        womenShare.validate(Parameters.of(Map.of("share", "1")));

        assertThat(womenShare
                        .describe(
                                with(YEN_BAI, "90")
                                        .collective(collective(YEN_BAI, 10, 10))
                                        .build(),
                                Parameters.of(Map.of("share", "1")))
                        .en())
                .isEqualTo("10/10 women, at least 100 %");
    }
}
