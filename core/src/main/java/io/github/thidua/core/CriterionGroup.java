package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group of criteria (nhóm tiêu chí) in a {@link ScoringTable}, holding criteria and smaller
 * groups.
 *
 * <p>Its maximum is the sum of the maxima of its scored children (groups, and criteria that are
 * not {@link Bonus} or {@link Deduction}). A maximum printed in the table may be declared; it must
 * then equal that sum. Checked when built: at least one child; codes unique within the group;
 * at most 8 levels. Immutable and thread-safe.
 *
 * <pre>{@code
 * CriterionGroup organisation = CriterionGroup.builder()
 *         .code("I")
 *         .name(Name.of("Công tác tổ chức phong trào thi đua"))
 *         .declaredMaxPoints(Points.of(10))
 *         .addChildren(covenant, review) // 5 + 5 points
 *         .build();
 * organisation.maxPoints(); // 10
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class CriterionGroup implements CriterionNode {

    CriterionGroup() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the code, such as {@code I} or {@code 2.3}.
     *
     * @return the code: 1 to 32 ASCII letters, digits, {@code . - _}, starting with a letter or
     *     digit
     */
    @Override
    public abstract String code();

    /**
     * Returns the name, such as "Công tác tổ chức phong trào thi đua".
     *
     * @return the name
     */
    @Override
    public abstract Name name();

    /**
     * Returns the maximum printed in the table, if any.
     *
     * @return the declared maximum, equal to the sum of the scored children's maxima, if any
     */
    public abstract Optional<Points> declaredMaxPoints();

    /**
     * Returns the children, in the order printed.
     *
     * @return one or more criteria and groups
     */
    public abstract List<CriterionNode> children();

    /**
     * Returns the sum of the maxima of the scored children.
     *
     * @return the maximum
     */
    @Override
    @Value.Lazy
    public Points maxPoints() {
        return CriterionTree.scoredSum(children());
    }

    @Value.Check
    final void check() {
        Checks.matches("CriterionGroup", "code", code(), Criterion.CODE, Criterion.CODE_SHAPE);
        if (children().isEmpty()) {
            throw ValidationException.invalid(
                    "CriterionGroup",
                    "children",
                    code(),
                    Text.of("nhóm không có tiêu chí nào", "a group without criteria"),
                    Text.of("ít nhất một tiêu chí hoặc nhóm con", "at least one criterion or sub-group"));
        }
        Map<String, String> seen = new HashMap<>();
        seen.put(code(), "code");
        // The group itself sits at level 1 here; a table re-checks the levels from its roots.
        CriterionTree.check("CriterionGroup", "children", children(), 2, seen);
        Points sum = CriterionTree.scoredSum(children());
        CriterionTree.checkDeclared(
                "CriterionGroup", declaredMaxPoints(), sum, "các tiêu chí con", "the children's maxima");
    }

    /** Builds a {@link CriterionGroup}; code, name and one child are required. */
    public static final class Builder extends ImmutableCriterionGroup.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
