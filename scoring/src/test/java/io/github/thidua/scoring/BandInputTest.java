package io.github.thidua.scoring;

import static io.github.thidua.scoring.BandFixtures.missing;
import static io.github.thidua.scoring.BandFixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Points;
import io.github.thidua.core.ValidationException;
import org.junit.jupiter.api.Test;

class BandInputTest {

    @Test
    void build_fromCriterionResults_keepsPointsAndMaxima() {
        BandInput in = BandInput.builder()
                .total(Points.of(90))
                .criterion(CriterionResult.of("1.2", Points.parse("7.5")), Points.of(10))
                .build();
        assertThat(in.criterionPoints()).containsEntry("1.2", Points.parse("7.5"));
        assertThat(in.criterionMaxima()).containsEntry("1.2", Points.of(10));
        assertThat(in.discipline()).isEqualTo(Discipline.NONE);
        assertThat(BandInput.of(Points.of(3)).events()).isEmpty();
    }

    @Test
    void criterionWithoutMaximum_isReportedMissing() {
        ValidationException e = missing(() -> BandInput.builder()
                .total(Points.of(90))
                .putCriterionPoints("1.1", Points.of(5))
                .build());
        assertThat(e.type()).isEqualTo("BandInput");
        assertThat(e.field()).isEqualTo("criterionMaxima[1.1]");
    }

    @Test
    void maximumWithoutPoints_isRejected() {
        ValidationException e = rejected(() -> BandInput.builder()
                .total(Points.of(90))
                .putCriterionMaxima("1.1", Points.of(5))
                .build());
        assertThat(e.field()).isEqualTo("criterionMaxima[1.1]");
        assertThat(e.getMessage()).contains("a criterion without points");
    }

    @Test
    void zeroMaximum_isRejected() {
        ValidationException e = rejected(() -> BandInput.builder()
                .total(Points.of(90))
                .criterion("1.1", Points.ZERO, Points.ZERO)
                .build());
        assertThat(e.field()).isEqualTo("criterionMaxima[1.1]");
        assertThat(e.value()).contains("0");
        assertThat(e.getMessage()).contains("a maximum of zero or less").contains("points above zero");
    }

    @Test
    void malformedCriterionCode_isRejected() {
        ValidationException e = rejected(() -> BandInput.builder()
                .total(Points.of(90))
                .criterion("1 1", Points.ZERO, Points.of(1))
                .build());
        assertThat(e.field()).isEqualTo("criterionPoints");
        assertThat(e.value()).contains("\"1 1\"");
    }

    @Test
    void malformedEvent_isRejected() {
        ValidationException e = rejected(() ->
                BandInput.builder().total(Points.of(90)).addEvents("bị kỷ luật").build());
        assertThat(e.field()).isEqualTo("events");
        assertThat(e.getMessage()).contains("not a valid key");
    }

    @Test
    void missingTotal_isReported() {
        ValidationException e = missing(() -> BandInput.builder().build());
        assertThat(e.type()).isEqualTo("BandInput");
        assertThat(e.field()).contains("total");
    }
}
