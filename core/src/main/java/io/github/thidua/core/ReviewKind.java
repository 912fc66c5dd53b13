package io.github.thidua.core;

/** The kind of a {@link Review} conference, by the span it looks back on. */
public enum ReviewKind implements Labelled {
    /** The half-year review (sơ kết 6 tháng). */
    HALF_YEAR("sơ kết 6 tháng", "half-year review"),
    /** The annual review (tổng kết năm). */
    ANNUAL("tổng kết năm", "annual review"),
    /** The review of a multi-year phase (tổng kết giai đoạn), such as 2019–2024. */
    PHASE("tổng kết giai đoạn", "phase review");

    private final Text label;

    ReviewKind(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
