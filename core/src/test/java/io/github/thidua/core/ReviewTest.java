package io.github.thidua.core;

import static io.github.thidua.core.H1Fixtures.OUTSIDER;
import static io.github.thidua.core.H1Fixtures.PHU_THO;
import static io.github.thidua.core.H1Fixtures.cluster;
import static io.github.thidua.core.H1Fixtures.invalid;
import static io.github.thidua.core.H1Fixtures.missing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewTest {

    private static Review.Builder annual() {
        Review.Builder b = Review.builder();
        b.cluster(Id.of("ccb-cum-2"))
                .kind(ReviewKind.ANNUAL)
                .period(Period.year(2023))
                .startsOn(LocalDate.of(2023, 11, 23));
        return b;
    }

    @Test
    void build_twoDayAnnualReview_isAccepted() {
        Review r = annual().endsOn(LocalDate.of(2023, 11, 24))
                .host(PHU_THO)
                .chair(Name.of("Nguyễn Văn A"))
                .chairUnit(PHU_THO)
                .place("Thành phố Việt Trì")
                .build();
        assertThat(r.lastDay()).isEqualTo(LocalDate.of(2023, 11, 24));
        assertThat(r.checkAgainst(cluster())).isSameAs(r);
        assertThat(ReviewKind.HALF_YEAR.label().vi()).isEqualTo("sơ kết 6 tháng");
        assertThat(ReviewKind.ANNUAL.label().vi()).isEqualTo("tổng kết năm");
        assertThat(ReviewKind.PHASE.label().vi()).isEqualTo("tổng kết giai đoạn");
    }

    @Test
    void build_halfYearAndPhaseReviews_fitTheirPeriods() {
        Review half = Review.builder()
                .cluster(Id.of("c"))
                .kind(ReviewKind.HALF_YEAR)
                .period(Period.halfYear(2024, 1))
                .startsOn(LocalDate.of(2024, 6, 20))
                .build();
        Review phase = Review.builder()
                .cluster(Id.of("c"))
                .kind(ReviewKind.PHASE)
                .period(Period.phase(2019, 2024))
                .startsOn(LocalDate.of(2024, 8, 1))
                .build();
        assertThat(half.lastDay()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(phase.period().kind()).isEqualTo(PeriodKind.PHASE);
    }

    @Test
    void build_endBeforeStart_isRejected() {
        ValidationException e =
                invalid(() -> annual().endsOn(LocalDate.of(2023, 11, 22)).build());
        assertThat(e.field()).isEqualTo("endsOn");
        assertThat(e.value()).contains("2023-11-22");
        assertThat(e.getMessage()).contains("a date on or after 2023-11-23");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("trước ngày khai mạc");
    }

    @Test
    void build_kindNotFittingPeriod_isRejected() {
        ValidationException e = invalid(() -> Review.builder()
                .cluster(Id.of("c"))
                .kind(ReviewKind.HALF_YEAR)
                .period(Period.year(2024))
                .startsOn(LocalDate.of(2024, 6, 20))
                .build());
        assertThat(e.field()).isEqualTo("period");
        assertThat(e.value()).contains("YEAR 2024-01-01..2024-12-31");
        assertThat(e.getMessage()).contains("a period of kind half-year");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("không hợp với sơ kết 6 tháng");
    }

    @Test
    void build_startBeforePeriod_isRejected() {
        ValidationException e = invalid(() -> Review.builder()
                .cluster(Id.of("c"))
                .kind(ReviewKind.ANNUAL)
                .period(Period.year(2024))
                .startsOn(LocalDate.of(2023, 12, 20))
                .build());
        assertThat(e.field()).isEqualTo("startsOn");
        assertThat(e.value()).contains("2023-12-20");
        assertThat(e.getMessage()).contains("a date on or after 2024-01-01");
    }

    @Test
    void checkAgainst_hostNotAMember_isRejected() {
        Review r = annual().host(OUTSIDER).build();
        ValidationException e = invalid(() -> r.checkAgainst(cluster()));
        assertThat(e.field()).isEqualTo("host");
        assertThat(e.value()).contains("ha-noi");
        assertThat(e.getMessage()).contains("a member of the cluster");
    }

    @Test
    void checkAgainst_chairUnitNotAMember_isRejected() {
        Review r = annual().chairUnit(OUTSIDER).build();
        ValidationException e = invalid(() -> r.checkAgainst(cluster()));
        assertThat(e.field()).isEqualTo("chairUnit");
        assertThat(e.value()).contains("ha-noi");
    }

    @Test
    void checkAgainst_otherCluster_isRejected() {
        Review r = Review.builder()
                .cluster(Id.of("cum-khac"))
                .kind(ReviewKind.ANNUAL)
                .period(Period.year(2023))
                .startsOn(LocalDate.of(2023, 11, 23))
                .build();
        ValidationException e = invalid(() -> r.checkAgainst(cluster()));
        assertThat(e.field()).isEqualTo("cluster");
        assertThat(e.value()).contains("cum-khac");
    }

    @Test
    void builder_nullsAndMissingAttributes_throwMissingValue() {
        missing(() -> Review.builder().period(null), "period");
        missing(() -> Review.builder().startsOn(null), "startsOn");
        missing(() -> Review.builder().cluster(Id.of("c")).build(), "kind");
    }

    @Test
    void equality_isByValue() {
        assertThat(annual().build()).isEqualTo(annual().build()).hasSameHashCodeAs(annual().build());
        assertThat(annual().place("Yên Bái").build()).isNotEqualTo(annual().build());
    }
}
