package io.github.thidua.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.benchmarks.pojo.Pojos;
import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Id;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.Documents;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentIoComparisonTest {

    /** The workload's sheets, and two that use the fields the workload leaves out. */
    private static List<AssessmentSheet> sheets() {
        List<AssessmentSheet> sheets = new ArrayList<>(DocumentIoComparison.sheets(40));
        sheets.add(AssessmentSheet.builder()
                .unit(Id.of("xa-an-binh"))
                .period(Period.halfYear(2024, 2))
                .addEntries(
                        Assessment.builder()
                                .criterion("I.1")
                                .actual(new BigDecimal("0.000000000001"))
                                .evidence("Báo cáo số 12/BC-UBND")
                                .explanation("Giải trình: số liệu đã được thẩm định")
                                .putPoints(AssessmentStage.SELF, Points.parse("9.75"))
                                .putPoints(AssessmentStage.FINAL, Points.of(9))
                                .build(),
                        Assessment.builder()
                                .criterion("II")
                                .count(3)
                                .occurrences(0)
                                .achieved(false)
                                .putPoints(AssessmentStage.CROSS_CHECK, Points.parse("-0.5"))
                                .build())
                .addEvents("did-not-self-score", "leader-dismissed")
                .leaderDiscipline(Discipline.WARNING)
                .build());
        sheets.add(AssessmentSheet.builder()
                .unit(Id.of("xa-tan-phu"))
                .period(Period.of(java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 9, 30)))
                .build());
        return sheets;
    }

    @Test
    void plainDocument_isTheSameBytesAsThiduasDocument() {
        List<AssessmentSheet> sheets = sheets();

        assertThat(new String(DocumentIoComparison.plainDocument(sheets), StandardCharsets.UTF_8))
                .isEqualTo(new String(DocumentIoComparison.thiduaDocument(sheets), StandardCharsets.UTF_8));
    }

    @Test
    void pojoReading_andThiduaReading_giveTheSameSheets() {
        List<AssessmentSheet> sheets = sheets();
        byte[] thidua = DocumentIoComparison.thiduaDocument(sheets);
        byte[] plain = DocumentIoComparison.plainDocument(sheets);

        List<AssessmentSheet> byThidua =
                Documents.json().read(DocumentKind.ASSESSMENTS, new ByteArrayInputStream(thidua));
        List<AssessmentSheet> byPlain =
                Pojos.sheets(DocumentIoComparison.readPlain(DocumentIoComparison.plainMapper(), plain));
        List<AssessmentSheet> byBody =
                DocumentIoComparison.readBody(Documents.json().mapper(), thidua);

        assertThat(byPlain).isEqualTo(byThidua).isEqualTo(byBody).isEqualTo(sheets);
    }

    @Test
    void measure_reportsEveryReaderAndTheRatio() {
        DocumentIoComparison.Figures figures = DocumentIoComparison.measure(sheets(), 1);

        assertThat(figures.sheets()).isEqualTo(42);
        assertThat(figures.thiduaBytes()).isEqualTo(figures.plainBytes()).isPositive();
        assertThat(figures.ratio()).isPositive();
        assertThat(figures.bodyRatio()).isPositive();
        assertThat(figures.report())
                .contains("thidua Documents.json().read", "plain ObjectMapper", "ratio thidua/plain");
    }
}
