package io.github.thidua.core;

import static io.github.thidua.core.H1Fixtures.GRDP;
import static io.github.thidua.core.H1Fixtures.invalid;
import static io.github.thidua.core.H1Fixtures.missing;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriterionKindTest {

    @Test
    void kindNames_areStableAndBuiltIn() {
        List<CriterionKind> kinds = List.of(
                Qualitative.of(),
                Quantitative.of(GRDP),
                LeaderRelative.of(GRDP),
                CountBased.of(Points.of(1)),
                Bonus.of(Points.of(1)),
                Deduction.of(Points.of(1)),
                Formula.builder().expression("a + b").addInputs("a", "b").build());
        assertThat(kinds)
                .extracting(CriterionKind::kindName)
                .containsExactly(
                        "qualitative", "quantitative", "leader-relative", "count", "bonus", "deduction", "formula");
        assertThat(kinds)
                .extracting(CriterionKind::kindName)
                .containsExactlyInAnyOrderElementsOf(CriterionKind.BUILT_IN_NAMES);
        assertThat(Qualitative.of().label().vi()).isEqualTo("định tính");
        assertThat(Quantitative.of(GRDP).label().vi()).isEqualTo("định lượng");
    }

    @Test
    void labels_ofEveryBuiltInKind_areTheDocumentedWordsInBothLanguages() {
        assertThat(LeaderRelative.of(GRDP).label())
                .isEqualTo(Text.of("so với đơn vị dẫn đầu", "relative to the leader"));
        assertThat(CountBased.of(Points.of(1)).label()).isEqualTo(Text.of("chấm thẳng", "count-based"));
        assertThat(Bonus.of(Points.of(1)).label()).isEqualTo(Text.of("điểm thưởng", "bonus"));
        assertThat(Deduction.of(Points.of(1)).label()).isEqualTo(Text.of("điểm trừ", "deduction"));
        assertThat(Formula.builder()
                        .expression("a + b")
                        .addInputs("a", "b")
                        .build()
                        .label())
                .isEqualTo(Text.of("công thức", "formula"));
        assertThat(LeaderTiePolicy.ALL_TIED_LEAD.label().en()).isEqualTo("all tied units lead");
        assertThat(LeaderTiePolicy.NONE_LEAD.label().vi()).isEqualTo("không đơn vị nào dẫn đầu");
    }

    @Test
    void defaults_areAsDocumented() {
        assertThat(Qualitative.of().fractionIfNotAchieved()).isEqualTo(BigDecimal.ZERO);
        assertThat(Quantitative.of(GRDP).ratioCap()).isEqualTo(BigDecimal.ONE);
        assertThat(Quantitative.of(GRDP).missingTarget()).isEqualTo(MissingTargetPolicy.REJECT);
        assertThat(LeaderRelative.of(GRDP).leaderTie()).isEqualTo(LeaderTiePolicy.ALL_TIED_LEAD);
        assertThat(MissingTargetPolicy.ZERO.label().vi()).isEqualTo("chấm 0 điểm");
    }

    @Test
    void qualitative_fractionAboveOne_isRejected() {
        ValidationException e = invalid(() -> Qualitative.builder()
                .fractionIfNotAchieved(new BigDecimal("1.5"))
                .build());
        assertThat(e.type()).isEqualTo("Qualitative");
        assertThat(e.field()).isEqualTo("fractionIfNotAchieved");
        assertThat(e.value()).contains("1.5");
        assertThat(e.getMessage()).contains("from 0 to 1");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("từ 0 đến 1");
    }

    @Test
    void qualitative_fraction_isKeptWithoutTrailingZeros() {
        Qualitative half = Qualitative.builder()
                .fractionIfNotAchieved(new BigDecimal("0.50"))
                .build();
        assertThat(half)
                .isEqualTo(Qualitative.builder()
                        .fractionIfNotAchieved(new BigDecimal("0.5"))
                        .build());
    }

    @Test
    void quantitative_ratioCapBelowOne_isRejected() {
        ValidationException e = invalid(() -> Quantitative.builder()
                .indicator(GRDP)
                .ratioCap(new BigDecimal("0.9"))
                .build());
        assertThat(e.field()).isEqualTo("ratioCap");
        assertThat(e.value()).contains("0.9");
        assertThat(e.getMessage()).contains("at least 1");
    }

    @Test
    void perOccurrenceKinds_zeroOrNegativePoints_areRejected() {
        for (Runnable r : List.<Runnable>of(
                () -> CountBased.of(Points.ZERO), () -> Bonus.of(Points.of(-1)), () -> Deduction.of(Points.ZERO))) {
            ValidationException e = invalid(r);
            assertThat(e.field()).isEqualTo("pointsPerOccurrence");
            assertThat(e.getMessage()).contains("points above zero");
        }
    }

    @Test
    void formula_badOrRepeatedInput_isRejected() {
        ValidationException bad = invalid(
                () -> Formula.builder().expression("x").addInputs("a", "1b").build());
        assertThat(bad.field()).isEqualTo("inputs[1]");
        assertThat(bad.value()).contains("\"1b\"");
        ValidationException repeated = invalid(
                () -> Formula.builder().expression("x").addInputs("a", "b", "a").build());
        assertThat(repeated.field()).isEqualTo("inputs[2]");
        assertThat(repeated.getMessage()).contains("repeats inputs[0]");
    }

    @Test
    void formula_blankOrLongExpression_isRejected() {
        assertThat(invalid(() -> Formula.builder().expression(" ").build()).field())
                .isEqualTo("expression");
        ValidationException e =
                invalid(() -> Formula.builder().expression("1+".repeat(1001)).build());
        assertThat(e.getMessage()).contains("at most 2000 characters");
    }

    @Test
    void customKind_valid_keepsNameAndParameters() {
        CustomKind k = CustomKind.builder()
                .kindName("rank-points")
                .putParameters("first", "10")
                .putParameters("ghi_chu", "Đơn vị dẫn đầu")
                .build();
        assertThat(k.kindName()).isEqualTo("rank-points");
        assertThat(k.parameters()).containsEntry("first", "10");
        assertThat(k.label().en()).isEqualTo("custom (rank-points)");
    }

    @Test
    void customKind_builtInName_isRejected() {
        ValidationException e =
                invalid(() -> CustomKind.builder().kindName("bonus").build());
        assertThat(e.field()).isEqualTo("kindName");
        assertThat(e.value()).contains("\"bonus\"");
        assertThat(e.getMessage()).contains("a name other than");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("trùng tên loại có sẵn");
    }

    @Test
    void customKind_badNameOrKey_isRejected() {
        assertThat(invalid(() -> CustomKind.builder().kindName("Rank").build()).field())
                .isEqualTo("kindName");
        ValidationException e = invalid(() -> CustomKind.builder()
                .kindName("rank")
                .putParameters("bad key", "1")
                .build());
        assertThat(e.field()).isEqualTo("parameters[bad key]");
    }

    @Test
    void builders_nullsAndMissingAttributes_throwMissingValue() {
        missing(() -> Quantitative.builder().indicator(null), "indicator");
        missing(() -> Quantitative.builder().build(), "indicator");
        missing(() -> Bonus.builder().build(), "pointsPerOccurrence");
        missing(() -> Formula.builder().build(), "expression");
        missing(() -> CustomKind.builder().build(), "kindName");
    }

    @Test
    void equality_isByValue() {
        assertThat(Quantitative.of(GRDP)).isEqualTo(Quantitative.of(GRDP)).hasSameHashCodeAs(Quantitative.of(GRDP));
        assertThat(Bonus.of(Points.of(1))).isNotEqualTo(Deduction.of(Points.of(1)));
    }

    @Test
    void custom_parameterWithAControlCharacter_isRejected() {
        ValidationException e = invalid(() -> CustomKind.builder()
                .kindName("monthly-report")
                .putParameters("source", "báo cáo\u0000tháng")
                .build());
        assertThat(e.field()).isEqualTo("parameters[source]");
        assertThat(e.getMessage()).contains("control character U+0000");
        assertThat(CustomKind.builder()
                        .kindName("monthly-report")
                        .putParameters("source", "")
                        .build()
                        .parameters())
                .containsEntry("source", "");
    }
}
