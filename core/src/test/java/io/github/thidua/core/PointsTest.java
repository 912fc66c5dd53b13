package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.dec;
import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsTest {

    private static Points p(String text) {
        return Points.parse(text);
    }

    private static Rounding step(String step, RoundingMode mode) {
        return Rounding.toStep(dec(step), mode);
    }

    @Test
    void parse_plainDecimal_keepsExactValue() {
        assertThat(p("7.75").toBigDecimal()).isEqualByComparingTo("7.75");
        assertThat(p("-0.5").toString()).isEqualTo("-0.5");
        assertThat(p(" 95 ").toString()).isEqualTo("95");
        assertThat(p("1e2").toString()).isEqualTo("100");
    }

    @Test
    void parse_notADecimal_isRejectedWithTheBadText() {
        ValidationException e = rejection(() -> Points.parse("7,5"));
        assertThat(e.type()).isEqualTo("Points");
        assertThat(e.field()).isEqualTo("text");
        assertThat(e.value()).contains("\"7,5\"");
        assertThat(e.problem().en()).isEqualTo("not a decimal number");
        assertThat(e.getMessage())
                .isEqualTo("Points.text: not a decimal number; value: \"7,5\"; "
                        + "allowed: a decimal such as 7.75 or -0.5.");
    }

    @Test
    void parse_emptyOrTooLongText_isRejectedAsText() {
        assertThat(rejection(() -> Points.parse("")).field()).isEqualTo("text");
        assertThat(rejection(() -> Points.parse("1".repeat(41))).field()).isEqualTo("text");
        assertThat(rejection(() -> Points.parse("NaN")).field()).isEqualTo("text");
    }

    @Test
    void parse_null_isMissingText() {
        assertThatThrownBy(() -> Points.parse(null))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Points.text: missing; allowed: a value.");
    }

    @Test
    void of_nullBigDecimal_isMissingValue() {
        assertThatThrownBy(() -> Points.of((BigDecimal) null))
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Points");
                    assertThat(e.field()).isEqualTo("value");
                    assertThat(e.value()).isEmpty();
                });
    }

    @Test
    void equality_ignoresTrailingZeros() {
        assertThat(p("7.50")).isEqualTo(p("7.5"));
        assertThat(p("7.50").hashCode()).isEqualTo(p("7.5").hashCode());
        assertThat(p("7.50").toString()).isEqualTo("7.5");
        assertThat(p("0.000")).isEqualTo(Points.ZERO);
        assertThat(p("-0.0")).isEqualTo(Points.ZERO);
        assertThat(Points.of(dec("100.00"))).isEqualTo(Points.of(100));
        assertThat(p("7.5")).isNotEqualTo(p("7.25")).isNotEqualTo(new BigDecimal("7.5"));
    }

    @Test
    void toString_isPlainDecimal_neverScientific() {
        assertThat(Points.of(dec("1E+2")).toString()).isEqualTo("100");
        assertThat(Points.of(dec("100.000")).toString()).isEqualTo("100");
        assertThat(Points.of(dec("100.000")).toBigDecimal().scale()).isZero();
        assertThat(Points.of(1000).toString()).isEqualTo("1000");
        assertThat(p("0.000000000001").toString()).isEqualTo("0.000000000001");
        assertThat(Points.ZERO.toString()).isEqualTo("0");
    }

    @Test
    void plusAndMinus_areExact() {
        assertThat(p("72.5").plus(p("1.25"))).isEqualTo(p("73.75"));
        assertThat(p("0.1").plus(p("0.2"))).isEqualTo(p("0.3"));
        assertThat(p("0.3").minus(p("0.1"))).isEqualTo(p("0.2"));
        assertThat(p("1").minus(p("1.25"))).isEqualTo(p("-0.25"));
        assertThat(p("2.5").negated()).isEqualTo(p("-2.5"));
    }

    @Test
    void plus_outOfRange_isRejected() {
        Points big = p("999999999999");
        ValidationException e = rejection(() -> big.plus(Points.of(1)));
        assertThat(e.field()).isEqualTo("value");
        assertThat(e.value()).contains("\"1000000000000\"");
    }

    @Test
    void multipliedBy_exactFactor_isExact() {
        assertThat(p("20").multipliedBy(dec("0.375"))).isEqualTo(p("7.5"));
        assertThat(p("0.25").multipliedBy(3)).isEqualTo(p("0.75"));
        assertThat(p("-1.5").multipliedBy(-2)).isEqualTo(p("3"));
    }

    @Test
    void multipliedBy_productBeyondTwelvePlaces_isRejectedUnlessRounded() {
        Points third = p("0.333333333333");
        ValidationException e = rejection(() -> third.multipliedBy(dec("0.1")));
        assertThat(e.field()).isEqualTo("value");
        assertThat(e.problem().en()).isEqualTo("points out of range");

        Points rounded = third.multipliedBy(dec("0.1"), Rounding.toScale(2, RoundingMode.HALF_UP));
        assertThat(rounded).isEqualTo(p("0.03"));
    }

    @Test
    void multipliedBy_withRounding_roundsTheProduct() {
        // 10 × 0.763 = 7.63, to the quarter point half-up: 7.75.
        assertThat(p("10").multipliedBy(dec("0.763"), step("0.25", RoundingMode.HALF_UP)))
                .isEqualTo(p("7.75"));
        assertThat(p("10").multipliedBy(dec("0.763"), Rounding.none())).isEqualTo(p("7.63"));
        assertThat(p("10").multipliedBy(dec("0.763"), Rounding.toScale(1, RoundingMode.DOWN)))
                .isEqualTo(p("7.6"));
    }

    @Test
    void dividedBy_roundsToScaleWithMode() {
        assertThat(p("10").dividedBy(dec("3"), 2, RoundingMode.HALF_UP)).isEqualTo(p("3.33"));
        assertThat(p("10").dividedBy(dec("3"), 2, RoundingMode.UP)).isEqualTo(p("3.34"));
        assertThat(p("2").dividedBy(dec("3"), 0, RoundingMode.HALF_UP)).isEqualTo(p("1"));
        assertThat(p("-10").dividedBy(dec("4"), 0, RoundingMode.HALF_EVEN)).isEqualTo(p("-2"));
        assertThat(p("-10").dividedBy(dec("4"), 0, RoundingMode.HALF_UP)).isEqualTo(p("-3"));
        assertThat(p("1").dividedBy(dec("8"), 12, RoundingMode.HALF_UP)).isEqualTo(p("0.125"));
    }

    @Test
    void dividedBy_zero_isRejectedWithFieldDivisor() {
        ValidationException e = rejection(() -> p("10").dividedBy(dec("0.00"), 2, RoundingMode.HALF_UP));
        assertThat(e.type()).isEqualTo("Points");
        assertThat(e.field()).isEqualTo("divisor");
        assertThat(e.value()).contains("0.00");
        assertThat(e.problem().en()).isEqualTo("division by zero");
    }

    @Test
    void dividedBy_scaleOutOfRangeOrUnnecessaryMode_isRejected() {
        assertThat(rejection(() -> p("10").dividedBy(dec("3"), 13, RoundingMode.HALF_UP))
                        .field())
                .isEqualTo("scale");
        assertThat(rejection(() -> p("10").dividedBy(dec("3"), -1, RoundingMode.HALF_UP))
                        .field())
                .isEqualTo("scale");
        assertThat(rejection(() -> p("10").dividedBy(dec("3"), 2, RoundingMode.UNNECESSARY))
                        .field())
                .isEqualTo("mode");
    }

    @ParameterizedTest(name = "{0} to step {1} {2} = {3}")
    @CsvSource({
        "7.63, 0.25, HALF_UP, 7.75",
        "7.62, 0.25, HALF_UP, 7.5",
        "7.625, 0.25, HALF_UP, 7.75",
        "7.375, 0.25, HALF_EVEN, 7.5",
        "7.125, 0.25, HALF_EVEN, 7",
        "7.74, 0.25, DOWN, 7.5",
        "7.51, 0.25, UP, 7.75",
        "7.5, 0.25, UP, 7.5",
        "-0.375, 0.25, HALF_UP, -0.5",
        "-0.375, 0.25, HALF_EVEN, -0.5",
        "-0.375, 0.25, DOWN, -0.25",
        "-0.375, 0.25, UP, -0.5",
        "-0.375, 0.25, HALF_DOWN, -0.25",
        "-0.375, 0.25, CEILING, -0.25",
        "-0.375, 0.25, FLOOR, -0.5",
        "73.75, 0.5, HALF_UP, 74",
        "73.74, 0.5, HALF_UP, 73.5",
        "73.25, 0.5, HALF_EVEN, 73",
        "73.75, 0.5, HALF_EVEN, 74",
        "73.99, 0.5, DOWN, 73.5",
        "73.01, 0.5, UP, 73.5",
        "-0.25, 0.5, HALF_UP, -0.5",
        "-0.25, 0.5, HALF_EVEN, 0",
        "95, 10, HALF_UP, 100",
    })
    void rounded_toStep_landsOnTheWorkedValue(String value, String stepText, RoundingMode mode, String expected) {
        Points rounded = p(value).rounded(step(stepText, mode));
        assertThat(rounded).isEqualTo(p(expected));
        assertThat(rounded.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to scale {1} {2} = {3}")
    @CsvSource({
        "2.345, 2, HALF_UP, 2.35",
        "2.345, 2, HALF_EVEN, 2.34",
        "2.355, 2, HALF_EVEN, 2.36",
        "2.349, 2, DOWN, 2.34",
        "2.341, 2, UP, 2.35",
        "-2.345, 2, HALF_UP, -2.35",
        "-2.345, 2, DOWN, -2.34",
        "99.5, 0, HALF_UP, 100",
    })
    void rounded_toScale_landsOnTheWorkedValue(String value, int scale, RoundingMode mode, String expected) {
        assertThat(p(value).rounded(Rounding.toScale(scale, mode)).toString()).isEqualTo(expected);
    }

    @Test
    void rounded_none_changesNothing() {
        assertThat(p("7.63").rounded(Rounding.none())).isEqualTo(p("7.63"));
    }

    @Test
    void of_thirteenDecimalPlaces_isRejected() {
        ValidationException e = rejection(() -> Points.of(dec("0.0000000000001")));
        assertThat(e.field()).isEqualTo("value");
        assertThat(e.value()).contains("\"0.0000000000001\"");
        assertThat(e.allowed().en()).isEqualTo("magnitude below 10^12 with at most 12 decimal places");
        // Trailing zeros do not count as places.
        assertThat(Points.of(dec("1.0000000000000000"))).isEqualTo(Points.of(1));
    }

    @Test
    void of_magnitudeTenToTheTwelve_isRejected() {
        assertThat(Points.of(999_999_999_999L).toString()).isEqualTo("999999999999");
        assertThat(rejection(() -> Points.of(1_000_000_000_000L)).field()).isEqualTo("value");
        assertThat(rejection(() -> Points.of(-1_000_000_000_000L)).value()).contains("\"-1000000000000\"");
        assertThat(rejection(() -> Points.parse("1E+12")).value()).contains("\"1000000000000\"");
    }

    @Test
    void minMaxAbsSignum_behaveAsNumbers() {
        Points a = p("7.5");
        Points b = p("-0.25");
        assertThat(a.min(b)).isSameAs(b);
        assertThat(a.max(b)).isSameAs(a);
        assertThat(a.min(p("7.50"))).isSameAs(a);
        assertThat(b.abs()).isEqualTo(p("0.25"));
        assertThat(a.abs()).isSameAs(a);
        assertThat(a.signum()).isEqualTo(1);
        assertThat(b.signum()).isEqualTo(-1);
        assertThat(Points.ZERO.signum()).isZero();
        assertThat(Points.ZERO.isZero()).isTrue();
        assertThat(b.isNegative()).isTrue();
        assertThat(a.isNegative()).isFalse();
        assertThat(a.isGreaterThan(b)).isTrue();
        assertThat(b.isLessThan(a)).isTrue();
        assertThat(a.isGreaterThan(p("7.50"))).isFalse();
    }

    @Test
    void isLessThan_isStrict_falseForEqualOrGreaterPoints() {
        assertThat(p("7.5").isLessThan(p("7.50"))).isFalse();
        assertThat(p("7.5").isLessThan(p("-1"))).isFalse();
        assertThat(p("7.25").isLessThan(p("7.5"))).isTrue();
    }

    @Test
    void compareTo_ordersByValue_consistentWithEquals() {
        List<Points> points = new ArrayList<>(List.of(p("10"), p("-1"), p("7.5"), p("7.25"), p("0")));
        Collections.sort(points);
        assertThat(points).extracting(Points::toString).containsExactly("-1", "0", "7.25", "7.5", "10");
        assertThat(p("7.5").compareTo(p("7.50"))).isZero();
    }

    @Test
    void nullArguments_areRejectedByName() {
        assertThatThrownBy(() -> p("1").plus(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("other");
        assertThatThrownBy(() -> p("1").multipliedBy(null, Rounding.none()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("factor");
        assertThatThrownBy(() -> p("1").rounded(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("rounding");
        assertThatThrownBy(() -> p("1").dividedBy(null, 2, RoundingMode.HALF_UP))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("divisor");
    }
}
