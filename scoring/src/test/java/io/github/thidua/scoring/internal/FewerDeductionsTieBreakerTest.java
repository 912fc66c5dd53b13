package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.RankingFixtures.PHU_THO;
import static io.github.thidua.scoring.RankingFixtures.YEN_BAI;
import static io.github.thidua.scoring.RankingFixtures.candidate;
import static io.github.thidua.scoring.RankingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Points;
import io.github.thidua.scoring.spi.Parameters;
import org.junit.jupiter.api.Test;

class FewerDeductionsTieBreakerTest {

    private final FewerDeductionsTieBreaker fewerDeductions = new FewerDeductionsTieBreaker();

    @Test
    void compare_fewerPointsDeductedGoesFirst() {
        assertThat(fewerDeductions.compare(
                        with(YEN_BAI, "90").deductions(Points.parse("0.5")).build(),
                        with(PHU_THO, "90").deductions(Points.of(2)).build(),
                        Parameters.none()))
                .isNegative();
    }

    @Test
    void compare_noDeductionsBeatsSome() {
        assertThat(fewerDeductions.compare(
                        with(YEN_BAI, "90").deductions(Points.of(1)).build(),
                        candidate(PHU_THO, "90"),
                        Parameters.none()))
                .isPositive();
    }

    @Test
    void compare_sameDeductions_cannotSeparate() {
        assertThat(fewerDeductions.compare(
                        with(YEN_BAI, "90").deductions(Points.of(1)).build(),
                        with(PHU_THO, "90").deductions(Points.of(-1)).build(),
                        Parameters.none()))
                .isZero();
    }

    @Test
    void describe_showsThePointsDeducted() {
        assertThat(fewerDeductions
                        .describe(
                                with(YEN_BAI, "90")
                                        .deductions(Points.parse("1.5"))
                                        .build(),
                                Parameters.none())
                        .vi())
                .isEqualTo("bị trừ 1.5 điểm");
    }
}
