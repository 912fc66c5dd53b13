package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void year_runsFromFirstJanuaryToThirtyFirstDecember() {
        Period p = Period.year(2023);
        assertThat(p.kind()).isEqualTo(PeriodKind.YEAR);
        assertThat(p.start()).isEqualTo(d(2023, 1, 1));
        assertThat(p.end()).isEqualTo(d(2023, 12, 31));
        assertThat(p.firstYear()).isEqualTo(Year.of(2023));
        assertThat(p.lastYear()).isEqualTo(Year.of(2023));
        assertThat(p).hasToString("YEAR 2023-01-01..2023-12-31");
    }

    @Test
    void halfYear_splitsAtTheEndOfJune() {
        assertThat(Period.halfYear(2023, 1).start()).isEqualTo(d(2023, 1, 1));
        assertThat(Period.halfYear(2023, 1).end()).isEqualTo(d(2023, 6, 30));
        assertThat(Period.halfYear(2023, 2).start()).isEqualTo(d(2023, 7, 1));
        assertThat(Period.halfYear(2023, 2).end()).isEqualTo(d(2023, 12, 31));
        assertThat(Period.halfYear(2023, 2).kind()).isEqualTo(PeriodKind.HALF_YEAR);
    }

    @Test
    void phase_coversWholeYears() {
        Period p = Period.phase(2019, 2024);
        assertThat(p.kind()).isEqualTo(PeriodKind.PHASE);
        assertThat(p.start()).isEqualTo(d(2019, 1, 1));
        assertThat(p.end()).isEqualTo(d(2024, 12, 31));
        assertThat(p.firstYear()).isEqualTo(Year.of(2019));
        assertThat(p.lastYear()).isEqualTo(Year.of(2024));
        assertThat(Period.phase(2024, 2024).end()).isEqualTo(d(2024, 12, 31));
    }

    @Test
    void of_customRange_keepsBothEnds() {
        Period p = Period.of(d(2024, 3, 1), d(2024, 9, 30));
        assertThat(p.kind()).isEqualTo(PeriodKind.CUSTOM);
        assertThat(p.start()).isEqualTo(d(2024, 3, 1));
        assertThat(p.end()).isEqualTo(d(2024, 9, 30));
        assertThat(Period.of(d(2024, 3, 1), d(2024, 3, 1)).end()).isEqualTo(d(2024, 3, 1));
    }

    @Test
    void year_outOfRange_isRejectedWithFieldYear() {
        ValidationException e = rejection(() -> Period.year(1899));
        assertThat(e.type()).isEqualTo("Period");
        assertThat(e.field()).isEqualTo("year");
        assertThat(e.value()).contains("1899");
        assertThat(e.allowed().en()).isEqualTo("a year from 1900 to 2999");
        assertThat(rejection(() -> Period.year(3000)).value()).contains("3000");
        assertThat(Period.year(1900).start()).isEqualTo(d(1900, 1, 1));
        assertThat(Period.year(2999).end()).isEqualTo(d(2999, 12, 31));
    }

    @Test
    void halfYear_otherThanOneOrTwo_isRejectedWithFieldHalf() {
        ValidationException e = rejection(() -> Period.halfYear(2023, 3));
        assertThat(e.field()).isEqualTo("half");
        assertThat(e.value()).contains("3");
        assertThat(rejection(() -> Period.halfYear(2023, 0)).field()).isEqualTo("half");
        assertThat(rejection(() -> Period.halfYear(1800, 1)).field()).isEqualTo("year");
    }

    @Test
    void phase_outOfOrderOrRange_isRejectedWithTheYearField() {
        ValidationException e = rejection(() -> Period.phase(2024, 2019));
        assertThat(e.field()).isEqualTo("lastYear");
        assertThat(e.value()).contains("2019");
        assertThat(e.problem().en()).isEqualTo("before the first year 2024");
        assertThat(rejection(() -> Period.phase(1800, 2019)).field()).isEqualTo("firstYear");
        assertThat(rejection(() -> Period.phase(2019, 3001)).field()).isEqualTo("lastYear");
    }

    @Test
    void of_endBeforeStart_isRejectedWithFieldEnd() {
        ValidationException e = rejection(() -> Period.of(d(2024, 9, 30), d(2024, 3, 1)));
        assertThat(e.field()).isEqualTo("end");
        assertThat(e.value()).contains("2024-03-01");
        assertThat(e.problem().en()).isEqualTo("before the start 2024-09-30");
        assertThat(rejection(() -> Period.of(d(1899, 12, 31), d(2024, 3, 1))).field())
                .isEqualTo("start");
        assertThat(rejection(() -> Period.of(d(2024, 1, 1), d(3000, 1, 1))).field())
                .isEqualTo("end");
    }

    @Test
    void of_missingDate_isMissingValue() {
        assertThatThrownBy(() -> Period.of(null, d(2024, 1, 1)))
                .isInstanceOfSatisfying(
                        MissingValueException.class, e -> assertThat(e.field()).isEqualTo("start"));
        assertThatThrownBy(() -> Period.of(d(2024, 1, 1), null))
                .isInstanceOfSatisfying(
                        MissingValueException.class, e -> assertThat(e.field()).isEqualTo("end"));
    }

    @Test
    void ofKind_datesThatFitTheKind_giveTheNamedPeriod() {
        assertThat(Period.of(PeriodKind.YEAR, d(2023, 1, 1), d(2023, 12, 31))).isEqualTo(Period.year(2023));
        assertThat(Period.of(PeriodKind.HALF_YEAR, d(2023, 7, 1), d(2023, 12, 31)))
                .isEqualTo(Period.halfYear(2023, 2));
        assertThat(Period.of(PeriodKind.PHASE, d(2019, 1, 1), d(2024, 12, 31))).isEqualTo(Period.phase(2019, 2024));
        assertThat(Period.of(PeriodKind.CUSTOM, d(2024, 3, 1), d(2024, 9, 30)))
                .isEqualTo(Period.of(d(2024, 3, 1), d(2024, 9, 30)));
    }

    @Test
    void ofKind_datesThatDoNotFitTheKind_areRejected() {
        ValidationException year = rejection(() -> Period.of(PeriodKind.YEAR, d(2023, 1, 1), d(2024, 12, 31)));
        assertThat(year.field()).isEqualTo("end");
        assertThat(year.value()).contains("\"2023-01-01..2024-12-31\"");
        assertThat(year.problem().en()).isEqualTo("dates do not fit the kind YEAR");
        assertThat(year.problem().vi()).isEqualTo("ngày không khớp loại năm");

        assertThat(rejection(() -> Period.of(PeriodKind.HALF_YEAR, d(2023, 3, 1), d(2023, 6, 30)))
                        .problem()
                        .en())
                .isEqualTo("dates do not fit the kind HALF_YEAR");
        assertThat(rejection(() -> Period.of(PeriodKind.HALF_YEAR, d(2023, 1, 1), d(2023, 12, 31)))
                        .field())
                .isEqualTo("end");
        assertThat(rejection(() -> Period.of(PeriodKind.PHASE, d(2019, 1, 2), d(2024, 12, 31)))
                        .field())
                .isEqualTo("end");
        // The order of the dates is checked before the kind.
        assertThat(rejection(() -> Period.of(PeriodKind.YEAR, d(2023, 12, 31), d(2023, 1, 1)))
                        .problem()
                        .en())
                .isEqualTo("before the start 2023-12-31");
    }

    @Test
    void contains_includesBothEnds() {
        Period first = Period.halfYear(2023, 1);
        assertThat(first.contains(d(2023, 1, 1))).isTrue();
        assertThat(first.contains(d(2023, 6, 30))).isTrue();
        assertThat(first.contains(d(2023, 7, 1))).isFalse();
        assertThat(first.contains(d(2022, 12, 31))).isFalse();
        assertThat(Period.year(2023).contains(first)).isTrue();
        assertThat(first.contains(Period.year(2023))).isFalse();
        assertThat(Period.phase(2019, 2024).contains(Period.year(2024))).isTrue();
        assertThat(Period.phase(2019, 2024).contains(Period.of(d(2024, 12, 1), d(2025, 1, 31))))
                .isFalse();
    }

    @Test
    void label_inVietnameseAndEnglish() {
        Locale vi = Text.VIETNAMESE;
        Locale en = Locale.ENGLISH;
        assertThat(Period.year(2023).label(vi)).isEqualTo("năm 2023");
        assertThat(Period.year(2023).label(en)).isEqualTo("2023");
        assertThat(Period.halfYear(2023, 1).label(vi)).isEqualTo("6 tháng đầu năm 2023");
        assertThat(Period.halfYear(2023, 1).label(en)).isEqualTo("first half of 2023");
        assertThat(Period.halfYear(2023, 2).label(vi)).isEqualTo("6 tháng cuối năm 2023");
        assertThat(Period.halfYear(2023, 2).label(en)).isEqualTo("second half of 2023");
        assertThat(Period.phase(2019, 2024).label(vi)).isEqualTo("giai đoạn 2019–2024");
        assertThat(Period.phase(2019, 2024).label(en)).isEqualTo("2019–2024 phase");
        Period custom = Period.of(d(2024, 3, 1), d(2024, 9, 30));
        assertThat(custom.label(vi)).isEqualTo("từ 2024-03-01 đến 2024-09-30");
        assertThat(custom.label(en)).isEqualTo("2024-03-01 to 2024-09-30");
        assertThat(PeriodKind.PHASE.label(vi)).isEqualTo("giai đoạn");
        assertThat(PeriodKind.HALF_YEAR.label(en)).isEqualTo("half-year");
    }

    @Test
    void ordering_isByStartThenEndThenKind() {
        Period customYear = Period.of(d(2023, 1, 1), d(2023, 12, 31));
        List<Period> periods = new ArrayList<>(List.of(
                Period.year(2024),
                customYear,
                Period.halfYear(2023, 2),
                Period.year(2023),
                Period.phase(2019, 2024),
                Period.halfYear(2023, 1)));
        Collections.sort(periods);
        assertThat(periods)
                .containsExactly(
                        Period.phase(2019, 2024),
                        Period.halfYear(2023, 1),
                        Period.year(2023),
                        customYear,
                        Period.halfYear(2023, 2),
                        Period.year(2024));
    }

    @Test
    void equality_isByKindAndDates() {
        assertThat(Period.year(2023)).isEqualTo(Period.year(2023)).hasSameHashCodeAs(Period.year(2023));
        assertThat(Period.year(2023)).isNotEqualTo(Period.of(d(2023, 1, 1), d(2023, 12, 31)));
        assertThat(Period.year(2023)).isNotEqualTo(Period.phase(2023, 2023));
        assertThat(Period.year(2023).compareTo(Period.phase(2023, 2023))).isNotZero();
        assertThat(Period.year(2023)).isNotEqualTo(Period.year(2024));
    }
}
