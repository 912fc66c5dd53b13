package io.github.thidua.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A scoring table (bảng chấm điểm): a tree of criteria groups and criteria with a total maximum
 * (100, 90, 1000 …), plus caps on bonus and deduction points.
 *
 * <p>Checked when built: criterion and group codes are unique across the whole tree (the message
 * names the path, such as {@code roots[1].children[0].code}); the tree is at most 8 levels deep;
 * at least one criterion is scored (not a bonus or deduction); a declared total equals the sum of
 * the scored roots' maxima. Bonus and deduction criteria count toward no maximum: the table caps
 * their totals by {@link #bonusCap()} and {@link #deductionCap()}, which must be above zero when the
 * table has such criteria (a cap of zero would silently void them). Immutable and thread-safe.
 *
 * <pre>{@code
 * ScoringTable table = ScoringTable.builder()
 *         .id(Id.of("ccb-cum-2-2024"))
 *         .name(Name.of("Bảng chấm điểm thi đua năm 2024"))
 *         .addRoots(organisation, tasks, bonuses)
 *         .declaredMaxPoints(Points.of(100))
 *         .bonusCap(Points.of(3))
 *         .build();
 * table.criterion("I.1"); // Optional[Criterion{code=I.1, ...}]
 * }</pre>
 */
@Value.Immutable
public abstract class ScoringTable {

    ScoringTable() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the stable id.
     *
     * @return the id
     */
    public abstract Id id();

    /**
     * Returns the name, such as "Bảng chấm điểm thi đua năm 2024".
     *
     * @return the name
     */
    public abstract Name name();

    /**
     * Returns the top-level groups and criteria, in the order printed.
     *
     * @return the roots
     */
    public abstract List<CriterionNode> roots();

    /**
     * Returns the total maximum printed in the table, if any.
     *
     * @return the declared total, equal to {@link #maxPoints()}, if any
     */
    public abstract Optional<Points> declaredMaxPoints();

    /**
     * Returns the most bonus points a unit can add in total.
     *
     * @return the cap, zero or more; above zero when the table has bonus criteria; zero unless
     *     stated
     */
    @Value.Default
    public Points bonusCap() {
        return Points.ZERO;
    }

    /**
     * Returns the most points deductions can take off a unit in total.
     *
     * @return the cap, zero or more; above zero when the table has deduction criteria; zero unless
     *     stated
     */
    @Value.Default
    public Points deductionCap() {
        return Points.ZERO;
    }

    /**
     * Returns the total maximum: the sum of the maxima of the scored roots, which is the sum of the
     * maxima of all scored criteria.
     *
     * @return the maximum
     */
    @Value.Lazy
    public Points maxPoints() {
        return CriterionTree.scoredSum(roots());
    }

    /**
     * Returns every criterion (the leaves of the tree), in tree order.
     *
     * @return the criteria
     */
    @Value.Lazy
    public List<Criterion> criteria() {
        List<Criterion> out = new ArrayList<>();
        CriterionTree.leaves(roots(), out);
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the criterion with the given code.
     *
     * @param code the code, not null
     * @return the criterion, or empty if no criterion has that code (groups are not returned)
     */
    public Optional<Criterion> criterion(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(criteriaByCode().get(code));
    }

    /**
     * Returns the indicators that quantitative and leader-relative criteria refer to, in tree
     * order.
     *
     * @return the indicator ids, each once
     */
    @Value.Lazy
    public Set<Id> indicatorIds() {
        Set<Id> ids = new LinkedHashSet<>();
        for (Criterion c : criteria()) {
            if (c.kind() instanceof Quantitative q) {
                ids.add(q.indicator());
            } else if (c.kind() instanceof LeaderRelative l) {
                ids.add(l.indicator());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    @Value.Lazy
    Map<String, Criterion> criteriaByCode() {
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        criteria().forEach(c -> byCode.put(c.code(), c));
        return Collections.unmodifiableMap(byCode);
    }

    @Value.Check
    final void check() {
        if (roots().isEmpty()) {
            throw ValidationException.invalid(
                    "ScoringTable",
                    "roots",
                    0,
                    Text.of("bảng không có tiêu chí nào", "a table without criteria"),
                    Text.of("ít nhất một tiêu chí được chấm điểm", "at least one scored criterion"));
        }
        CriterionTree.check("ScoringTable", "roots", roots(), 1, new HashMap<>());
        List<Criterion> leaves = new ArrayList<>();
        CriterionTree.leaves(roots(), leaves);
        if (leaves.stream().noneMatch(Criterion::isScored)) {
            throw ValidationException.invalid(
                    "ScoringTable",
                    "roots",
                    leaves.size(),
                    Text.of("chỉ có tiêu chí điểm thưởng hoặc điểm trừ", "only bonus or deduction criteria"),
                    Text.of("ít nhất một tiêu chí được chấm điểm", "at least one scored criterion"));
        }
        Points sum = CriterionTree.scoredSum(roots());
        CriterionTree.checkDeclared("ScoringTable", declaredMaxPoints(), sum, "các tiêu chí", "the criteria's maxima");
        checkCap("bonusCap", bonusCap(), leaves.stream().anyMatch(c -> c.kind() instanceof Bonus), "thưởng", "bonus");
        checkCap(
                "deductionCap",
                deductionCap(),
                leaves.stream().anyMatch(c -> c.kind() instanceof Deduction),
                "trừ",
                "deduction");
    }

    private static void checkCap(String field, Points cap, boolean used, String vi, String en) {
        if (cap.isNegative()) {
            throw ValidationException.invalid(
                    "ScoringTable",
                    field,
                    cap,
                    Text.of("mức trần âm", "a negative cap"),
                    Text.of("số điểm từ 0 trở lên", "points of zero or more"));
        }
        if (used && cap.isZero()) {
            throw ValidationException.invalid(
                    "ScoringTable",
                    field,
                    cap,
                    Text.of(
                            "bảng có tiêu chí điểm " + vi + " nhưng mức trần bằng 0",
                            "the table has " + en + " criteria but a cap of zero"),
                    Text.of("mức trần điểm " + vi + " lớn hơn 0, như 3", "a " + en + " cap above zero, such as 3"));
        }
    }

    /** Builds a {@link ScoringTable}; id, name and one scored criterion are required. */
    public static final class Builder extends ImmutableScoringTable.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
