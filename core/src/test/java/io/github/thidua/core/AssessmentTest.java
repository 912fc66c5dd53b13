package io.github.thidua.core;

import static io.github.thidua.core.H2Fixtures.missing;
import static io.github.thidua.core.H2Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static Assessment.Builder growth() {
        return Assessment.builder().criterion("1.2").actual(new BigDecimal("8.1"));
    }

    @Test
    void build_allInputs_keepsThemAndOrdersStages() {
        Assessment a = Assessment.builder()
                .criterion("II.3-a")
                .achieved(true)
                .actual(new BigDecimal("8.10"))
                .count(4)
                .occurrences(0)
                .evidence("Báo cáo số 12/BC-UBND")
                .explanation("Đã giải trình")
                .putPoints(AssessmentStage.VERIFIED, Points.parse("9.5"))
                .putPoints(AssessmentStage.SELF, Points.of(10))
                .build();

        assertThat(a.achieved()).contains(true);
        assertThat(a.actual()).contains(new BigDecimal("8.1"));
        assertThat(a.count()).hasValue(4);
        assertThat(a.points().keySet()).containsExactly(AssessmentStage.SELF, AssessmentStage.VERIFIED);
        assertThat(a.points(AssessmentStage.VERIFIED)).contains(Points.parse("9.5"));
        assertThat(a.points(AssessmentStage.FINAL)).isEmpty();
        assertThat(a.latestStage()).contains(AssessmentStage.VERIFIED);
    }

    @Test
    void build_noPoints_hasNoLatestStage() {
        assertThat(growth().build().latestStage()).isEmpty();
    }

    @Test
    void build_decomposedEvidence_isNormalisedToNfc() {
        String decomposed = "Bie\u0302n ba\u0309n"; // "Biên bản" typed with combining marks
        Assessment a = growth().evidence("  " + decomposed + " ").build();
        assertThat(a.evidence()).contains("Biên bản");
    }

    @Test
    void build_malformedCriterion_isRejectedWithField() {
        ValidationException e =
                rejected(() -> Assessment.builder().criterion("tiêu chí 1").build());
        assertThat(e.field()).isEqualTo("criterion");
        assertThat(e.value()).contains("\"tiêu chí 1\"");
        assertThat(e.getMessage()).contains("not a valid code");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("mã không đúng dạng");
    }

    @Test
    void build_criterionLongerThan32_isRejected() {
        ValidationException e =
                rejected(() -> Assessment.builder().criterion("a".repeat(33)).build());
        assertThat(e.field()).isEqualTo("criterion");
        assertThat(e.getMessage()).contains("1–32 ASCII letters");
    }

    @Test
    void build_negativeCount_isRejected() {
        ValidationException e = rejected(() -> growth().count(-1).build());
        assertThat(e.field()).isEqualTo("count");
        assertThat(e.value()).contains("-1");
        assertThat(e.getMessage()).contains("at least 0");
    }

    @Test
    void build_negativeOccurrences_isRejected() {
        ValidationException e = rejected(() -> growth().occurrences(-2).build());
        assertThat(e.field()).isEqualTo("occurrences");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("nhỏ hơn 0");
    }

    @Test
    void build_actualWithTooManyDecimals_isRejected() {
        ValidationException e = rejected(() -> Assessment.builder()
                .criterion("1.2")
                .actual(new BigDecimal("0.0000000000001"))
                .build());
        assertThat(e.field()).isEqualTo("actual");
        assertThat(e.value()).contains("0.0000000000001");
        assertThat(e.getMessage()).contains("at most 12 decimal places");
    }

    @Test
    void build_absurdActual_isRejected() {
        ValidationException e = rejected(() -> Assessment.builder()
                .criterion("1.2")
                .actual(new BigDecimal("-1E15"))
                .build());
        assertThat(e.field()).isEqualTo("actual");
        assertThat(e.getMessage()).contains("magnitude below 10^15");
    }

    @Test
    void build_actualJustBelowLimit_isAccepted() {
        assertThat(Assessment.builder()
                        .criterion("1.2")
                        .actual(new BigDecimal("999999999999999.999999999999"))
                        .build()
                        .actual())
                .isPresent();
    }

    @Test
    void build_evidenceTooLong_isRejected() {
        ValidationException e =
                rejected(() -> growth().evidence("x".repeat(2001)).build());
        assertThat(e.field()).isEqualTo("evidence");
        assertThat(e.getMessage()).contains("at most 2000 characters");
    }

    @Test
    void build_blankExplanation_isRejected() {
        ValidationException e = rejected(() -> growth().explanation("   ").build());
        assertThat(e.field()).isEqualTo("explanation");
        assertThat(e.getMessage()).contains("blank text");
    }

    @Test
    void build_missingCriterion_isReported() {
        MissingValueException e = missing(() -> Assessment.builder().build());
        assertThat(e.type()).isEqualTo("Assessment");
        assertThat(e.field()).contains("criterion");
    }

    @Test
    void builder_nulls_areRejectedAsMissing() {
        assertThat(missing(() -> Assessment.builder().criterion(null)).field()).contains("criterion");
        missing(() -> Assessment.builder().putPoints(AssessmentStage.SELF, null));
        missing(() -> Assessment.builder().putPoints(null, Points.ZERO));
        missing(() -> Assessment.builder().evidence((String) null));
        missing(() -> Assessment.builder().actual((BigDecimal) null));
    }

    @Test
    void equals_sameValues_areEqualAndScaleDoesNotMatter() {
        Assessment a = growth().putPoints(AssessmentStage.SELF, Points.of(10)).build();
        Assessment b = Assessment.builder()
                .criterion("1.2")
                .actual(new BigDecimal("8.100"))
                .putPoints(AssessmentStage.SELF, Points.parse("10.0"))
                .build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(growth().build());
    }

    @Test
    void stages_areLabelledInBothLanguages() {
        assertThat(AssessmentStage.SELF.label().vi()).isEqualTo("tự chấm");
        assertThat(AssessmentStage.CROSS_CHECK.label().vi()).isEqualTo("chấm chéo");
        assertThat(AssessmentStage.VERIFIED.label().vi()).isEqualTo("thẩm định");
        assertThat(AssessmentStage.FINAL.label().vi()).isEqualTo("điểm cuối cùng");
        assertThat(AssessmentStage.values())
                .containsExactly(
                        AssessmentStage.SELF,
                        AssessmentStage.CROSS_CHECK,
                        AssessmentStage.VERIFIED,
                        AssessmentStage.FINAL);
    }
}
