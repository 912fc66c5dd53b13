package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.dec;
import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void none_leavesNumbersAsTheyAre() {
        Rounding none = Rounding.none();
        assertThat(none.isNone()).isTrue();
        assertThat(none.apply(dec("7.6349"))).isEqualTo(dec("7.6349"));
        assertThat(none.scale()).isEmpty();
        assertThat(none.step()).isEmpty();
        assertThat(none.mode()).isEmpty();
        assertThat(none).hasToString("none").isSameAs(Rounding.none());
    }

    @Test
    void toScale_roundsToDecimalPlaces() {
        Rounding r = Rounding.toScale(2, RoundingMode.HALF_UP);
        assertThat(r.isNone()).isFalse();
        assertThat(r.apply(dec("7.635"))).isEqualTo(dec("7.64"));
        assertThat(r.apply(dec("7"))).isEqualTo(dec("7.00"));
        assertThat(r.scale()).contains(2);
        assertThat(r.step()).isEmpty();
        assertThat(r.mode()).contains(RoundingMode.HALF_UP);
        assertThat(Rounding.toScale(0, RoundingMode.DOWN).apply(dec("-7.9"))).isEqualTo(dec("-7"));
        assertThat(Rounding.toScale(12, RoundingMode.DOWN).scale()).contains(12);
    }

    @Test
    void toScale_outsideZeroToTwelve_isRejectedWithFieldScale() {
        ValidationException high = rejection(() -> Rounding.toScale(13, RoundingMode.HALF_UP));
        assertThat(high.type()).isEqualTo("Rounding");
        assertThat(high.field()).isEqualTo("scale");
        assertThat(high.value()).contains("13");
        assertThat(high.allowed().en()).isEqualTo("0 to 12");
        assertThat(rejection(() -> Rounding.toScale(-1, RoundingMode.HALF_UP)).value())
                .contains("-1");
    }

    @Test
    void toStep_roundsToAMultipleOfTheStep() {
        Rounding quarter = Rounding.toStep(dec("0.25"), RoundingMode.HALF_UP);
        assertThat(quarter.apply(dec("7.63"))).isEqualByComparingTo("7.75");
        assertThat(quarter.apply(dec("7.62"))).isEqualByComparingTo("7.5");
        assertThat(quarter.step()).contains(dec("0.25"));
        assertThat(quarter.scale()).isEmpty();
        assertThat(quarter.mode()).contains(RoundingMode.HALF_UP);
        assertThat(Rounding.toStep(dec("10000"), RoundingMode.UP).apply(dec("702000")))
                .isEqualByComparingTo("710000");
    }

    @Test
    void toStep_zeroOrNegativeStep_isRejectedWithFieldStep() {
        ValidationException zero = rejection(() -> Rounding.toStep(dec("0"), RoundingMode.HALF_UP));
        assertThat(zero.field()).isEqualTo("step");
        assertThat(zero.value()).contains("\"0\"");
        assertThat(zero.problem().en()).isEqualTo("invalid rounding step");
        assertThat(rejection(() -> Rounding.toStep(dec("-0.25"), RoundingMode.HALF_UP))
                        .value())
                .contains("\"-0.25\"");
        assertThat(rejection(() -> Rounding.toStep(dec("0.0000000000001"), RoundingMode.HALF_UP))
                        .field())
                .isEqualTo("step");
    }

    @Test
    void unnecessaryMode_isRejectedForScaleAndStep() {
        ValidationException e = rejection(() -> Rounding.toScale(2, RoundingMode.UNNECESSARY));
        assertThat(e.field()).isEqualTo("mode");
        assertThat(e.value()).contains("UNNECESSARY");
        assertThat(e.problem().en()).isEqualTo("a mode that does not round");
        assertThat(rejection(() -> Rounding.toStep(dec("0.5"), RoundingMode.UNNECESSARY))
                        .field())
                .isEqualTo("mode");
    }

    @Test
    void missingStepOrMode_isMissingValue() {
        assertThatThrownBy(() -> Rounding.toStep(null, RoundingMode.HALF_UP))
                .isInstanceOfSatisfying(
                        MissingValueException.class, e -> assertThat(e.field()).isEqualTo("step"));
        assertThatThrownBy(() -> Rounding.toScale(2, null))
                .isInstanceOfSatisfying(
                        MissingValueException.class, e -> assertThat(e.field()).isEqualTo("mode"));
    }

    @Test
    void equality_isByScaleStepAndMode() {
        assertThat(Rounding.toScale(2, RoundingMode.HALF_UP)).isEqualTo(Rounding.toScale(2, RoundingMode.HALF_UP));
        assertThat(Rounding.toScale(2, RoundingMode.HALF_UP).hashCode())
                .isEqualTo(Rounding.toScale(2, RoundingMode.HALF_UP).hashCode());
        assertThat(Rounding.toStep(dec("0.50"), RoundingMode.DOWN))
                .isEqualTo(Rounding.toStep(dec("0.5"), RoundingMode.DOWN));
        assertThat(Rounding.toScale(2, RoundingMode.HALF_UP))
                .isNotEqualTo(Rounding.toScale(2, RoundingMode.HALF_EVEN))
                .isNotEqualTo(Rounding.toScale(1, RoundingMode.HALF_UP))
                .isNotEqualTo(Rounding.toStep(dec("0.01"), RoundingMode.HALF_UP))
                .isNotEqualTo(Rounding.none());
    }

    @Test
    void toString_describesTheRounding() {
        assertThat(Rounding.toScale(2, RoundingMode.HALF_UP)).hasToString("scale 2 HALF_UP");
        assertThat(Rounding.toStep(dec("0.250"), RoundingMode.HALF_EVEN)).hasToString("step 0.25 HALF_EVEN");
        assertThat(Rounding.toStep(dec("10000"), RoundingMode.UP)).hasToString("step 10000 UP");
    }
}
