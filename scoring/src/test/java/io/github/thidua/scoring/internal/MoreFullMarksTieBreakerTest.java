package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.RankingFixtures.PHU_THO;
import static io.github.thidua.scoring.RankingFixtures.YEN_BAI;
import static io.github.thidua.scoring.RankingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.scoring.spi.Parameters;
import org.junit.jupiter.api.Test;

class MoreFullMarksTieBreakerTest {

    private final MoreFullMarksTieBreaker moreFullMarks = new MoreFullMarksTieBreaker();

    @Test
    void compare_moreCriteriaAtFullMarksGoesFirst() {
        assertThat(moreFullMarks.compare(
                        with(YEN_BAI, "90").fullMarks(7).build(),
                        with(PHU_THO, "90").fullMarks(6).build(),
                        Parameters.none()))
                .isNegative();
    }

    @Test
    void compare_sameCount_cannotSeparate() {
        assertThat(moreFullMarks.compare(
                        with(YEN_BAI, "90").fullMarks(6).build(),
                        with(PHU_THO, "90").fullMarks(6).build(),
                        Parameters.none()))
                .isZero();
    }

    @Test
    void describe_showsTheCount() {
        assertThat(moreFullMarks
                        .describe(with(YEN_BAI, "90").fullMarks(1).build(), Parameters.none())
                        .en())
                .isEqualTo("1 criterion at full marks");
    }
}
