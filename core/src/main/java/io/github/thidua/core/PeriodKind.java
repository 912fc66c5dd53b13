package io.github.thidua.core;

/** What kind of span a {@link Period} is. */
public enum PeriodKind implements Labelled {
    /** A calendar year (năm). */
    YEAR("năm", "year"),
    /** The first or second half of a calendar year (6 tháng). */
    HALF_YEAR("6 tháng", "half-year"),
    /** Several whole years, such as a five-year phase of a movement (giai đoạn). */
    PHASE("giai đoạn", "phase"),
    /** Any other range of dates (tùy chỉnh). */
    CUSTOM("khoảng thời gian", "custom range");

    private final Text label;

    PeriodKind(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
