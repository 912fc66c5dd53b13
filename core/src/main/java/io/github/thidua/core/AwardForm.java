package io.github.thidua.core;

/** The form of an award under the Law on Emulation and Commendation (Law 06/2022/QH15). */
public enum AwardForm implements Labelled {
    /** An emulation flag (cờ thi đua). */
    FLAG("cờ thi đua", "emulation flag"),
    /** A certificate of merit (bằng khen). */
    CERTIFICATE_OF_MERIT("bằng khen", "certificate of merit"),
    /** A certificate of commendation (giấy khen). */
    CERTIFICATE_OF_COMMENDATION("giấy khen", "certificate of commendation"),
    /** An emulation title for a collective (danh hiệu tập thể). */
    COLLECTIVE_TITLE("danh hiệu tập thể", "collective title"),
    /** An emulation title for a person (danh hiệu cá nhân). */
    INDIVIDUAL_TITLE("danh hiệu cá nhân", "individual title");

    private final Text label;

    AwardForm(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
