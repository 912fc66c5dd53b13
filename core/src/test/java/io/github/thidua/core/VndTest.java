package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.dec;
import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VndTest {

    /** The base salary in force from 1 July 2024. */
    private static final Vnd BASE = Vnd.of(2_340_000);

    private static Vnd reward(Vnd amount, String coefficient) {
        return amount.multipliedBy(dec(coefficient), 10_000, RoundingMode.UP);
    }

    @ParameterizedTest(name = "{0} × base salary = {1} đồng")
    @CsvSource({
        "12, 28080000", // Government emulation flag
        "8, 18720000", // ministry or provincial flag
        "0.3, 710000", // Advanced Worker: 702,000 rounded up to 710,000
        "1.5, 3510000", // Excellent Labour Collective
    })
    void multipliedBy_legalCoefficients_roundUpToTheNextTenThousand(String coefficient, long expected) {
        assertThat(reward(BASE, coefficient).amount()).isEqualTo(expected);
    }

    @Test
    void multipliedBy_advancedWorker_unroundedProductIs702000() {
        assertThat(BASE.multipliedBy(dec("0.3"), 1, RoundingMode.UP)).isEqualTo(Vnd.of(702_000));
        assertThat(reward(BASE, "0.3")).isEqualTo(Vnd.of(710_000));
    }

    @Test
    void multipliedBy_householdGetsOneAndAHalfTimesTheIndividualAmount() {
        Vnd individual = reward(BASE, "0.3");
        // 1.5 × 710,000 = 1,065,000, rounded up to 1,070,000.
        assertThat(reward(individual, "1.5")).isEqualTo(Vnd.of(1_070_000));
        Vnd flagIndividual = reward(BASE, "8");
        assertThat(reward(flagIndividual, "1.5")).isEqualTo(Vnd.of(28_080_000));
    }

    @Test
    void multipliedBy_zeroCoefficient_isZero() {
        assertThat(reward(BASE, "0")).isEqualTo(Vnd.ZERO);
    }

    @Test
    void of_negativeAmount_isRejected() {
        ValidationException e = rejection(() -> Vnd.of(-1));
        assertThat(e.type()).isEqualTo("Vnd");
        assertThat(e.field()).isEqualTo("amount");
        assertThat(e.value()).contains("-1");
        assertThat(e.problem().en()).isEqualTo("negative amount");
    }

    @Test
    void multipliedBy_negativeCoefficient_isRejected() {
        ValidationException e = rejection(() -> reward(BASE, "-0.3"));
        assertThat(e.field()).isEqualTo("coefficient");
        assertThat(e.value()).contains("\"-0.3\"");
        assertThat(e.problem().en()).isEqualTo("negative coefficient");
    }

    @Test
    void rounding_stepBelowOne_isRejected() {
        ValidationException e = rejection(() -> BASE.multipliedBy(dec("0.3"), 0, RoundingMode.UP));
        assertThat(e.field()).isEqualTo("step");
        assertThat(e.value()).contains("0");
        assertThat(rejection(() -> BASE.roundedTo(-10_000, RoundingMode.UP)).field())
                .isEqualTo("step");
    }

    @Test
    void roundedTo_roundsTheAmountToTheStep() {
        assertThat(Vnd.of(1_065_000).roundedTo(10_000, RoundingMode.UP)).isEqualTo(Vnd.of(1_070_000));
        assertThat(Vnd.of(1_065_000).roundedTo(10_000, RoundingMode.DOWN)).isEqualTo(Vnd.of(1_060_000));
        assertThat(Vnd.of(1_065_000).roundedTo(10_000, RoundingMode.HALF_EVEN)).isEqualTo(Vnd.of(1_060_000));
        assertThat(Vnd.of(1_070_000).roundedTo(10_000, RoundingMode.UP)).isEqualTo(Vnd.of(1_070_000));
    }

    @Test
    void plus_addsAndRefusesOverflow() {
        assertThat(Vnd.of(710_000).plus(Vnd.of(3_510_000))).isEqualTo(Vnd.of(4_220_000));
        assertThatThrownBy(() -> Vnd.of(Long.MAX_VALUE).plus(Vnd.of(1)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage())
                                .contains("beyond the largest amount; value: \"9223372036854775808\""));
    }

    @Test
    void multipliedBy_aProductNoLongHolds_isAValidationException_notArithmeticException() {
        assertThatThrownBy(() ->
                        Vnd.of(Long.MAX_VALUE / 2).multipliedBy(new java.math.BigDecimal("3"), 1, RoundingMode.UP))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.getMessage(Text.VIETNAMESE)).contains("số tiền vượt mức lớn nhất");
                });
    }

    @Test
    void format_inVietnameseAndEnglish() {
        assertThat(BASE.format(Text.VIETNAMESE)).isEqualTo("2.340.000 đồng");
        assertThat(BASE.format(Locale.forLanguageTag("vi"))).isEqualTo("2.340.000 đồng");
        assertThat(BASE.format(Locale.ENGLISH)).isEqualTo("VND 2,340,000");
        assertThat(BASE.format(Locale.FRANCE)).isEqualTo("VND 2,340,000");
        assertThat(Vnd.ZERO.format(Locale.ENGLISH)).isEqualTo("VND 0");
    }

    @Test
    void valueSemantics_equalityOrderAndText() {
        assertThat(Vnd.of(710_000)).isEqualTo(Vnd.of(710_000)).hasSameHashCodeAs(Vnd.of(710_000));
        assertThat(Vnd.of(710_000)).isNotEqualTo(Vnd.of(700_000));
        assertThat(Vnd.of(0)).isSameAs(Vnd.ZERO);
        assertThat(Vnd.of(700_000).compareTo(Vnd.of(710_000))).isNegative();
        assertThat(BASE).hasToString("2340000 VND");
        assertThat(BASE.amount()).isEqualTo(2_340_000L);
    }

    @Test
    void multipliedBy_aCoefficientOfAHugeExponent_isRefused_beforeAnyRounding() {
        for (String coefficient : new String[] {"1e99999999", "1e-99999999", "1e12", "0.0000000000001"}) {
            assertThatThrownBy(() -> BASE.multipliedBy(new java.math.BigDecimal(coefficient), 10_000, RoundingMode.UP))
                    .as(coefficient)
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.field()).isEqualTo("coefficient");
                        assertThat(e.getMessage())
                                .contains("coefficient out of range")
                                .hasSizeLessThan(300);
                    });
        }
    }
}
