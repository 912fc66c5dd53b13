package io.github.thidua.core;

import java.util.List;
import java.util.Map;

/** Walks trees of criteria for {@link CriterionGroup} and {@link ScoringTable}. */
final class CriterionTree {

    /** The deepest a tree may be, counting its roots as level 1. */
    static final int MAX_DEPTH = 8;

    private CriterionTree() {}

    /**
     * Rejects a repeated code or a node deeper than {@link #MAX_DEPTH}, naming its path.
     *
     * @param type the type being built
     * @param path the path of the list, such as {@code roots}
     * @param nodes the nodes of the list
     * @param level the level of the nodes, 1 for roots
     * @param seen the paths of the codes met so far, by code
     */
    static void check(String type, String path, List<CriterionNode> nodes, int level, Map<String, String> seen) {
        for (int i = 0; i < nodes.size(); i++) {
            CriterionNode node = nodes.get(i);
            String at = path + "[" + i + "]";
            if (level > MAX_DEPTH) {
                throw ValidationException.invalid(
                        type,
                        at,
                        node.code(),
                        Text.of("tiêu chí ở tầng thứ " + level, "a criterion at level " + level),
                        Text.of(
                                "cây tiêu chí sâu tối đa " + MAX_DEPTH + " tầng",
                                "a tree of criteria at most " + MAX_DEPTH + " levels deep"));
            }
            String before = seen.putIfAbsent(node.code(), at + ".code");
            if (before != null) {
                throw ValidationException.invalid(
                        type,
                        at + ".code",
                        node.code(),
                        Text.of("trùng mã với " + before, "repeats the code at " + before),
                        Text.of(
                                "mỗi mã tiêu chí một lần trong cả bảng",
                                "each criterion code once in the whole table"));
            }
            if (node instanceof CriterionGroup g) {
                check(type, at + ".children", g.children(), level + 1, seen);
            }
        }
    }

    /**
     * Adds the path of every criterion (not group) under {@code nodes}, by code, in the order of
     * the tree: {@code roots[0].children[1]}.
     *
     * @param path the path of the list, such as {@code roots}
     * @param nodes the nodes of the list
     * @param out the paths, by criterion code
     */
    static void paths(String path, List<CriterionNode> nodes, Map<String, String> out) {
        for (int i = 0; i < nodes.size(); i++) {
            String at = path + "[" + i + "]";
            if (nodes.get(i) instanceof CriterionGroup g) {
                paths(at + ".children", g.children(), out);
            } else {
                out.put(nodes.get(i).code(), at);
            }
        }
    }

    /**
     * Returns the sum of the maxima of the scored nodes: groups, and criteria that are not bonus
     * or deduction.
     *
     * @param nodes the nodes
     * @return the sum
     */
    static Points scoredSum(List<CriterionNode> nodes) {
        Points sum = Points.ZERO;
        for (CriterionNode node : nodes) {
            if (!(node instanceof Criterion c) || c.isScored()) {
                sum = sum.plus(node.maxPoints());
            }
        }
        return sum;
    }

    /**
     * Adds the criteria under {@code nodes} to {@code out}, in tree order.
     *
     * @param nodes the nodes
     * @param out the list to add to
     */
    static void leaves(List<CriterionNode> nodes, List<Criterion> out) {
        for (CriterionNode node : nodes) {
            if (node instanceof Criterion c) {
                out.add(c);
            } else {
                leaves(((CriterionGroup) node).children(), out);
            }
        }
    }

    /**
     * Rejects a declared maximum that differs from the sum of the scored nodes below it.
     *
     * @param type the type being built
     * @param declared the declared maximum, if any
     * @param sum the sum of the scored nodes' maxima
     * @param whatVi what the sum is of, in Vietnamese
     * @param whatEn what the sum is of, in English
     */
    static void checkDeclared(
            String type, java.util.Optional<Points> declared, Points sum, String whatVi, String whatEn) {
        if (declared.isPresent() && declared.get().compareTo(sum) != 0) {
            throw ValidationException.invalid(
                    type,
                    "declaredMaxPoints",
                    declared.get(),
                    Text.of(
                            "điểm tối đa khai báo " + declared.get() + " khác tổng điểm tối đa " + whatVi + " " + sum,
                            "declared maximum " + declared.get() + " differs from the sum of " + whatEn + " " + sum),
                    Text.of(
                            "điểm tối đa bằng " + sum + " (tổng " + whatVi + "), hoặc không khai báo",
                            "a maximum equal to " + sum + " (the sum of " + whatEn + "), or none"));
        }
    }
}
