package io.github.thidua.core;

/** The level of an {@link Organiser} in the state and mass-organisation hierarchy. */
public enum OrganiserLevel implements Labelled {
    /** Central: the Government, a central body of a mass organisation (cấp trung ương). */
    CENTRAL("cấp trung ương", "central"),
    /** A ministry, a sector or a province (cấp bộ, ngành, tỉnh). */
    MINISTRY_PROVINCE("cấp bộ, ngành, tỉnh", "ministry or province"),
    /** A district, town or provincial city (cấp huyện). */
    DISTRICT("cấp huyện", "district"),
    /** A commune, ward, agency or enterprise at the base (cấp cơ sở). */
    GRASSROOTS("cấp cơ sở", "grassroots");

    private final Text label;

    OrganiserLevel(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
