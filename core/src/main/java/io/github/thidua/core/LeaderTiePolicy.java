package io.github.thidua.core;

/** Who leads a {@link LeaderRelative} criterion when several units share the best result. */
public enum LeaderTiePolicy implements Labelled {
    /** Every tied unit leads and earns the full maximum (cùng dẫn đầu). */
    ALL_TIED_LEAD("các đơn vị bằng nhau cùng dẫn đầu", "all tied units lead"),
    /** Nobody leads when the best result is shared (không đơn vị nào dẫn đầu); the rule says what the tied units earn. */
    NONE_LEAD("không đơn vị nào dẫn đầu", "no unit leads");

    private final Text label;

    LeaderTiePolicy(String vi, String en) {
        this.label = Text.of(vi, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
