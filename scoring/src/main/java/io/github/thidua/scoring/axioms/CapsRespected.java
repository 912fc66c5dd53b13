package io.github.thidua.scoring.axioms;

import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionNode;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Points;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Points within the criteria's, groups' and table's bounds. */
final class CapsRespected extends BuiltInAxiom {

    static final String NAME = "caps-respected";

    CapsRespected() {
        super(
                NAME,
                Text.of(
                        "điểm tiêu chí, điểm nhóm và tổng điểm không vượt điểm tối đa và mức trần",
                        "criterion points, group subtotals and totals stay within their maxima and caps"));
    }

    @Override
    public Optional<Violation> check(Trial trial) {
        Evaluation evaluation;
        try {
            evaluation = trial.evaluation();
        } catch (ThiDuaException e) {
            // The engine refuses a rule's (or a formula's) outcome outside its criterion's bounds:
            // the cap held only because the engine stopped, and the rule is what breaks it. The
            // engine's exception carries no structured field for this, so its wording is matched.
            String vi = e.getMessage(Text.VIETNAMESE);
            String en = e.getMessage(Locale.ENGLISH);
            if (en.contains("outside [")) {
                return Optional.of(Violation.of(
                        NAME + ".rejected",
                        Text.of(
                                "Bộ máy chấm điểm từ chối kết quả vượt giới hạn của một quy tắc",
                                "The engine rejected a rule's outcome outside its bounds"),
                        List.of(Text.of(vi, en))));
            }
            throw e;
        }
        ScoringTable table = trial.policy().table();
        List<Text> details = new ArrayList<>();
        for (UnitResult u : evaluation.result().units()) {
            for (Criterion c : table.criteria()) {
                Optional<CriterionResult> r = u.criterion(c.code());
                if (r.isEmpty()) {
                    continue;
                }
                Points p = r.get().points();
                boolean deduction = c.kind() instanceof Deduction;
                Points low = deduction ? c.maxPoints().negated() : Points.ZERO;
                Points high = deduction ? Points.ZERO : c.maxPoints();
                if (p.isLessThan(low) || p.isGreaterThan(high)) {
                    details.add(Text.of(
                            u.unit() + ": tiêu chí " + c.code() + " = " + p + ", ngoài [" + low + ", " + high + "]",
                            u.unit() + ": criterion " + c.code() + " = " + p + ", outside [" + low + ", " + high
                                    + "]"));
                }
            }
            groups(table.roots(), u, details);
            Points low = table.deductionCap().negated();
            Points high = table.maxPoints().plus(table.bonusCap());
            if (u.total().isLessThan(low) || u.total().isGreaterThan(high)) {
                details.add(Text.of(
                        u.unit() + ": tổng điểm " + u.total() + ", ngoài [" + low + ", " + high
                                + "] (−trần điểm trừ, tối đa + trần điểm thưởng)",
                        u.unit() + ": total " + u.total() + ", outside [" + low + ", " + high
                                + "] (−deduction cap, maximum + bonus cap)"));
            }
        }
        if (details.isEmpty()) {
            return Optional.empty();
        }
        List<Text> shown = details.size() > Facts.MAX_LINES ? details.subList(0, Facts.MAX_LINES) : details;
        return Optional.of(
                Violation.of(NAME + ".exceeded", Text.of("Điểm vượt giới hạn", "Points outside their bounds"), shown));
    }

    private static void groups(List<CriterionNode> nodes, UnitResult u, List<Text> details) {
        for (CriterionNode node : nodes) {
            if (node instanceof CriterionGroup g) {
                Points p = u.subtotals().get(g.code());
                if (p != null && (p.isNegative() || p.isGreaterThan(g.maxPoints()))) {
                    details.add(Text.of(
                            u.unit() + ": nhóm " + g.code() + " = " + p + ", ngoài [0, " + g.maxPoints() + "]",
                            u.unit() + ": group " + g.code() + " = " + p + ", outside [0, " + g.maxPoints() + "]"));
                }
                groups(g.children(), u, details);
            }
        }
    }
}
