package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class RoleAssignmentTest {

    private static RoleAssignment.Builder yenBai2024() {
        RoleAssignment.Builder b = RoleAssignment.builder();
        b.year(Year.of(2024)).role(Role.HEAD).holder(Id.of("yen-bai")).method(SelectionMethod.ACCLAIMED);
        return b;
    }

    @Test
    void build_acclaimedAtThePreviousYearsReview_keepsEverything() {
        RoleAssignment r = yenBai2024()
                .decidedOn(LocalDate.of(2023, 11, 24))
                .decisionReference("Biên bản hội nghị ngày 24/11/2023")
                .build();
        assertThat(r.year()).isEqualTo(Year.of(2024));
        assertThat(r.role()).isEqualTo(Role.HEAD);
        assertThat(r.holder()).isEqualTo(Id.of("yen-bai"));
        assertThat(r.method()).isEqualTo(SelectionMethod.ACCLAIMED);
        assertThat(r.decidedOn()).contains(LocalDate.of(2023, 11, 24));
        assertThat(r.decisionReference()).contains("Biên bản hội nghị ngày 24/11/2023");
        assertThat(r.subGroup()).isEmpty();
    }

    @Test
    void decidedOn_lastDayOfTheYear_isAccepted() {
        assertThat(yenBai2024().decidedOn(LocalDate.of(2024, 12, 31)).build().decidedOn())
                .contains(LocalDate.of(2024, 12, 31));
    }

    @Test
    void decidedOn_afterTheYear_isRejected() {
        ValidationException e =
                rejection(() -> yenBai2024().decidedOn(LocalDate.of(2025, 1, 1)).build());
        assertThat(e.type()).isEqualTo("RoleAssignment");
        assertThat(e.field()).isEqualTo("decidedOn");
        assertThat(e.value()).contains("2025-01-01");
        assertThat(e.problem().en()).isEqualTo("after the year of the role 2024");
        assertThat(e.allowed().en()).isEqualTo("a date no later than 2024-12-31");
    }

    @Test
    void year_outOfRange_isRejected() {
        ValidationException e = rejection(() -> RoleAssignment.builder()
                .year(Year.of(1899))
                .role(Role.HOST)
                .holder(Id.of("x"))
                .method(SelectionMethod.ROTATED)
                .build());
        assertThat(e.field()).isEqualTo("year");
        assertThat(e.value()).contains("1899");
    }

    @Test
    void decisionReference_isNormalisedOrRejectedWhenBlank() {
        assertThat(yenBai2024()
                        .decisionReference("  Quyết định so\u0302\u0301 12 ")
                        .build()
                        .decisionReference())
                .contains("Quyết định số 12");
        ValidationException e =
                rejection(() -> yenBai2024().decisionReference(" ").build());
        assertThat(e.field()).isEqualTo("decisionReference");
        ValidationException tooLong =
                rejection(() -> yenBai2024().decisionReference("x".repeat(501)).build());
        assertThat(tooLong.field()).isEqualTo("decisionReference");
    }

    @Test
    void missingOrNullAttributes_areMissingValues() {
        assertThatThrownBy(() -> RoleAssignment.builder()
                        .year(Year.of(2024))
                        .role(Role.HEAD)
                        .holder(Id.of("yen-bai"))
                        .build())
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("RoleAssignment");
                    assertThat(e.field()).isEqualTo("method");
                });
        assertThatThrownBy(() -> RoleAssignment.builder().decidedOn((LocalDate) null))
                .isInstanceOfSatisfying(
                        MissingValueException.class, e -> assertThat(e.field()).isEqualTo("decidedOn"));
    }

    @Test
    void equality_isByValue() {
        assertThat(yenBai2024().build())
                .isEqualTo(yenBai2024().build())
                .hasSameHashCodeAs(yenBai2024().build())
                .isNotEqualTo(yenBai2024().subGroup(Id.of("nhom-1")).build())
                .isNotEqualTo(yenBai2024().decidedOn(LocalDate.of(2023, 11, 24)).build());
    }
}
