package io.github.thidua.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.Name;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Builds rule contexts and reads outcomes for the built-in rules' tests. */
final class RuleFixtures {

    static final String CODE = "I.1";
    static final Id INDICATOR = Id.of("chi-tieu");

    private RuleFixtures() {}

    static Criterion criterion(CriterionKind kind, String max) {
        return Criterion.builder()
                .code(CODE)
                .name(Name.of("Tiêu chí thử"))
                .maxPoints(Points.parse(max))
                .kind(kind)
                .build();
    }

    static RuleContext context(CriterionKind kind, String max, List<RuleInput> inputs) {
        return RuleContext.builder()
                .criterion(criterion(kind, max))
                .addAllInputs(inputs)
                .build();
    }

    static RuleContext context(CriterionKind kind, String max, RuleInput... inputs) {
        return context(kind, max, List.of(inputs));
    }

    static Indicator indicator(Direction direction) {
        return Indicator.builder()
                .id(INDICATOR)
                .name(Name.of("Chỉ tiêu thử"))
                .unitOfMeasure("%")
                .direction(direction)
                .build();
    }

    /** A unit whose assessment is shaped by {@code entry}. */
    static RuleInput unit(String unit, UnaryOperator<Assessment.Builder> entry) {
        return RuleInput.builder()
                .unit(Id.of(unit))
                .assessment(entry.apply(Assessment.builder().criterion(CODE)).build())
                .build();
    }

    /** A unit with no assessment at all. */
    static RuleInput silent(String unit) {
        return RuleInput.builder().unit(Id.of(unit)).build();
    }

    /**
     * A unit measured on the indicator; {@code actual} or {@code target} null when not given.
     */
    static RuleInput measured(String unit, String actual, String target, Direction direction) {
        Assessment.Builder a = Assessment.builder().criterion(CODE);
        if (actual != null) {
            a.actual(new BigDecimal(actual));
        }
        RuleInput.Builder in =
                RuleInput.builder().unit(Id.of(unit)).assessment(a.build()).indicator(indicator(direction));
        if (target != null) {
            in.target(PledgedTarget.builder()
                    .unit(Id.of(unit))
                    .indicator(INDICATOR)
                    .value(new BigDecimal(target))
                    .build());
        }
        return in.build();
    }

    static RuleInput measured(String unit, String actual, String target) {
        return measured(unit, actual, target, Direction.HIGHER_IS_BETTER);
    }

    /** Scores and returns each unit's points by unit id, checking one outcome per unit. */
    static Map<String, Points> points(CriterionRule rule, RuleContext context) {
        List<RuleOutcome> outcomes = rule.score(context);
        assertThat(outcomes).hasSameSizeAs(context.inputs());
        Map<String, Points> byUnit = new TreeMap<>();
        for (RuleOutcome o : outcomes) {
            assertThat(o.explanation().value()).contains(o.points());
            byUnit.put(o.unit().value(), o.points());
        }
        assertThat(byUnit).hasSameSizeAs(outcomes);
        return byUnit;
    }

    static RuleOutcome outcome(CriterionRule rule, RuleContext context, String unit) {
        return rule.score(context).stream()
                .filter(o -> o.unit().value().equals(unit))
                .findFirst()
                .orElseThrow();
    }

    static Points p(String value) {
        return Points.parse(value);
    }

    /** The same context with its inputs in another order. */
    static RuleContext shuffled(RuleContext context, long seed) {
        List<RuleInput> inputs = new ArrayList<>(context.inputs());
        Collections.shuffle(inputs, new Random(seed));
        return RuleContext.builder()
                .criterion(context.criterion())
                .divisionScale(context.divisionScale())
                .addAllInputs(inputs)
                .build();
    }
}
