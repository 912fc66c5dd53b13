package io.github.thidua.scoring;

import static io.github.thidua.scoring.BandFixtures.COMPLETED;
import static io.github.thidua.scoring.BandFixtures.EXCELLENT;
import static io.github.thidua.scoring.BandFixtures.NOT_COMPLETED;
import static io.github.thidua.scoring.BandFixtures.band;
import static io.github.thidua.scoring.BandFixtures.missing;
import static io.github.thidua.scoring.BandFixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BandResult;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import org.junit.jupiter.api.Test;

class BandTest {

    @Test
    void contains_includesMin_excludesMaxExclusive() {
        assertThat(COMPLETED.contains(Points.of(75))).isTrue();
        assertThat(COMPLETED.contains(Points.parse("84.99"))).isTrue();
        assertThat(COMPLETED.contains(Points.of(85))).isFalse();
        assertThat(COMPLETED.contains(Points.parse("74.75"))).isFalse();
    }

    @Test
    void contains_openSides_haveNoBound() {
        assertThat(EXCELLENT.contains(Points.of(1000))).isTrue();
        assertThat(NOT_COMPLETED.contains(Points.of(-1000))).isTrue();
        assertThat(NOT_COMPLETED.contains(Points.of(75))).isFalse();
    }

    @Test
    void range_isWordedInBothLanguages_withVietnameseDecimalCommas() {
        Band b = band("b", "B", "B")
                .min(Points.parse("84.75"))
                .maxExclusive(Points.parse("90.5"))
                .build();
        assertThat(b.range()).isEqualTo(Text.of("từ 84,75 đến dưới 90,5", "from 84.75 to below 90.5"));
        assertThat(EXCELLENT.range()).isEqualTo(Text.of("từ 95 trở lên", "95 or more"));
        assertThat(NOT_COMPLETED.range()).isEqualTo(Text.of("dưới 75", "below 75"));
    }

    @Test
    void toResult_keepsCodeAndLabel() {
        assertThat(EXCELLENT.toResult())
                .isEqualTo(BandResult.of("excellent", Text.of("Hoàn thành xuất sắc nhiệm vụ", "Excellent")));
    }

    @Test
    void build_emptyRange_isRejected() {
        ValidationException e = rejected(() -> band("b", "B", "B")
                .min(Points.of(80))
                .maxExclusive(Points.of(80))
                .build());
        assertThat(e.type()).isEqualTo("Band");
        assertThat(e.field()).isEqualTo("maxExclusive");
        assertThat(e.value()).contains("80");
        assertThat(e.getMessage())
                .isEqualTo("Band.maxExclusive: an empty range: no total can reach this band; value: 80;"
                        + " allowed: above min (80).");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("khoảng điểm rỗng").contains("lớn hơn min (80)");
    }

    @Test
    void build_malformedCode_isRejected() {
        ValidationException e = rejected(() -> band("xuất sắc", "B", "B").build());
        assertThat(e.field()).isEqualTo("code");
        assertThat(e.value()).contains("\"xuất sắc\"");
        assertThat(e.getMessage()).contains("not a valid code").contains("1–32 ASCII letters, digits, . _ -");
    }

    @Test
    void build_withoutLabel_isReportedMissing() {
        ValidationException e = missing(() -> Band.builder().code("b").build());
        assertThat(e.type()).isEqualTo("Band");
        assertThat(e.field()).contains("label");
    }
}
