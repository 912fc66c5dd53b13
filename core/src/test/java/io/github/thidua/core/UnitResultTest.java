package io.github.thidua.core;

import static io.github.thidua.core.H2Fixtures.PHU_THO;
import static io.github.thidua.core.H2Fixtures.YEN_BAI;
import static io.github.thidua.core.H2Fixtures.flagFor;
import static io.github.thidua.core.H2Fixtures.missing;
import static io.github.thidua.core.H2Fixtures.rejected;
import static io.github.thidua.core.H2Fixtures.unitResult;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class UnitResultTest {

    @Test
    void build_full_keepsEverything() {
        UnitResult r = unitResult(PHU_THO)
                .band(BandResult.of("excellent", Text.of("Xuất sắc", "Excellent")))
                .rank(Rank.of(1))
                .addProposals(flagFor(PHU_THO))
                .cash(Vnd.of(2_340_000).multipliedBy(new BigDecimal("8"), 10_000, RoundingMode.UP))
                .build();
        assertThat(r.criterion("1.2").map(CriterionResult::points)).contains(Points.parse("7.5"));
        assertThat(r.criterion("9")).isEmpty();
        assertThat(r.subtotals()).containsEntry("1", Points.parse("17.5"));
        assertThat(r.band().map(BandResult::code)).contains("excellent");
        assertThat(r.cash()).contains(Vnd.of(18_720_000));
        assertThat(r.proposals()).hasSize(1);
    }

    @Test
    void build_duplicateCriterion_isRejectedWithPath() {
        ValidationException e = rejected(() -> unitResult(PHU_THO)
                .addCriteria(CriterionResult.of("1.1", Points.ZERO))
                .build());
        assertThat(e.type()).isEqualTo("UnitResult");
        assertThat(e.field()).isEqualTo("criteria[2].criterion");
        assertThat(e.value()).contains("\"1.1\"");
        assertThat(e.getMessage()).contains("repeats criteria[0]");
    }

    @Test
    void build_rankTiedWithItself_isRejected() {
        ValidationException e = rejected(() -> unitResult(PHU_THO)
                .rank(Rank.builder().position(1).addTiedWith(YEN_BAI, PHU_THO).build())
                .build());
        assertThat(e.field()).isEqualTo("rank.tiedWith[0]");
        assertThat(e.value()).contains("phu-tho");
        assertThat(e.getMessage()).contains("is the unit itself");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("là chính đơn vị");
    }

    @Test
    void build_malformedGroupCode_isRejected() {
        ValidationException e = rejected(
                () -> unitResult(PHU_THO).putSubtotals("nhóm 2", Points.ZERO).build());
        assertThat(e.field()).isEqualTo("subtotals");
        assertThat(e.value()).contains("\"nhóm 2\"");
    }

    @Test
    void criterionResult_malformedCode_isRejected() {
        ValidationException e = rejected(() -> CriterionResult.of("", Points.ZERO));
        assertThat(e.type()).isEqualTo("CriterionResult");
        assertThat(e.field()).isEqualTo("criterion");
    }

    @Test
    void bandResult_malformedCode_isRejected() {
        ValidationException e = rejected(() -> BandResult.of("xuất sắc", Text.of("Xuất sắc", "Excellent")));
        assertThat(e.type()).isEqualTo("BandResult");
        assertThat(e.field()).isEqualTo("code");
    }

    @Test
    void build_missingExplanation_isReported() {
        MissingValueException e = missing(
                () -> UnitResult.builder().unit(PHU_THO).total(Points.ZERO).build());
        assertThat(e.type()).isEqualTo("UnitResult");
        assertThat(e.field()).contains("explanation");
    }

    @Test
    void builder_nulls_areRejectedAsMissing() {
        missing(() -> UnitResult.builder().total(null));
        missing(() -> UnitResult.builder().putSubtotals("1", null));
        missing(() -> UnitResult.builder().addProposals((AwardProposal) null));
        missing(() -> UnitResult.builder().cash((Vnd) null));
        missing(() -> CriterionResult.of("1", null));
    }

    @Test
    void equals_sameValues_areEqual() {
        assertThat(unitResult(PHU_THO).build())
                .isEqualTo(unitResult(PHU_THO).build())
                .hasSameHashCodeAs(unitResult(PHU_THO).build())
                .isNotEqualTo(unitResult(YEN_BAI).build());
    }
}
