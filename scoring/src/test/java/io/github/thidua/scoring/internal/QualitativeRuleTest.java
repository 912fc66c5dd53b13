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

import io.github.thidua.core.CountBased;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualitativeRuleTest {

    private static final QualitativeRule RULE = new QualitativeRule();
    private static final Qualitative HALF =
            Qualitative.builder().fractionIfNotAchieved(new BigDecimal("0.5")).build();

    @Test
    void score_achievedNotAchievedMissing_giveMaxFractionFraction() {
        // max 5, fraction 0.5: achieved 5; not achieved 5 × 0.5 = 2.5; no report 2.5 too.
        RuleContext c =
                context(HALF, "5", unit("a", e -> e.achieved(true)), unit("b", e -> e.achieved(false)), silent("c"));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("5")), entry("b", p("2.5")), entry("c", p("2.5")));
        assertThat(outcome(RULE, c, "a").explanation().key()).isEqualTo("rule.qualitative.achieved");
        assertThat(outcome(RULE, c, "b").explanation().key()).isEqualTo("rule.qualitative.not-achieved");
        assertThat(outcome(RULE, c, "c").explanation().key()).isEqualTo("rule.qualitative.missing");
        assertThat(outcome(RULE, c, "b").explanation().text().en()).isEqualTo("Not achieved: 5 × 0.5 = 2.5");
        assertThat(outcome(RULE, c, "b").explanation().text().vi()).isEqualTo("Không đạt: 5 × 0.5 = 2.5");
    }

    @Test
    void score_allOrNothing_notAchievedEarnsZero() {
        RuleContext c = context(Qualitative.of(), "5", unit("a", e -> e.achieved(false)));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("0")));
    }

    @Test
    void score_criterionOfAnotherKind_isRejected() {
        RuleContext c = context(CountBased.of(Points.of(1)), "5", silent("a"));
        assertThatThrownBy(() -> RULE.score(c))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("the qualitative rule cannot score criterion I.1");
    }

    /** 0: not achieved, 1: achieved, 2: not reported. */
    private static RuleContext batch(List<Integer> states) {
        List<RuleInput> inputs = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            int s = states.get(i);
            inputs.add(s == 2 ? silent("u" + i) : unit("u" + i, e -> e.achieved(s == 1)));
        }
        return context(HALF, "7.25", inputs);
    }

    @Test
    void score_shuffledInputs_giveIdenticalOutcomes() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 2)).ofSizeBetween(1, 8), longs().all())
                .checkAssert((states, seed) -> {
                    RuleContext c = batch(states);
                    assertThat(RULE.score(shuffled(c, seed))).isEqualTo(RULE.score(c));
                });
    }

    @Test
    void score_achieving_neverLowersPointsAndStaysWithinMax() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 2)).ofSizeBetween(1, 8))
                .checkAssert(states -> {
                    var points = points(RULE, batch(states));
                    List<Integer> achieved = new ArrayList<>(states);
                    achieved.set(0, 1);
                    assertThat(points(RULE, batch(achieved)).get("u0")).isGreaterThanOrEqualTo(points.get("u0"));
                    points.values().forEach(v -> assertThat(v).isBetween(Points.ZERO, p("7.25")));
                });
    }

    @Test
    void score_productOfTwelvePlaces_isKeptExact_notRoundedToTheDivisionScale() {
        // 5 × 0.000000000001 = 0.000000000005: twelve places fit points; the division scale (10) is
        // only for finer products.
        Qualitative tiny = Qualitative.builder()
                .fractionIfNotAchieved(new BigDecimal("0.000000000001"))
                .build();

        assertThat(points(RULE, context(tiny, "5", unit("a", e -> e.achieved(false)))))
                .containsExactly(entry("a", p("0.000000000005")));
    }
}
