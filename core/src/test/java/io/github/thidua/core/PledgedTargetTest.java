package io.github.thidua.core;

import static io.github.thidua.core.H1Fixtures.GRDP;
import static io.github.thidua.core.H1Fixtures.PHU_THO;
import static io.github.thidua.core.H1Fixtures.invalid;
import static io.github.thidua.core.H1Fixtures.missing;
import static io.github.thidua.core.H1Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PledgedTargetTest {

    @Test
    void build_valid_keepsExactValue() {
        PledgedTarget t = target(PHU_THO, GRDP, "7.80");
        assertThat(t.value()).isEqualTo(new BigDecimal("7.8"));
        assertThat(t).isEqualTo(target(PHU_THO, GRDP, "7.8")).hasSameHashCodeAs(target(PHU_THO, GRDP, "7.8"));
        assertThat(target(PHU_THO, GRDP, "100").value().toPlainString()).isEqualTo("100");
    }

    @Test
    void build_tooManyDecimals_isRejected() {
        ValidationException e = invalid(() -> target(PHU_THO, GRDP, "0.0000000000001"));
        assertThat(e.field()).isEqualTo("value");
        assertThat(e.value()).contains("0.0000000000001");
        assertThat(e.getMessage()).contains("at most 12 decimal places");
    }

    @Test
    void build_absurdMagnitude_isRejected() {
        ValidationException e = invalid(() -> target(PHU_THO, GRDP, "1E+30"));
        assertThat(e.field()).isEqualTo("value");
        assertThat(e.getMessage()).contains("magnitude below 10^18");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("số ngoài phạm vi");
    }

    @Test
    void build_note_isNormalisedAndBounded() {
        PledgedTarget t = PledgedTarget.builder()
                .unit(PHU_THO)
                .indicator(GRDP)
                .value(BigDecimal.TEN)
                .note(" phấn đấu vượt ")
                .build();
        assertThat(t.note()).contains("phấn đấu vượt");
        ValidationException e = invalid(() -> PledgedTarget.builder()
                .unit(PHU_THO)
                .indicator(GRDP)
                .value(BigDecimal.TEN)
                .note("x".repeat(1001))
                .build());
        assertThat(e.field()).isEqualTo("note");
    }

    @Test
    void builder_nullsAndMissingAttributes_throwMissingValue() {
        missing(() -> PledgedTarget.builder().value(null), "value");
        missing(() -> PledgedTarget.builder().unit(PHU_THO).build(), "indicator");
    }
}
