package io.github.thidua.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.Locale;

/**
 * A span of days that something belongs to: the year of a covenant, the first half of a year at a
 * half-year review, the 2019–2024 phase of a movement, or any other range.
 *
 * <p>Both ends are inclusive and the start never follows the end. Immutable and thread-safe;
 * ordered by start, then end, then kind.
 *
 * <pre>{@code
 * Period.year(2023);                 // 2023-01-01 .. 2023-12-31
 * Period.halfYear(2023, 1);          // 2023-01-01 .. 2023-06-30
 * Period.phase(2019, 2024);          // 2019-01-01 .. 2024-12-31
 * Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30));
 * }</pre>
 */
public final class Period implements Comparable<Period> {

    private static final Comparator<Period> ORDER =
            Comparator.comparing(Period::start).thenComparing(Period::end).thenComparing(Period::kind);

    private final PeriodKind kind;
    private final LocalDate start;
    private final LocalDate end;

    private Period(PeriodKind kind, LocalDate start, LocalDate end) {
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    /**
     * Returns a calendar year.
     *
     * @param year the year, 1900 to 2999
     * @return the period from 1 January to 31 December
     * @throws ValidationException if the year is out of range
     */
    public static Period year(int year) {
        checkYear("year", year);
        return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Returns a half of a calendar year.
     *
     * @param year the year, 1900 to 2999
     * @param half 1 for January–June, 2 for July–December
     * @return the period
     * @throws ValidationException if the year or half is out of range
     */
    public static Period halfYear(int year, int half) {
        checkYear("year", year);
        if (half != 1 && half != 2) {
            throw ValidationException.invalid(
                    "Period",
                    "half",
                    half,
                    Text.of("không phải nửa năm", "not a half of a year"),
                    Text.of("1 (tháng 1–6) hoặc 2 (tháng 7–12)", "1 (January–June) or 2 (July–December)"));
        }
        return half == 1
                ? new Period(PeriodKind.HALF_YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                : new Period(PeriodKind.HALF_YEAR, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Returns a phase of whole years, such as 2019–2024.
     *
     * @param firstYear the first year, 1900 to 2999
     * @param lastYear the last year, not before {@code firstYear}
     * @return the period from 1 January of the first year to 31 December of the last
     * @throws ValidationException if the years are out of range or out of order
     */
    public static Period phase(int firstYear, int lastYear) {
        checkYear("firstYear", firstYear);
        checkYear("lastYear", lastYear);
        if (lastYear < firstYear) {
            throw ValidationException.invalid(
                    "Period",
                    "lastYear",
                    lastYear,
                    Text.of("trước năm đầu " + firstYear, "before the first year " + firstYear),
                    Text.of("năm từ " + firstYear + " trở đi", "a year from " + firstYear + " on"));
        }
        return new Period(PeriodKind.PHASE, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /**
     * Returns a custom range of days.
     *
     * @param start the first day, not null
     * @param end the last day, not before {@code start}, not null
     * @return the period
     * @throws ValidationException if a date is missing or the end precedes the start
     */
    public static Period of(LocalDate start, LocalDate end) {
        if (start == null) {
            throw ValidationException.missing("Period", "start");
        }
        if (end == null) {
            throw ValidationException.missing("Period", "end");
        }
        checkYear("start", start.getYear());
        checkYear("end", end.getYear());
        if (end.isBefore(start)) {
            throw ValidationException.invalid(
                    "Period",
                    "end",
                    end,
                    Text.of("trước ngày bắt đầu " + start, "before the start " + start),
                    Text.of("ngày từ " + start + " trở đi", "a date on or after " + start));
        }
        return new Period(PeriodKind.CUSTOM, start, end);
    }

    /**
     * Returns a period of the given kind and dates, checking that the dates fit the kind (a year
     * runs 1 January to 31 December, and so on). Used when reading stored periods.
     *
     * @param kind the kind, not null
     * @param start the first day, not null
     * @param end the last day, not null
     * @return the period
     * @throws ValidationException if the dates do not fit the kind
     */
    public static Period of(PeriodKind kind, LocalDate start, LocalDate end) {
        requireNonNull(kind, "kind");
        Period custom = of(start, end);
        Period expected = switch (kind) {
            case CUSTOM -> custom;
            case YEAR -> year(start.getYear());
            case HALF_YEAR -> halfYear(start.getYear(), start.getMonthValue() <= 6 ? 1 : 2);
            case PHASE -> phase(start.getYear(), end.getYear());
        };
        if (!expected.start.equals(start) || !expected.end.equals(end)) {
            throw ValidationException.invalid(
                    "Period",
                    "end",
                    start + ".." + end,
                    Text.of("ngày không khớp loại " + kind.label().vi(), "dates do not fit the kind " + kind),
                    Text.of(
                            "năm: 1/1–31/12; 6 tháng: 1/1–30/6 hoặc 1/7–31/12; giai đoạn: 1/1 năm đầu – 31/12 năm cuối",
                            "year: Jan 1–Dec 31; half-year: Jan 1–Jun 30 or Jul 1–Dec 31; phase: Jan 1 of the first year to Dec 31 of the last"));
        }
        return expected;
    }

    /**
     * Returns the kind of span.
     *
     * @return the kind
     */
    public PeriodKind kind() {
        return kind;
    }

    /**
     * Returns the first day.
     *
     * @return the first day, inclusive
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the last day.
     *
     * @return the last day, inclusive
     */
    public LocalDate end() {
        return end;
    }

    /**
     * Returns the year the period starts in.
     *
     * @return the first year
     */
    public Year firstYear() {
        return Year.of(start.getYear());
    }

    /**
     * Returns the year the period ends in.
     *
     * @return the last year
     */
    public Year lastYear() {
        return Year.of(end.getYear());
    }

    /**
     * Tells whether a day falls in the period.
     *
     * @param date the day, not null
     * @return true when {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Tells whether another period lies wholly inside this one.
     *
     * @param other the other period, not null
     * @return true when both of its ends fall in this period
     */
    public boolean contains(Period other) {
        requireNonNull(other, "other");
        return contains(other.start) && contains(other.end);
    }

    /**
     * Returns a label such as "năm 2023" / "2023" or "6 tháng đầu năm 2023" / "first half of
     * 2023".
     *
     * @param locale the reader's locale, not null
     * @return the label
     */
    public String label(Locale locale) {
        return label().in(locale);
    }

    /**
     * Returns the label in both languages.
     *
     * @return the label
     */
    public Text label() {
        int y = start.getYear();
        return switch (kind) {
            case YEAR -> Text.of("năm " + y, String.valueOf(y));
            case HALF_YEAR ->
                start.getMonthValue() == 1
                        ? Text.of("6 tháng đầu năm " + y, "first half of " + y)
                        : Text.of("6 tháng cuối năm " + y, "second half of " + y);
            case PHASE -> Text.of("giai đoạn " + y + "–" + end.getYear(), y + "–" + end.getYear() + " phase");
            case CUSTOM -> Text.of("từ " + start + " đến " + end, start + " to " + end);
        };
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, requireNonNull(other, "other"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period other && kind == other.kind && start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + start.hashCode()) * 31 + end.hashCode();
    }

    /** Returns {@code KIND start..end}, such as {@code YEAR 2023-01-01..2023-12-31}. */
    @Override
    public String toString() {
        return kind + " " + start + ".." + end;
    }

    private static void checkYear(String field, int year) {
        if (year < 1900 || year > 2999) {
            throw ValidationException.invalid(
                    "Period",
                    field,
                    year,
                    Text.of("năm ngoài phạm vi", "year out of range"),
                    Text.of("năm từ 1900 đến 2999", "a year from 1900 to 2999"));
        }
    }
}
