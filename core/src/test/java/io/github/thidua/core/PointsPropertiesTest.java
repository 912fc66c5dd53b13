package io.github.thidua.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

class PointsPropertiesTest {

    private static final List<BigDecimal> STEPS = List.of(
            new BigDecimal("0.25"),
            new BigDecimal("0.5"),
            new BigDecimal("0.01"),
            new BigDecimal("0.05"),
            new BigDecimal("0.1"),
            BigDecimal.ONE,
            BigDecimal.TEN);

    private static final List<RoundingMode> MODES = Arrays.stream(RoundingMode.values())
            .filter(m -> m != RoundingMode.UNNECESSARY)
            .toList();

    private static QuickTheory theory() {
        return qt().withExamples(300);
    }

    /** Points with 1 to 6 decimal places and magnitude below 10^11, so three still add up in range. */
    private static Gen<Points> points() {
        return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .zip(integers().between(1, 6), (unscaled, scale) -> Points.of(BigDecimal.valueOf(unscaled, scale)));
    }

    @Test
    void plus_isCommutative() {
        theory().forAll(points(), points())
                .checkAssert((a, b) -> assertThat(a.plus(b)).isEqualTo(b.plus(a)));
    }

    @Test
    void plus_isAssociative() {
        theory().forAll(points(), points(), points())
                .checkAssert((a, b, c) -> assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c))));
    }

    @Test
    void plus_isExact_addingThenSubtractingGivesTheSameValueBack() {
        theory().forAll(points(), points()).checkAssert((a, b) -> {
            assertThat(a.plus(b).minus(b)).isEqualTo(a);
            assertThat(a.plus(b).toBigDecimal())
                    .isEqualByComparingTo(a.toBigDecimal().add(b.toBigDecimal()));
            assertThat(a.plus(a.negated())).isEqualTo(Points.ZERO);
        });
    }

    @Test
    void equalityAndOrder_agreeWithTheDecimalValue() {
        theory().forAll(points(), points()).checkAssert((a, b) -> {
            assertThat(Integer.signum(a.compareTo(b)))
                    .isEqualTo(Integer.signum(a.toBigDecimal().compareTo(b.toBigDecimal())));
            assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
            assertThat(Points.parse(a.toString())).isEqualTo(a);
        });
    }

    @Test
    void rounded_toAStep_isIdempotent() {
        theory().forAll(points(), arbitrary().pick(STEPS), arbitrary().pick(MODES))
                .checkAssert((x, step, mode) -> {
                    Rounding r = Rounding.toStep(step, mode);
                    Points once = x.rounded(r);
                    assertThat(once.rounded(r)).isEqualTo(once);
                });
    }

    @Test
    void rounded_toAStep_landsOnAMultipleOfTheStep() {
        theory().forAll(points(), arbitrary().pick(STEPS), arbitrary().pick(MODES))
                .checkAssert((x, step, mode) -> {
                    BigDecimal rounded = x.rounded(Rounding.toStep(step, mode)).toBigDecimal();
                    assertThat(rounded.remainder(step)).isEqualByComparingTo(BigDecimal.ZERO);
                });
    }

    @Test
    void rounded_toAStep_movesByAtMostOneStep_andHalfAStepForHalfModes() {
        theory().forAll(points(), arbitrary().pick(STEPS), arbitrary().pick(MODES))
                .checkAssert((x, step, mode) -> {
                    Points rounded = x.rounded(Rounding.toStep(step, mode));
                    BigDecimal distance = rounded.minus(x).abs().toBigDecimal();
                    assertThat(distance).isLessThanOrEqualTo(step);
                    if (mode.name().startsWith("HALF_")) {
                        assertThat(distance.multiply(BigDecimal.valueOf(2))).isLessThanOrEqualTo(step);
                    }
                });
    }

    @Test
    void rounded_toAStep_goesTheWayTheModeSays() {
        theory().forAll(points(), arbitrary().pick(STEPS), arbitrary().pick(MODES))
                .checkAssert((x, step, mode) -> {
                    Points rounded = x.rounded(Rounding.toStep(step, mode));
                    switch (mode) {
                        case DOWN -> assertThat(rounded.abs()).isLessThanOrEqualTo(x.abs());
                        case UP -> assertThat(rounded.abs()).isGreaterThanOrEqualTo(x.abs());
                        case FLOOR -> assertThat(rounded).isLessThanOrEqualTo(x);
                        case CEILING -> assertThat(rounded).isGreaterThanOrEqualTo(x);
                        default -> assertThat(rounded.signum() * x.signum()).isNotNegative();
                    }
                });
    }
}
