package io.github.thidua.core;

/**
 * A node of a {@link ScoringTable}: a {@link CriterionGroup} (nhóm tiêu chí) or a {@link
 * Criterion} (tiêu chí), with a code, a name and a maximum.
 *
 * <p>The nodes are exactly those two types, so a tree can be walked by checking which one a node
 * is. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * for (CriterionNode node : table.roots()) {
 *     String line = node.code() + " " + node.name() + " (" + node.maxPoints() + ")";
 * }
 * }</pre>
 */
public sealed interface CriterionNode permits Criterion, CriterionGroup {

    /**
     * Returns the code printed beside the node, such as {@code I}, {@code I.1} or {@code 2.3.a}.
     *
     * @return the code, unique in its table
     */
    String code();

    /**
     * Returns the name.
     *
     * @return the name
     */
    Name name();

    /**
     * Returns the most points the node can count toward its parent: a criterion's maximum, or a
     * group's (the sum of its scored children). A bonus or deduction criterion's maximum is its own
     * cap and counts toward no group or table.
     *
     * @return the maximum, zero or more
     */
    Points maxPoints();
}
