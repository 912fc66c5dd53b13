package io.github.thidua.core;

/** Who can be commended: a collective, an individual or a household. */
public enum RecipientKind implements Labelled {
    /** A collective (tập thể): a member unit, an agency, a cooperative, a ward. */
    COLLECTIVE("tập thể", "collective"),
    /** A person (cá nhân). */
    INDIVIDUAL("cá nhân", "individual"),
    /** A household (hộ gia đình), such as a farming household. */
    HOUSEHOLD("hộ gia đình", "household");

    private final Text label;

    RecipientKind(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
