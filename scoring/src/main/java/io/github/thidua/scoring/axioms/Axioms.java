package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The ready-made axioms every policy and the engine evaluating it must keep, to check one at a
 * time or all together ({@link #all()}) with {@link AxiomCheck}.
 *
 * <table>
 *   <caption>The axioms</caption>
 *   <tr><th scope="col">name</th><th scope="col">what it checks</th></tr>
 *   <tr><td>{@code order-independence}</td><td>reordering every list of the input (members,
 *       sub-groups, targets, indicators, sheets and their entries and events, votes, candidates,
 *       voters (the candidates keep their ballot-paper order, which the vote methods follow), ballots and approvals, past awards, pending matters), reversed and shuffled, gives
 *       the same evaluation to the last digit and the last word of every explanation</td></tr>
 *   <tr><td>{@code renaming-units}</td><td>renaming the units (a random bijection of ids, which
 *       also reorders them) maps every number exactly: points, subtotals, totals, bands, votes
 *       and, unless the ranking draws lots by id, ranks, proposals, cash and award
 *       decisions</td></tr>
 *   <tr><td>{@code monotonicity}</td><td>improving one unit's input on a monotone criterion,
 *       others held fixed, never lowers that unit's points on it nor its total (up to 16 improvements a trial, sampled in larger cases)</td></tr>
 *   <tr><td>{@code caps-respected}</td><td>criterion points within [0, max] (deductions within
 *       [−max, 0]), group subtotals within [0, group max], totals within [−deduction cap, table
 *       max + bonus cap]; an outcome the engine rejects as out of bounds is reported too</td></tr>
 *   <tr><td>{@code quotas-never-exceeded}</td><td>no step of the award ladder proposes more units
 *       than its quota allows, per cluster or sub-group as the ladder's scope says</td></tr>
 *   <tr><td>{@code determinism}</td><td>evaluating twice, and on several threads at once, gives
 *       identical evaluations with identical explanations</td></tr>
 *   <tr><td>{@code explanations-sum-to-totals}</td><td>the numbers of each unit's explanation
 *       add up: criterion steps to their rule's value and rounding, groups to their children,
 *       rounding and cap, bonus and deduction steps to their sums and caps, the total to scored
 *       points plus bonus minus deductions and its rounding</td></tr>
 * </table>
 *
 * <pre>{@code
 * AxiomCheck.of(policy).using(registry).check(Axioms.all()).assertHolds();
 * AxiomCheck.of(policy).check(Axioms.capsRespected(), Axioms.quotasNeverExceeded()).assertHolds();
 * }</pre>
 */
public final class Axioms {

    private Axioms() {}

    /**
     * Returns every ready-made axiom, monotonicity with the built-in monotone kinds only.
     *
     * @return the axioms, in the order of this class's table
     */
    public static List<Axiom> all() {
        return List.of(
                orderIndependence(),
                renamingUnits(),
                monotonicity(),
                capsRespected(),
                quotasNeverExceeded(),
                determinism(),
                explanationsSumToTotals());
    }

    /**
     * Returns every ready-made axiom, with monotonicity also checking the given promises.
     *
     * @param monotone the promises of custom or formula kinds, not null
     * @return the axioms
     */
    public static List<Axiom> all(MonotoneInput... monotone) {
        return List.of(
                orderIndependence(),
                renamingUnits(),
                monotonicity(monotone),
                capsRespected(),
                quotasNeverExceeded(),
                determinism(),
                explanationsSumToTotals());
    }

    /**
     * Returns {@code order-independence}: reordering every list of the input that carries no
     * meaning in its order (a ranking ballot's order is kept) changes nothing in the evaluation,
     * explanations included. The input is checked reversed and shuffled.
     *
     * @return the axiom
     */
    public static Axiom orderIndependence() {
        return new OrderIndependence();
    }

    /**
     * Returns {@code renaming-units}: a random bijection of unit ids, applied to everything that
     * names a unit, maps every number of the evaluation exactly. Explanations are not compared,
     * since they name units. When the ranking's tie-break chain holds {@code lot}, which draws by
     * unit id on purpose, ranks and everything that follows from them (proposals, cash, award
     * decisions) are left out.
     *
     * @return the axiom
     */
    public static Axiom renamingUnits() {
        return new RenamingUnits();
    }

    /**
     * Returns {@code monotonicity} for the built-in monotone kinds: for every unit and every
     * monotone criterion, improving the unit's input, others held fixed, never lowers the unit's
     * points on that criterion nor its total. "Improving" is, by kind: qualitative, becoming
     * achieved; quantitative, a higher actual value (a lower one when the indicator's lower is
     * better); leader-relative with {@code ALL_TIED_LEAD}, likewise (the other units' points may
     * fall: they share the top); count-based, a higher count; bonus, more occurrences. A
     * deduction's occurrences work the other way: more of them never raise the points or the
     * total.
     *
     * <p>Not checked: leader-relative with {@code NONE_LEAD} (a unit that improves until it ties
     * the top removes the leader and may fall to half the maximum, as that policy says), formula
     * and custom kinds unless promised (see {@link #monotonicity(MonotoneInput...)}), and policies
     * that take recorded points instead of computing them. Bands are not compared: a named
     * fallback band may lie below the band a unit had before it improved.
     *
     * @return the axiom
     */
    public static Axiom monotonicity() {
        return new Monotonicity(List.of());
    }

    /**
     * Returns {@code monotonicity} for the built-in monotone kinds and for the kinds a rule author
     * promises to be monotone in an input.
     *
     * @param promises the promises, such as {@code MonotoneInput.of("twice-if-achieved",
     *     InputField.ACHIEVED)}; not null
     * @return the axiom
     */
    public static Axiom monotonicity(MonotoneInput... promises) {
        requireNonNull(promises, "promises");
        for (MonotoneInput p : promises) {
            requireNonNull(p, "promise");
        }
        return new Monotonicity(List.of(promises));
    }

    /**
     * Returns {@code caps-respected}: every criterion's points lie within [0, max] (a deduction's
     * within [−max, 0]), every group subtotal within [0, the group's maximum], every total within
     * [−the deduction cap, the table's maximum + the bonus cap]. The engine itself rejects a
     * rule's outcome outside its criterion's bounds; such a rejection is reported as a violation
     * of this axiom, naming the rule.
     *
     * @return the axiom
     */
    public static Axiom capsRespected() {
        return new CapsRespected();
    }

    /**
     * Returns {@code quotas-never-exceeded}: per cluster, or per sub-group when the ladder's scope
     * says so, no award is proposed to more units than the quotas of its steps allow: a count, or
     * the share of an explicit base, of the members, or of the units the step selects (an upper
     * bound of its candidates), rounded down. Steps whose quota includes every unit tied at the
     * line ({@code INCLUDE_ALL}) may exceed it and are not checked. Proposals are counted both in
     * the award decisions and in the units' results.
     *
     * @return the axiom
     */
    public static Axiom quotasNeverExceeded() {
        return new QuotasNeverExceeded();
    }

    /**
     * Returns {@code determinism}: two evaluations of the same input, one after the other, are
     * identical with their explanations, and so are four evaluations on four threads at once, each
     * reading its explanations on its own thread.
     *
     * @return the axiom
     */
    public static Axiom determinism() {
        return new Determinism();
    }

    /**
     * Returns {@code explanations-sum-to-totals}: each unit's explanation holds a {@code
     * unit.total} step whose value is the total and whose inputs (scored, bonus, deductions) add
     * up to it, through its rounding step if any; scored is the sum of the root criterion and
     * group steps; each group step is the sum of its children, rounded and capped as its own
     * steps say, and equals the unit's subtotal; each criterion step equals the unit's points and
     * the value its rule explained, through its rounding step if any; bonus and deduction steps
     * are the sums of their criteria, capped.
     *
     * @return the axiom
     */
    public static Axiom explanationsSumToTotals() {
        return new ExplanationsSumToTotals();
    }
}
