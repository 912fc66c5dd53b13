package io.github.thidua.core;

/** What kind of body an {@link Organiser} is. */
public enum OrganiserKind implements Labelled {
    /** An Emulation and Commendation Council (Hội đồng Thi đua - Khen thưởng). */
    STATE_COUNCIL("Hội đồng Thi đua - Khen thưởng", "emulation and commendation council"),
    /** A People's Committee (Ủy ban nhân dân). */
    PEOPLES_COMMITTEE("Ủy ban nhân dân", "People's Committee"),
    /** A ministry or sector (bộ, ngành). */
    MINISTRY("bộ, ngành", "ministry or sector"),
    /** A mass organisation such as the Veterans Association (tổ chức chính trị - xã hội). */
    MASS_ORGANISATION("tổ chức chính trị - xã hội", "mass organisation"),
    /** A party committee of a bloc of agencies and enterprises (Đảng ủy khối). */
    PARTY_COMMITTEE("Đảng ủy", "party committee"),
    /** An enterprise (doanh nghiệp). */
    ENTERPRISE("doanh nghiệp", "enterprise"),
    /** Another kind of body (khác). */
    OTHER("khác", "other");

    private final Text label;

    OrganiserKind(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
