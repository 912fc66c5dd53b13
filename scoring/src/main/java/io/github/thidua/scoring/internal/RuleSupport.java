package io.github.thidua.scoring.internal;

import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** What the built-in rules share: reading the typed kind, exact division, explanations and errors. */
final class RuleSupport {

    private RuleSupport() {}

    /**
     * Returns the criterion's kind as the class a rule expects.
     *
     * @throws ValidationException if the kind is of another class
     */
    static <K extends CriterionKind> K kind(RuleContext context, Class<K> type, String ruleName) {
        CriterionKind kind = context.criterion().kind();
        if (!type.isInstance(kind)) {
            throw ValidationException.invalid(
                    "Criterion",
                    "kind",
                    kind.kindName(),
                    Text.of(
                            "quy tắc " + ruleName + " không chấm được tiêu chí "
                                    + context.criterion().code() + " thuộc loại này",
                            "the " + ruleName + " rule cannot score criterion "
                                    + context.criterion().code() + " of this kind"),
                    Text.of("loại " + ruleName, "the kind " + ruleName));
        }
        return type.cast(kind);
    }

    /** Returns the inputs ordered by unit id, so that nothing depends on the caller's order. */
    static List<RuleInput> inputs(RuleContext context) {
        List<RuleInput> sorted = new ArrayList<>(context.inputs());
        sorted.sort(Comparator.comparing(RuleInput::unit));
        return sorted;
    }

    /** Divides: the one inexact step, to the context's scale, half up. */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor, RuleContext context) {
        return dividend.divide(divisor, context.divisionScale(), RoundingMode.HALF_UP);
    }

    /**
     * Returns points of an exact number; a product too fine for points (more than 12 places) is
     * rounded to the context's division scale, half up.
     */
    static Points points(BigDecimal value, RuleContext context) {
        BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (v.scale() > Points.MAX_SCALE) {
            v = v.setScale(context.divisionScale(), RoundingMode.HALF_UP);
        }
        return Points.of(v);
    }

    /** Half the criterion's maximum. */
    static Points half(RuleContext context) {
        return points(context.criterion().maxPoints().toBigDecimal().divide(BigDecimal.valueOf(2)), context);
    }

    /** Shows a decimal as people write it: plain, without trailing zeros. */
    static String show(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * Returns the direction of the criterion's indicator, read from the inputs; higher is better
     * when no input carries the indicator.
     *
     * @throws ValidationException if an input carries another indicator, or the inputs disagree
     */
    static Direction direction(RuleContext context, List<RuleInput> sorted, Id indicator) {
        Direction found = null;
        for (RuleInput in : sorted) {
            Optional<Indicator> carried = in.indicator();
            if (carried.isEmpty()) {
                continue;
            }
            if (!carried.get().id().equals(indicator)) {
                throw unitProblem(
                        context,
                        in.unit(),
                        "indicator",
                        carried.get().id(),
                        Text.of(
                                "chỉ tiêu khác với chỉ tiêu " + indicator + " của tiêu chí",
                                "not the criterion's indicator " + indicator),
                        Text.of("chỉ tiêu " + indicator, "the indicator " + indicator));
            }
            if (found != null && found != carried.get().direction()) {
                throw unitProblem(
                        context,
                        in.unit(),
                        "indicator.direction",
                        carried.get().direction(),
                        Text.of("chiều của chỉ tiêu khác với các đơn vị khác", "a direction other units do not share"),
                        Text.of("một chiều cho mọi đơn vị", "one direction for every unit"));
            }
            found = carried.get().direction();
        }
        return found == null ? Direction.HIGHER_IS_BETTER : found;
    }

    /** Reports a unit's input that this criterion cannot score, naming the unit and the criterion. */
    static ValidationException unitProblem(
            RuleContext context, Id unit, String field, Object value, Text problem, Text allowed) {
        String code = context.criterion().code();
        return ValidationException.invalid(
                "RuleInput",
                "units[" + unit + "].criteria[" + code + "]." + field,
                value,
                Text.of(
                        "đơn vị " + unit + ", tiêu chí " + code + ": " + problem.vi(),
                        "unit " + unit + ", criterion " + code + ": " + problem.en()),
                allowed);
    }

    /** Rejects a non-positive target, which defines no ratio. */
    static BigDecimal positiveTarget(RuleContext context, RuleInput in) {
        BigDecimal target = in.target().orElseThrow().value();
        if (target.signum() <= 0) {
            throw unitProblem(
                    context,
                    in.unit(),
                    "target",
                    target,
                    Text.of(
                            "chỉ tiêu không dương nên không tính được tỉ lệ",
                            "a target that is not positive defines no ratio"),
                    Text.of("chỉ tiêu lớn hơn 0", "a target above zero"));
        }
        return target;
    }

    /** Builds an explanation with inputs in the order given. */
    static Explanation explain(String key, Text text, Points value, Map<String, String> inputs) {
        return Explanation.builder()
                .key(key)
                .text(text)
                .value(value)
                .putAllInputs(inputs)
                .build();
    }

    /** Starts an ordered map of explanation inputs. */
    static Map<String, String> inputs(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** Joins unit ids in id order, for explanations. */
    static String units(Iterable<Id> ids) {
        TreeSet<Id> sorted = new TreeSet<>();
        ids.forEach(sorted::add);
        return String.join(", ", sorted.stream().map(Id::toString).toList());
    }
}
