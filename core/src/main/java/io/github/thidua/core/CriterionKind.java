package io.github.thidua.core;

import java.util.Set;

/**
 * How a {@link Criterion} is scored: qualitative, against a pledged target, relative to the
 * cluster's leader, per occurrence, as a bonus or deduction, by a formula, or by a custom rule.
 *
 * <p>Each kind has a stable {@link #kindName()} that documents and the rule registry use to find
 * the rule that scores it; the built-in names are listed in {@link #BUILT_IN_NAMES}. The kinds are
 * the types permitted here; a rule of one's own is named by a {@link CustomKind}. All kinds are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * CriterionKind kind = Quantitative.of(Id.of("grdp"));
 * kind.kindName();      // "quantitative"
 * kind.label().vi();    // "định lượng"
 * }</pre>
 */
public sealed interface CriterionKind
        permits Qualitative, Quantitative, LeaderRelative, CountBased, Bonus, Deduction, Formula, CustomKind {

    /** The names of the built-in kinds, which a {@link CustomKind} may not take. */
    Set<String> BUILT_IN_NAMES =
            Set.of("qualitative", "quantitative", "leader-relative", "count", "bonus", "deduction", "formula");

    /**
     * Returns the stable name of the kind, such as {@code quantitative}; it never changes between
     * versions.
     *
     * @return the name, lower-case ASCII letters, digits and {@code -}
     */
    String kindName();

    /**
     * Returns the label people read, such as "định tính" / "qualitative".
     *
     * @return the label in both languages
     */
    Text label();
}
