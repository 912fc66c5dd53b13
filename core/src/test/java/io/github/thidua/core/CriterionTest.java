package io.github.thidua.core;

import static io.github.thidua.core.H1Fixtures.criterion;
import static io.github.thidua.core.H1Fixtures.invalid;
import static io.github.thidua.core.H1Fixtures.missing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CriterionTest {

    @Test
    void build_valid_keepsAttributes() {
        Criterion c = Criterion.builder()
                .code("2.3.a")
                .name(Name.of("Ký kết giao ước thi đua"))
                .maxPoints(Points.parse("2.5"))
                .kind(Qualitative.of())
                .description(" Có biên bản ký kết ")
                .build();
        assertThat(c.description()).contains("Có biên bản ký kết");
        assertThat(c.isScored()).isTrue();
        assertThat(criterion("B", 3, Bonus.of(Points.of(1))).isScored()).isFalse();
    }

    @Test
    void build_negativeMax_isRejected() {
        ValidationException e = invalid(() -> criterion("1", -1, Qualitative.of()));
        assertThat(e.field()).isEqualTo("maxPoints");
        assertThat(e.value()).contains("-1");
        assertThat(e.getMessage()).contains("a maximum of zero or more");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("điểm tối đa âm");
    }

    @Test
    void build_codeTooLongOrMalformed_isRejected() {
        assertThat(invalid(() -> criterion("x".repeat(33), 1, Qualitative.of())).field())
                .isEqualTo("code");
        assertThat(invalid(() -> criterion(".1", 1, Qualitative.of())).field()).isEqualTo("code");
        assertThat(criterion("x".repeat(32), 1, Qualitative.of()).code()).hasSize(32);
    }

    @Test
    void build_perOccurrenceAboveMax_isRejected() {
        ValidationException e = invalid(() -> criterion("1", 2, CountBased.of(Points.of(3))));
        assertThat(e.field()).isEqualTo("kind.pointsPerOccurrence");
        assertThat(e.value()).contains("3");
        assertThat(e.getMessage()).contains("points per occurrence up to 2");
    }

    @Test
    void builder_nullsAndMissingAttributes_throwMissingValue() {
        missing(() -> Criterion.builder().kind(null), "kind");
        missing(() -> Criterion.builder().code("1").build(), "name");
    }

    @Test
    void equality_isByValue() {
        assertThat(criterion("1", 5, Qualitative.of()))
                .isEqualTo(criterion("1", 5, Qualitative.of()))
                .isNotEqualTo(criterion("1", 5, Quantitative.of(H1Fixtures.GRDP)));
    }
}
