package io.github.thidua.core;

/** The level of the body that confers an award, from the Government down to an emulation cluster. */
public enum IssuerLevel implements Labelled {
    /** The Government (Chính phủ). */
    GOVERNMENT("Chính phủ", "the Government"),
    /** The Prime Minister (Thủ tướng Chính phủ). */
    PRIME_MINISTER("Thủ tướng Chính phủ", "the Prime Minister"),
    /** A ministry, sector, province or the central body of a mass organisation. */
    MINISTRY_PROVINCE_CENTRAL(
            "bộ, ngành, tỉnh, trung ương đoàn thể", "a ministry, sector, province or central mass organisation"),
    /** The district level (cấp huyện). */
    DISTRICT("cấp huyện", "district level"),
    /** The grassroots level (cấp cơ sở): communes, agencies, enterprises. */
    GRASSROOTS("cấp cơ sở", "grassroots level"),
    /** An emulation cluster or bloc (cụm, khối thi đua), through its standing body. */
    CLUSTER("cụm, khối thi đua", "emulation cluster or bloc");

    private final Text label;

    IssuerLevel(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
