package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.RuleFixtures.context;
import static io.github.thidua.scoring.internal.RuleFixtures.outcome;
import static io.github.thidua.scoring.internal.RuleFixtures.p;
import static io.github.thidua.scoring.internal.RuleFixtures.points;
import static io.github.thidua.scoring.internal.RuleFixtures.shuffled;
import static io.github.thidua.scoring.internal.RuleFixtures.silent;
import static io.github.thidua.scoring.internal.RuleFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.core.Bonus;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Points;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeductionRuleTest {

    private static final DeductionRule RULE = new DeductionRule();

    @Test
    void score_occurrences_areTakenOffDownToMinusTheCap() {
        // cap 3, 0.5 per late report: 2 → −1; 9 → −min(4.5, 3) = −3; none → 0; not reported → 0.
        RuleContext c = context(
                Deduction.of(p("0.5")),
                "3",
                unit("a", e -> e.occurrences(2)),
                unit("b", e -> e.occurrences(9)),
                unit("c", e -> e.occurrences(0)),
                silent("d"));
        assertThat(points(RULE, c))
                .containsExactly(entry("a", p("-1")), entry("b", p("-3")), entry("c", p("0")), entry("d", p("0")));
        Explanation b = outcome(RULE, c, "b").explanation();
        assertThat(b.key()).isEqualTo("rule.deduction.capped");
        assertThat(b.value()).contains(p("-3"));
        assertThat(b.text().en()).isEqualTo("Deduction: 9 × 0.5 = 4.5, ≤ 3 → −3");
        assertThat(outcome(RULE, c, "a").explanation().text().vi()).endsWith("→ −1");
        assertThat(outcome(RULE, c, "a").explanation().text().en()).isEqualTo("Deduction: 2 × 0.5 = 1 → −1");
        // Nothing taken off reads as nothing, not as "→ −0".
        assertThat(outcome(RULE, c, "c").explanation().text().en()).isEqualTo("Deduction: 0 × 0.5 = 0");
    }

    @Test
    void score_halfPointTakenOff_isWrittenWithTheVietnameseDecimalComma() {
        RuleContext c = context(Deduction.of(p("0.5")), "3", unit("a", e -> e.occurrences(1)));
        assertThat(outcome(RULE, c, "a").explanation().text().vi()).endsWith("→ −0,5");
        assertThat(outcome(RULE, c, "a").explanation().text().en()).endsWith("→ −0.5");
    }

    @Test
    void score_bonusCriterion_isRejected() {
        RuleContext c = context(Bonus.of(Points.of(1)), "3", silent("a"));
        assertThatThrownBy(() -> RULE.score(c)).isInstanceOf(ValidationException.class);
    }

    @Test
    void score_anyOccurrencesInAnyOrder_staysWithinMinusCapAndZero() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 30)).ofSizeBetween(1, 8), longs().all())
                .checkAssert((occurrences, seed) -> {
                    List<RuleInput> inputs = new ArrayList<>();
                    for (int i = 0; i < occurrences.size(); i++) {
                        int n = occurrences.get(i);
                        inputs.add(unit("u" + i, e -> e.occurrences(n)));
                    }
                    RuleContext c = context(Deduction.of(p("0.75")), "3", inputs);
                    List<RuleOutcome> outcomes = RULE.score(c);
                    assertThat(RULE.score(shuffled(c, seed))).isEqualTo(outcomes);
                    outcomes.forEach(o -> assertThat(o.points()).isBetween(Points.of(-3), Points.ZERO));
                });
    }
}
