package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.RankingFixtures.PHU_THO;
import static io.github.thidua.scoring.RankingFixtures.YEN_BAI;
import static io.github.thidua.scoring.RankingFixtures.candidate;
import static io.github.thidua.scoring.RankingFixtures.rejected;
import static io.github.thidua.scoring.RankingFixtures.subtotal;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.MissingValueException;
import io.github.thidua.scoring.spi.Parameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupSubtotalTieBreakerTest {

    private final GroupSubtotalTieBreaker groupSubtotal = new GroupSubtotalTieBreaker();
    private final Parameters groupI = Parameters.of(Map.of("group", "I"));

    @Test
    void compare_higherSubtotalGoesFirst() {
        assertThat(groupSubtotal.compare(
                        subtotal(YEN_BAI, "95", "I", "38.5"), subtotal(PHU_THO, "95", "I", "37"), groupI))
                .isNegative();
        assertThat(groupSubtotal.compare(
                        subtotal(PHU_THO, "95", "I", "37"), subtotal(YEN_BAI, "95", "I", "38.5"), groupI))
                .isPositive();
    }

    @Test
    void compare_equalSubtotals_cannotSeparate() {
        assertThat(groupSubtotal.compare(
                        subtotal(YEN_BAI, "95", "I", "38.50"), subtotal(PHU_THO, "95", "I", "38.5"), groupI))
                .isZero();
    }

    @Test
    void compare_subtotalOfAnotherGroupOnly_cannotSeparate() {
        assertThat(groupSubtotal.compare(
                        subtotal(YEN_BAI, "95", "II", "40"), subtotal(PHU_THO, "95", "I", "37"), groupI))
                .isZero();
    }

    @Test
    void describe_showsGroupAndSubtotal() {
        assertThat(groupSubtotal
                        .describe(subtotal(YEN_BAI, "95", "I", "38.5"), groupI)
                        .vi())
                .isEqualTo("I: 38.5");
        assertThat(groupSubtotal.describe(candidate(YEN_BAI, "95"), groupI).en())
                .isEqualTo("I: no subtotal");
    }

    @Test
    void validate_withoutGroup_isAMissingValue() {
        assertThat(rejected(() -> groupSubtotal.validate(Parameters.none())))
                .isInstanceOf(MissingValueException.class)
                .hasMessageContaining("group-subtotal.group");
    }

    @Test
    void validate_blankGroup_isRejected() {
        assertThat(rejected(() -> groupSubtotal.validate(Parameters.of(Map.of("group", " "))))
                        .field())
                .isEqualTo("group");
    }
}
