package io.github.thidua.scoring;

import static io.github.thidua.scoring.BandFixtures.clean;
import static io.github.thidua.scoring.BandFixtures.missing;
import static io.github.thidua.scoring.BandFixtures.rejected;
import static io.github.thidua.scoring.BandFixtures.withLowCriterion;
import static io.github.thidua.scoring.BandFixtures.withZero;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BandGuardTest {

    @Test
    void noCriterionZero_failsOnAZeroCriterionOnly() {
        BandGuard g = BandGuard.noCriterionZero();
        assertThat(g.isMetBy(clean("96").build())).isTrue();
        assertThat(g.isMetBy(withZero("96").build())).isFalse();
        assertThat(g.label()).isEqualTo(Text.of("không có tiêu chí nào 0 điểm", "no criterion scored zero"));
    }

    @Test
    void minCriterionShare_comparesEachCriterionWithItsOwnMaximum() {
        BandGuard quarter = BandGuard.minCriterionShare(new BigDecimal("0.25"));
        BandGuard half = BandGuard.minCriterionShare(new BigDecimal("0.5"));
        assertThat(quarter.isMetBy(withLowCriterion("90").build())).isTrue();
        assertThat(half.isMetBy(withLowCriterion("90").build())).isFalse();
        assertThat(half.label())
                .isEqualTo(Text.of(
                        "mọi tiêu chí đạt ít nhất 50% điểm tối đa",
                        "every criterion scores at least 50% of its maximum"));
        assertThat(BandGuard.minCriterionShare(new BigDecimal("0.875")).label().vi())
                .contains("87,5%");
    }

    @Test
    void noEvent_failsWhenTheEventIsRecorded() {
        BandGuard g = BandGuard.noEvent("late-report");
        assertThat(g.isMetBy(clean("90").build())).isTrue();
        assertThat(g.isMetBy(clean("90").addEvents("late-report").build())).isFalse();
        assertThat(g.label().en()).isEqualTo("no event late-report");
    }

    @Test
    void label_canBeGiven() {
        Text printed = Text.of("không có tiêu chí bị điểm liệt", "no criterion failed");
        BandGuard g = BandGuard.builder()
                .kind(BandGuardKind.NO_CRITERION_ZERO)
                .label(printed)
                .build();
        assertThat(g.label()).isEqualTo(printed);
        assertThat(BandGuardKind.NO_CRITERION_ZERO.label().vi()).isEqualTo("không có tiêu chí nào 0 điểm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.5", "1.01"})
    void share_outOfRange_isRejected(String share) {
        ValidationException e = rejected(() -> BandGuard.minCriterionShare(new BigDecimal(share)));
        assertThat(e.type()).isEqualTo("BandGuard");
        assertThat(e.field()).isEqualTo("share");
        assertThat(e.value()).contains(share);
        assertThat(e.getMessage()).contains("share out of range").contains("above 0 and at most 1");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("lớn hơn 0 và không quá 1");
    }

    @Test
    void share_withTooManyDecimals_isRejected() {
        ValidationException e = rejected(() -> BandGuard.minCriterionShare(new BigDecimal("0.1234567")));
        assertThat(e.field()).isEqualTo("share");
        assertThat(e.getMessage()).contains("at most 6 decimal places");
    }

    @Test
    void share_missing_isReported() {
        ValidationException e = missing(() ->
                BandGuard.builder().kind(BandGuardKind.MIN_CRITERION_SHARE).build());
        assertThat(e.field()).isEqualTo("share");
    }

    @Test
    void parameterOfAnotherKind_isRejected() {
        ValidationException e = rejected(() -> BandGuard.builder()
                .kind(BandGuardKind.NO_CRITERION_ZERO)
                .event("corruption")
                .build());
        assertThat(e.field()).isEqualTo("event");
        assertThat(e.getMessage()).contains("a guard of kind NO_CRITERION_ZERO takes no such parameter");
    }

    @Test
    void malformedEvent_isRejected() {
        ValidationException e = rejected(() -> BandGuard.noEvent("tham nhũng"));
        assertThat(e.field()).isEqualTo("event");
        assertThat(e.getMessage()).contains("not a valid key");
    }

    @Test
    void event_missing_isReported() {
        ValidationException e =
                missing(() -> BandGuard.builder().kind(BandGuardKind.NO_EVENT).build());
        assertThat(e.field()).isEqualTo("event");
    }
}
