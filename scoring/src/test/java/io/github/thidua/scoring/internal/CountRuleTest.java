package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.RuleFixtures.context;
import static io.github.thidua.scoring.internal.RuleFixtures.outcome;
import static io.github.thidua.scoring.internal.RuleFixtures.p;
import static io.github.thidua.scoring.internal.RuleFixtures.points;
import static io.github.thidua.scoring.internal.RuleFixtures.shuffled;
import static io.github.thidua.scoring.internal.RuleFixtures.silent;
import static io.github.thidua.scoring.internal.RuleFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.core.CountBased;
import io.github.thidua.core.Points;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountRuleTest {

    private static final CountRule RULE = new CountRule();
    private static final CountBased HALF_A_POINT = CountBased.of(p("0.5"));

    @Test
    void score_countBelowAndAboveCap_isCappedAtMax() {
        // max 3, 0.5 per session: 4 → 2; 6 → 3 exactly; 7 → min(3.5, 3) = 3; 0 → 0.
        RuleContext c = context(
                HALF_A_POINT,
                "3",
                unit("a", e -> e.count(4)),
                unit("b", e -> e.count(6)),
                unit("c", e -> e.count(7)),
                unit("d", e -> e.count(0)));
        assertThat(points(RULE, c))
                .containsExactly(entry("a", p("2")), entry("b", p("3")), entry("c", p("3")), entry("d", p("0")));
        assertThat(outcome(RULE, c, "a").explanation().key()).isEqualTo("rule.count");
        assertThat(outcome(RULE, c, "c").explanation().key()).isEqualTo("rule.count.capped");
        assertThat(outcome(RULE, c, "c").explanation().text().en()).isEqualTo("Count: 7 × 0.5 = 3.5, ≤ 3");
    }

    @Test
    void score_noCount_fallsBackToOccurrences() {
        // 3 occurrences × 0.5 = 1.5; the count wins when both are given: 1 × 0.5.
        RuleContext c = context(
                HALF_A_POINT,
                "3",
                unit("a", e -> e.occurrences(3)),
                unit("b", e -> e.count(1).occurrences(5)));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("1.5")), entry("b", p("0.5")));
    }

    @Test
    void score_nothingReported_earnsZero() {
        RuleContext c = context(HALF_A_POINT, "3", silent("a"), unit("b", e -> e));
        assertThat(points(RULE, c)).containsExactly(entry("a", p("0")), entry("b", p("0")));
        assertThat(outcome(RULE, c, "a").explanation().key()).isEqualTo("rule.count.missing");
    }

    private static RuleContext batch(List<Integer> counts) {
        List<RuleInput> inputs = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            int n = counts.get(i);
            inputs.add(unit("u" + i, e -> e.count(n)));
        }
        return context(CountBased.of(p("0.25")), "5", inputs);
    }

    @Test
    void score_shuffledInputs_giveIdenticalOutcomes() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(1, 8), longs().all())
                .checkAssert((counts, seed) -> {
                    RuleContext c = batch(counts);
                    assertThat(RULE.score(shuffled(c, seed))).isEqualTo(RULE.score(c));
                });
    }

    @Test
    void score_moreOccurrences_neverLowersPointsAndStaysWithinMax() {
        qt().withExamples(200)
                .forAll(integers().between(0, 1000), integers().between(0, 50))
                .checkAssert((n, more) -> {
                    Points was = points(RULE, batch(List.of(n))).get("u0");
                    Points is = points(RULE, batch(List.of(n + more))).get("u0");
                    assertThat(is).isGreaterThanOrEqualTo(was);
                    assertThat(is).isBetween(Points.ZERO, Points.of(5));
                });
    }
}
