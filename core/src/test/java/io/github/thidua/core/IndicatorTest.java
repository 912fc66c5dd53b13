package io.github.thidua.core;

import static io.github.thidua.core.H1Fixtures.grdp;
import static io.github.thidua.core.H1Fixtures.invalid;
import static io.github.thidua.core.H1Fixtures.missing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorTest {

    @Test
    void build_valid_keepsAttributes() {
        Indicator i = grdp();
        assertThat(i.unitOfMeasure()).isEqualTo("%");
        assertThat(i.direction().label().vi()).isEqualTo("càng cao càng tốt");
        assertThat(Direction.LOWER_IS_BETTER.label().vi()).isEqualTo("càng thấp càng tốt");
    }

    @Test
    void build_blankUnitOfMeasure_isRejected() {
        ValidationException e = invalid(() -> Indicator.builder()
                .id(Id.of("x"))
                .name(Name.of("Chỉ tiêu"))
                .unitOfMeasure(" ")
                .direction(Direction.HIGHER_IS_BETTER)
                .build());
        assertThat(e.field()).isEqualTo("unitOfMeasure");
        assertThat(e.getMessage()).contains("non-blank text");
    }

    @Test
    void build_longUnitOfMeasure_isRejected() {
        ValidationException e = invalid(() -> Indicator.builder()
                .id(Id.of("x"))
                .name(Name.of("Chỉ tiêu"))
                .unitOfMeasure("x".repeat(51))
                .direction(Direction.HIGHER_IS_BETTER)
                .build());
        assertThat(e.field()).isEqualTo("unitOfMeasure");
        assertThat(e.getMessage()).contains("at most 50 characters");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("tối đa 50 ký tự");
    }

    @Test
    void build_decomposedUnit_isNormalised() {
        Indicator i = Indicator.builder()
                .id(Id.of("xa"))
                .name(Name.of("Xã nông thôn mới"))
                .unitOfMeasure(" xa\u0303 ")
                .direction(Direction.HIGHER_IS_BETTER)
                .build();
        assertThat(i.unitOfMeasure()).isEqualTo("xã");
    }

    @Test
    void builder_nullsAndMissingAttributes_throwMissingValue() {
        missing(() -> Indicator.builder().unitOfMeasure(null), "unitOfMeasure");
        missing(() -> Indicator.builder().id(Id.of("x")).build(), "name");
    }

    @Test
    void equality_isByValue() {
        assertThat(grdp()).isEqualTo(grdp()).hasSameHashCodeAs(grdp());
        assertThat(grdp()).isNotEqualTo(H1Fixtures.newMembers());
    }
}
