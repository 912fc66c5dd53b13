package io.github.thidua.core;

import static io.github.thidua.core.H2Fixtures.missing;
import static io.github.thidua.core.H2Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class AwardRecordTest {

    private static AwardRecord.Builder record() {
        return AwardRecord.builder()
                .recipient(Id.of("nguyen-van-a"))
                .recipientKind(RecipientKind.INDIVIDUAL)
                .awardKind(AwardKinds.GRASSROOTS_EMULATION_FIGHTER.id())
                .year(Year.of(2023));
    }

    @Test
    void build_decidedTheNextYear_isAccepted() {
        AwardRecord r = record().decisionReference(" Quyết định số 125/QĐ-UBND ")
                .decidedOn(LocalDate.of(2024, 1, 15))
                .build();
        assertThat(r.decisionReference()).contains("Quyết định số 125/QĐ-UBND");
        assertThat(r.decidedOn()).contains(LocalDate.of(2024, 1, 15));
    }

    @Test
    void build_decidedBeforeTheAwardYear_isRejected() {
        ValidationException e =
                rejected(() -> record().decidedOn(LocalDate.of(2022, 12, 31)).build());
        assertThat(e.type()).isEqualTo("AwardRecord");
        assertThat(e.field()).isEqualTo("decidedOn");
        assertThat(e.value()).contains("2022-12-31");
        assertThat(e.getMessage()).contains("a date on or after 2023-01-01");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("trước năm khen thưởng 2023");
    }

    @Test
    void build_yearOutOfRange_isRejected() {
        ValidationException e = rejected(() -> AwardRecord.builder()
                .recipient(Id.of("a"))
                .recipientKind(RecipientKind.INDIVIDUAL)
                .awardKind(Id.of("advanced-worker"))
                .year(Year.of(1800))
                .build());
        assertThat(e.field()).isEqualTo("year");
        assertThat(e.value()).contains("1800");
        assertThat(e.getMessage()).contains("a year from 1900 to 2999");
    }

    @Test
    void build_blankReference_isRejected() {
        ValidationException e = rejected(() -> record().decisionReference(" ").build());
        assertThat(e.field()).isEqualTo("decisionReference");
    }

    @Test
    void build_missingYear_isReported() {
        MissingValueException e = missing(() -> AwardRecord.builder()
                .recipient(Id.of("a"))
                .recipientKind(RecipientKind.INDIVIDUAL)
                .awardKind(Id.of("advanced-worker"))
                .build());
        assertThat(e.type()).isEqualTo("AwardRecord");
        assertThat(e.field()).contains("year");
    }

    @Test
    void builder_nulls_areRejectedAsMissing() {
        missing(() -> AwardRecord.builder().recipient(null));
        missing(() -> AwardRecord.builder().awardKind(null));
        missing(() -> AwardRecord.builder().decidedOn((LocalDate) null));
    }

    @Test
    void equals_sameValues_areEqual() {
        assertThat(record().build())
                .isEqualTo(record().build())
                .hasSameHashCodeAs(record().build())
                .isNotEqualTo(record().decisionReference("QĐ 1").build());
    }
}
