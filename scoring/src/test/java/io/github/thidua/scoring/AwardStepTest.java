package io.github.thidua.scoring;

import static io.github.thidua.scoring.AwardFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.ValidationException;
import org.junit.jupiter.api.Test;

class AwardStepTest {

    @Test
    void rankSelector_isInclusiveAtBothEnds() {
        AwardStep step =
                AwardFixtures.ranks(AwardKinds.MINISTRY_PROVINCE_MERIT, 2, 3).build();

        assertThat(step.selects(unit("a", 1))).isFalse();
        assertThat(step.selects(unit("a", 2))).isTrue();
        assertThat(step.selects(unit("a", 3))).isTrue();
        assertThat(step.selects(unit("a", 4))).isFalse();
    }

    @Test
    void bandSelector_needsOneOfTheBands() {
        AwardStep step = AwardStep.builder()
                .award(AwardKinds.COMMENDATION)
                .addBands("excellent", "good")
                .build();

        assertThat(step.selects(unit("a", 9, "good"))).isTrue();
        assertThat(step.selects(unit("a", 1, "fair"))).isFalse();
        assertThat(step.selects(unit("a", 1))).isFalse();
    }

    @Test
    void rankAndBand_mustBothMatch() {
        AwardStep step = AwardFixtures.ranks(AwardKinds.MINISTRY_PROVINCE_MERIT, 1, 3)
                .addBands("excellent")
                .build();

        assertThat(step.selects(unit("a", 2, "excellent"))).isTrue();
        assertThat(step.selects(unit("a", 2, "good"))).isFalse();
        assertThat(step.selects(unit("a", 4, "excellent"))).isFalse();
        assertThat(step.describeSelector().en()).isEqualTo("rank 1–3 and band excellent");
    }

    @Test
    void stepWithoutSelector_isRejected() {
        assertThatThrownBy(
                        () -> AwardStep.builder().award(AwardKinds.COMMENDATION).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no selector");
    }

    @Test
    void rankRangeOutOfOrder_isRejected() {
        assertThatThrownBy(
                        () -> AwardFixtures.ranks(AwardKinds.COMMENDATION, 3, 2).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("toRank");
    }

    @Test
    void ladderWithoutSteps_isRejected() {
        assertThatThrownBy(() -> AwardLadder.builder().build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least one step");
    }

    @Test
    void ladder_appliesToTheWholeClusterUnlessToldOtherwise() {
        assertThat(AwardFixtures.flagMeritCommendation().scope()).isEqualTo(LadderScope.CLUSTER);
    }
}
