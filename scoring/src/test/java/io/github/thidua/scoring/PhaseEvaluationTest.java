package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.BandResult;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rank;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.ValidationException;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhaseEvaluationTest {

    private static final Period PHASE = Period.phase(2019, 2021);

    private static UnitResult unit(String id, String total, int rank, String band) {
        return UnitResult.builder()
                .unit(Id.of(id))
                .total(Points.parse(total))
                .rank(Rank.of(rank))
                .band(BandResult.of(band, Text.of(band, band)))
                .explanation(Explanation.of("unit", Text.of("đơn vị", "unit")))
                .build();
    }

    private static ClusterResult year(int year, UnitResult... units) {
        return ClusterResult.builder()
                .cluster(Id.of("cum"))
                .period(Period.year(year))
                .policyId("quy-che")
                .policyVersion("1")
                .policyFingerprint("abcdef12")
                .addUnits(units)
                .build();
    }

    // a: 96 (1st, excellent), 90 (2nd, good), 97 (1st, excellent); b: 92, 95, 88.5 (2nd, 1st, 2nd);
    // c only in 2020 and 2021: 80, 70.
    private static final List<ClusterResult> ANNUAL = List.of(
            year(
                    2021,
                    unit("a", "97", 1, "excellent"),
                    unit("b", "88.5", 2, "good"),
                    unit("c", "70", 3, "not-completed")),
            year(2019, unit("a", "96", 1, "excellent"), unit("b", "92", 2, "good")),
            year(2020, unit("a", "90", 2, "good"), unit("b", "95", 1, "excellent"), unit("c", "80", 3, "completed")));

    private static PhaseUnit of(PhaseResult result, String id) {
        return result.units().stream()
                .filter(u -> u.unit().equals(Id.of(id)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void sum_addsTheAnnualTotalsAndRanksOnThem() {
        PhaseResult result = PhaseEvaluation.evaluate(
                PHASE, ANNUAL, PhaseRules.builder().method(PhaseMethod.SUM).build(), Registry.builtIns());
        // a 96 + 90 + 97 = 283; b 92 + 95 + 88.5 = 275.5; c 80 + 70 = 150.
        assertThat(of(result, "a").score()).isEqualTo(Points.of(283));
        assertThat(of(result, "b").score()).isEqualTo(Points.parse("275.5"));
        assertThat(of(result, "c").score()).isEqualTo(Points.of(150));
        assertThat(result.units()).extracting(PhaseUnit::unit).containsExactly(Id.of("a"), Id.of("b"), Id.of("c"));
        assertThat(of(result, "c").years()).containsExactly(Year.of(2020), Year.of(2021));
    }

    @Test
    void average_dividesByTheYearsWithAResult() {
        PhaseResult result = PhaseEvaluation.evaluate(
                PHASE, ANNUAL, PhaseRules.builder().method(PhaseMethod.AVERAGE).build(), Registry.builtIns());
        // a 283 / 3 = 94.333… → 94.33; b 275.5 / 3 = 91.8333… → 91.83; c 150 / 2 = 75.
        assertThat(of(result, "a").score()).isEqualTo(Points.parse("94.33"));
        assertThat(of(result, "b").score()).isEqualTo(Points.parse("91.83"));
        assertThat(of(result, "c").score()).isEqualTo(Points.of(75));
    }

    @Test
    void yearsInBands_countsTheYearsInTheNamedBands() {
        PhaseRules rules = PhaseRules.builder()
                .method(PhaseMethod.YEARS_IN_BANDS)
                .addBands("excellent")
                .build();
        PhaseResult result = PhaseEvaluation.evaluate(PHASE, ANNUAL, rules, Registry.builtIns());
        assertThat(of(result, "a").score()).isEqualTo(Points.of(2));
        assertThat(of(result, "b").score()).isEqualTo(Points.of(1));
        assertThat(of(result, "a").explanation().render(Locale.ENGLISH)).contains("2019: 96 points (excellent) → 1");
    }

    @Test
    void yearsLeading_countsFirstPlacesAndProposesThePhaseAward() {
        PhaseRules rules = PhaseRules.builder()
                .method(PhaseMethod.YEARS_LEADING)
                .awards(AwardLadder.builder()
                        .addSteps(AwardStep.builder()
                                .award(AwardKinds.MINISTRY_PROVINCE_MERIT)
                                .fromRank(1)
                                .toRank(1)
                                .build())
                        .build())
                .build();
        PhaseResult result = PhaseEvaluation.evaluate(PHASE, ANNUAL, rules, Registry.builtIns());
        assertThat(of(result, "a").score()).isEqualTo(Points.of(2));
        assertThat(of(result, "b").score()).isEqualTo(Points.of(1));
        assertThat(result.awards())
                .filteredOn(d -> d.status() == AwardStatus.PROPOSED)
                .extracting(AwardDecision::unit)
                .containsExactly(Id.of("a"));
    }

    @Test
    void evaluate_resultOutsideThePhase_isRejected() {
        List<ClusterResult> annual = List.of(year(2022, unit("a", "90", 1, "good")));
        assertThatThrownBy(() -> PhaseEvaluation.evaluate(
                        PHASE,
                        annual,
                        PhaseRules.builder().method(PhaseMethod.SUM).build(),
                        Registry.builtIns()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("annual[0].period"));
    }

    @Test
    void evaluate_twoResultsForOneYear_isRejected() {
        List<ClusterResult> annual =
                List.of(year(2019, unit("a", "90", 1, "good")), year(2019, unit("a", "91", 1, "good")));
        assertThatThrownBy(() -> PhaseEvaluation.evaluate(
                        PHASE,
                        annual,
                        PhaseRules.builder().method(PhaseMethod.SUM).build(),
                        Registry.builtIns()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).contains("two results for one year"));
    }

    @Test
    void rules_bandsWithoutTheBandMethod_areRejected() {
        assertThatThrownBy(() -> PhaseRules.builder()
                        .method(PhaseMethod.SUM)
                        .addBands("excellent")
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("bands"));
    }
}
