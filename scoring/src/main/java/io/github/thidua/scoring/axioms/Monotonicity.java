package io.github.thidua.scoring.axioms;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Collective;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.LeaderTiePolicy;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.ScoreSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Improving one unit's input on a monotone criterion never lowers its points nor its total. */
final class Monotonicity extends BuiltInAxiom {

    static final String NAME = "monotonicity";

    /** The most improvements tried per trial, each one evaluation; more are sampled. */
    static final int MAX_TRIES = 16;

    private final List<MonotoneInput> promises;

    Monotonicity(List<MonotoneInput> promises) {
        super(
                NAME,
                Text.of(
                        "cải thiện đầu vào của một đơn vị ở tiêu chí đơn điệu không làm giảm điểm và tổng điểm của đơn vị đó",
                        "improving a unit's input on a monotone criterion never lowers its points nor its total"));
        this.promises = promises;
    }

    /**
     * One way to improve a criterion's input.
     *
     * @param field the input changed
     * @param raise true to increase it, false to decrease it
     * @param builtIn whether the kind is built in (a missing input may then be given)
     * @param notFall true when the points must not fall, false when they must not rise
     */
    private record Move(InputField field, boolean raise, boolean builtIn, boolean notFall) {}

    private List<Move> moves(Criterion criterion, Covenant covenant) {
        List<Move> moves = new ArrayList<>();
        CriterionKind kind = criterion.kind();
        if (kind instanceof Qualitative) {
            moves.add(new Move(InputField.ACHIEVED, true, true, true));
        } else if (kind instanceof Quantitative q) {
            moves.add(new Move(InputField.ACTUAL, higher(covenant, q.indicator()), true, true));
        } else if (kind instanceof LeaderRelative l && l.leaderTie() == LeaderTiePolicy.ALL_TIED_LEAD) {
            moves.add(new Move(InputField.ACTUAL, higher(covenant, l.indicator()), true, true));
        } else if (kind instanceof CountBased) {
            moves.add(new Move(InputField.COUNT, true, true, true));
        } else if (kind instanceof Bonus) {
            moves.add(new Move(InputField.OCCURRENCES, true, true, true));
        } else if (kind instanceof Deduction) {
            moves.add(new Move(InputField.OCCURRENCES, true, true, false));
        }
        for (MonotoneInput p : promises) {
            if (p.kind().equals(kind.kindName())) {
                moves.add(new Move(p.input(), true, false, p.direction() == Direction.HIGHER_IS_BETTER));
            }
        }
        return moves;
    }

    private static boolean higher(Covenant covenant, Id indicator) {
        return covenant.indicator(indicator).map(Indicator::direction).orElse(Direction.HIGHER_IS_BETTER)
                == Direction.HIGHER_IS_BETTER;
    }

    @Override
    public Optional<Violation> check(Trial trial) {
        if (trial.policy().source() == ScoreSource.RECORDED) {
            return Optional.empty();
        }
        EvaluationInput input = trial.input();
        Evaluation base = trial.evaluation();
        RandomGenerator random = trial.random();
        List<Id> units = input.covenant().cluster().members().stream()
                .map(Collective::id)
                .sorted()
                .toList();
        record Try(Criterion criterion, Move move, Id unit) {}
        List<Try> tries = new ArrayList<>();
        for (Criterion c : trial.policy().table().criteria()) {
            for (Move move : moves(c, input.covenant())) {
                for (Id unit : units) {
                    tries.add(new Try(c, move, unit));
                }
            }
        }
        // A large cluster is sampled: each try costs one evaluation.
        if (tries.size() > MAX_TRIES) {
            tries = Inputs.shuffled(random).apply(tries).subList(0, MAX_TRIES);
        }
        for (Try t : tries) {
            Criterion c = t.criterion();
            Move move = t.move();
            Id unit = t.unit();
            Optional<Assessment> entry = Inputs.entry(input, unit, c.code());
            Object before = entry.map(a -> Inputs.fact(a, move.field())).orElse(null);
            Object after = improved(before, move, random);
            if (after == null) {
                continue;
            }
            Assessment changed = Inputs.withFact(
                    entry.orElseGet(
                            () -> Assessment.builder().criterion(c.code()).build()),
                    move.field(),
                    after);
            Evaluation e = trial.evaluate(Inputs.withEntry(input, unit, c.code(), changed));
            Optional<Violation> v = compare(base, e, unit, c, move, before, after);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static Object improved(Object before, Move move, RandomGenerator random) {
        if (before == null && !move.builtIn()) {
            return null;
        }
        switch (move.field()) {
            case ACHIEVED:
                return Boolean.TRUE.equals(before) ? null : Boolean.TRUE;
            case ACTUAL: {
                if (before == null) {
                    return BigDecimal.valueOf(random.nextInt(0, 101));
                }
                BigDecimal v = (BigDecimal) before;
                BigDecimal delta = switch (random.nextInt(4)) {
                    case 0 -> BigDecimal.ONE;
                    case 1 -> new BigDecimal("0.5");
                    case 2 -> BigDecimal.TEN;
                    default -> BigDecimal.valueOf(random.nextInt(1, 101));
                };
                if (move.raise()) {
                    return v.add(delta);
                }
                // Lowering stops at zero: below it, lower-is-better indicators have nothing left to improve.
                return v.signum() <= 0 ? null : v.subtract(delta).max(BigDecimal.ZERO);
            }
            default: {
                int n = before == null ? 0 : (Integer) before;
                return n + random.nextInt(1, 4);
            }
        }
    }

    private static Optional<Violation> compare(
            Evaluation base, Evaluation changed, Id unit, Criterion c, Move move, Object before, Object after) {
        UnitResult u0 = base.result().unit(unit).orElseThrow();
        UnitResult u1 = changed.result().unit(unit).orElseThrow();
        Points p0 = u0.criterion(c.code()).map(r -> r.points()).orElseThrow();
        Points p1 = u1.criterion(c.code()).map(r -> r.points()).orElseThrow();
        String change = move.field().label().en() + " on " + c.code() + " ("
                + c.kind().kindName() + ") from " + show(before) + " to " + show(after);
        String changeVi = move.field().label().vi() + " ở " + c.code() + " ("
                + c.kind().kindName() + ") từ " + show(before) + " thành " + show(after);
        String verb = move.notFall() ? "lowered" : "raised";
        String verbVi = move.notFall() ? "làm giảm" : "làm tăng";
        if (move.notFall() ? p1.isLessThan(p0) : p1.isGreaterThan(p0)) {
            return Optional.of(Violation.of(
                    NAME + ".points",
                    Text.of(
                            "Đổi " + changeVi + " của " + unit + " " + verbVi + " điểm tiêu chí đó: " + p0 + " → " + p1,
                            "Changing " + unit + "'s " + change + " " + verb + " its points on it: " + p0 + " → " + p1),
                    List.of(Text.of(
                            "tổng điểm: " + u0.total() + " → " + u1.total(),
                            "total: " + u0.total() + " → " + u1.total()))));
        }
        if (move.notFall() ? u1.total().isLessThan(u0.total()) : u1.total().isGreaterThan(u0.total())) {
            return Optional.of(Violation.of(
                    NAME + ".total",
                    Text.of(
                            "Đổi " + changeVi + " của " + unit + " " + verbVi + " tổng điểm: " + u0.total() + " → "
                                    + u1.total(),
                            "Changing " + unit + "'s " + change + " " + verb + " its total: " + u0.total() + " → "
                                    + u1.total()),
                    List.of(Text.of(
                            "điểm tiêu chí " + c.code() + ": " + p0 + " → " + p1,
                            "points on " + c.code() + ": " + p0 + " → " + p1))));
        }
        return Optional.empty();
    }

    private static String show(Object value) {
        return value == null ? "–" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
