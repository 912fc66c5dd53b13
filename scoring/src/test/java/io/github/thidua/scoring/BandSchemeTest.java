package io.github.thidua.scoring;

import static io.github.thidua.scoring.BandFixtures.COMPLETED;
import static io.github.thidua.scoring.BandFixtures.GOOD;
import static io.github.thidua.scoring.BandFixtures.NOT_COMPLETED;
import static io.github.thidua.scoring.BandFixtures.band;
import static io.github.thidua.scoring.BandFixtures.classify;
import static io.github.thidua.scoring.BandFixtures.clean;
import static io.github.thidua.scoring.BandFixtures.excellentWith;
import static io.github.thidua.scoring.BandFixtures.ministry;
import static io.github.thidua.scoring.BandFixtures.ministryBuilder;
import static io.github.thidua.scoring.BandFixtures.missing;
import static io.github.thidua.scoring.BandFixtures.rejected;
import static io.github.thidua.scoring.BandFixtures.veterans;
import static io.github.thidua.scoring.BandFixtures.withLowCriterion;
import static io.github.thidua.scoring.BandFixtures.withZero;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BandResult;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BandSchemeTest {

    private static final Band TOP = band("top", "Cao", "Top").min(Points.of(90)).build();
    private static final Band MID = band("mid", "Giữa", "Middle")
            .min(Points.of(50))
            .maxExclusive(Points.of(90))
            .build();
    private static final Band LOW =
            band("low", "Thấp", "Low").maxExclusive(Points.of(50)).build();

    @Nested
    class WhenBuilt {

        @Test
        void noBands_isRejected() {
            ValidationException e = rejected(() -> BandScheme.builder().build());
            assertThat(e.type()).isEqualTo("BandScheme");
            assertThat(e.field()).isEqualTo("bands");
            assertThat(e.getMessage()).contains("no bands").contains("at least one band");
            assertThat(e.getMessage(Text.VIETNAMESE)).contains("không có loại nào");
        }

        @Test
        void oneOpenBand_isAccepted_andHoldsEveryTotal() {
            BandScheme s = BandScheme.builder()
                    .addBands(band("only", "Duy nhất", "Only").build())
                    .build();
            assertThat(classify(s, BandInput.of(Points.of(-1000)))).isEqualTo("only");
            assertThat(s.bands().get(0).range().en()).isEqualTo("any total");
        }

        @Test
        void duplicateCode_isRejectedWithPath() {
            Band again = band("top", "Lại", "Again")
                    .min(Points.of(50))
                    .maxExclusive(Points.of(90))
                    .build();
            ValidationException e = rejected(
                    () -> BandScheme.builder().addBands(TOP, again, LOW).build());
            assertThat(e.field()).isEqualTo("bands[1].code");
            assertThat(e.value()).contains("\"top\"");
            assertThat(e.getMessage()).contains("repeats bands[0]");
            assertThat(e.getMessage(Text.VIETNAMESE)).contains("trùng với bands[0]");
        }

        @Test
        void bandsNotBestFirst_isRejectedAtTheLowerBound() {
            Band above = band("above", "Trên", "Above")
                    .min(Points.of(95))
                    .maxExclusive(Points.of(100))
                    .build();
            ValidationException e = rejected(
                    () -> BandScheme.builder().addBands(TOP, above, LOW).build());
            assertThat(e.field()).isEqualTo("bands[1].min");
            assertThat(e.value()).contains("95");
            assertThat(e.getMessage())
                    .isEqualTo("BandScheme.bands[1].min: bands not ordered best first: above bands[0].min; value: 95;"
                            + " allowed: below 90 (bands[0].min).");
            assertThat(e.getMessage(Text.VIETNAMESE)).contains("không xếp loại cao trước");
        }

        @Test
        void bandStartingWhereABetterOneStarts_isRejectedAsUnreachable() {
            Band shadow = band("shadow", "Bóng", "Shadow")
                    .min(Points.of(90))
                    .maxExclusive(Points.of(95))
                    .build();
            ValidationException e = rejected(
                    () -> BandScheme.builder().addBands(TOP, shadow, LOW).build());
            assertThat(e.field()).isEqualTo("bands[1].min");
            assertThat(e.value()).contains("90");
            assertThat(e.getMessage())
                    .contains("an unreachable band: every total in its range falls in bands[0] (top)");
            assertThat(e.getMessage(Text.VIETNAMESE)).contains("loại không thể đạt");
        }

        @Test
        void overlappingRanges_areRejectedAtTheUpperBound() {
            Band wide = band("mid", "Giữa", "Middle")
                    .min(Points.of(50))
                    .maxExclusive(Points.parse("90.5"))
                    .build();
            ValidationException e =
                    rejected(() -> BandScheme.builder().addBands(TOP, wide, LOW).build());
            assertThat(e.field()).isEqualTo("bands[1].maxExclusive");
            assertThat(e.value()).contains("90.5");
            assertThat(e.getMessage()).contains("the range overlaps bands[0]").contains("allowed: exactly 90");
            assertThat(e.getMessage(Text.VIETNAMESE))
                    .contains("khoảng điểm chồng lên bands[0]")
                    .contains("giá trị: 90.5");
        }

        @Test
        void gapBetweenRanges_isRejectedAtTheUpperBound() {
            Band narrow = band("mid", "Giữa", "Middle")
                    .min(Points.of(50))
                    .maxExclusive(Points.of(89))
                    .build();
            ValidationException e = rejected(
                    () -> BandScheme.builder().addBands(TOP, narrow, LOW).build());
            assertThat(e.field()).isEqualTo("bands[1].maxExclusive");
            assertThat(e.getMessage()).contains("a gap: totals from 89 to below 90 fall in no band");
            assertThat(e.getMessage(Text.VIETNAMESE)).contains("hở khoảng");
        }

        @Test
        void lowerBandOpenAbove_isRejectedAsOverlapping() {
            Band open = band("mid", "Giữa", "Middle").min(Points.of(50)).build();
            ValidationException e =
                    rejected(() -> BandScheme.builder().addBands(TOP, open, LOW).build());
            assertThat(e.field()).isEqualTo("bands[1].maxExclusive");
            assertThat(e.value()).isEmpty();
            assertThat(e.getMessage()).contains("no upper bound, so the range overlaps bands[0]");
        }

        @Test
        void bestBandBoundedAbove_isRejected_soBonusTotalsStillLand() {
            Band capped = band("top", "Cao", "Top")
                    .min(Points.of(90))
                    .maxExclusive(Points.of(100))
                    .build();
            ValidationException e = rejected(
                    () -> BandScheme.builder().addBands(capped, MID, LOW).build());
            assertThat(e.field()).isEqualTo("bands[0].maxExclusive");
            assertThat(e.value()).contains("100");
            assertThat(e.getMessage()).contains("a total of 100 or more (bonus points) would fall in no band");
        }

        @Test
        void lowestBandWithALowerBound_isRejected_soLowTotalsStillLand() {
            Band floor = band("low", "Thấp", "Low")
                    .min(Points.ZERO)
                    .maxExclusive(Points.of(50))
                    .build();
            ValidationException e = rejected(
                    () -> BandScheme.builder().addBands(TOP, MID, floor).build());
            assertThat(e.field()).isEqualTo("bands[2].min");
            assertThat(e.value()).contains("0");
            assertThat(e.getMessage())
                    .contains("a total below 0 would fall in no band")
                    .contains("allowed: no min on the lowest band");
        }

        @Test
        void betterBandOpenBelow_isReportedMissingItsLowerBound() {
            Band open =
                    band("mid", "Giữa", "Middle").maxExclusive(Points.of(90)).build();
            ValidationException e =
                    missing(() -> BandScheme.builder().addBands(TOP, open, LOW).build());
            assertThat(e.field()).isEqualTo("bands[1].min");
        }

        @Test
        void lowestBandWithGuards_isRejected() {
            Band guarded = band("low", "Thấp", "Low")
                    .maxExclusive(Points.of(50))
                    .addGuards(BandGuard.noCriterionZero())
                    .build();
            ValidationException e = rejected(
                    () -> BandScheme.builder().addBands(TOP, MID, guarded).build());
            assertThat(e.field()).isEqualTo("bands[2].guards");
            assertThat(e.getMessage()).contains("a unit failing them would fall in no band");
        }

        @Test
        void knockOutToAnUnknownBand_isRejected() {
            ValidationException e = rejected(
                    () -> ministryBuilder().putKnockOuts("fraud", "failed").build());
            assertThat(e.field()).isEqualTo("knockOuts[fraud]");
            assertThat(e.value()).contains("\"failed\"");
            assertThat(e.getMessage())
                    .contains("unknown")
                    .contains("the code of a band in bands: [excellent, good, completed, not-completed]");
            assertThat(e.getMessage(Text.VIETNAMESE)).contains("không có trong danh sách");
        }

        @Test
        void malformedKnockOutEvent_isRejected() {
            ValidationException e = rejected(() -> ministryBuilder()
                    .putKnockOuts("tham nhũng", "not-completed")
                    .build());
            assertThat(e.field()).isEqualTo("knockOuts");
            assertThat(e.value()).contains("\"tham nhũng\"");
            assertThat(e.getMessage()).contains("not a valid key");
        }

        @Test
        void disciplineCapToAnUnknownBand_isRejected() {
            ValidationException e = rejected(() -> BandScheme.builder()
                    .addBands(TOP, MID, LOW)
                    .putDisciplineCaps(Discipline.WARNING, "good")
                    .build());
            assertThat(e.field()).isEqualTo("disciplineCaps[WARNING]");
            assertThat(e.value()).contains("\"good\"");
        }

        @Test
        void capForNoDiscipline_isRejected() {
            ValidationException e = rejected(() -> BandScheme.builder()
                    .addBands(TOP, MID, LOW)
                    .putDisciplineCaps(Discipline.NONE, "mid")
                    .build());
            assertThat(e.field()).isEqualTo("disciplineCaps[NONE]");
            assertThat(e.getMessage()).contains("a cap for no discipline would cap every unit");
        }

        @Test
        void namedFallbackWithoutABand_isReportedMissing() {
            ValidationException e = missing(() ->
                    ministryBuilder().guardFallback(GuardFallback.NAMED_BAND).build());
            assertThat(e.field()).isEqualTo("fallbackBand");
        }

        @Test
        void fallbackBandWithNextLowerBand_isRejected() {
            ValidationException e =
                    rejected(() -> ministryBuilder().fallbackBand("completed").build());
            assertThat(e.field()).isEqualTo("fallbackBand");
            assertThat(e.getMessage()).contains("guardFallback is NEXT_LOWER_BAND");
        }

        @Test
        void namedFallbackToAnUnknownBand_isRejected() {
            ValidationException e = rejected(() -> ministryBuilder()
                    .guardFallback(GuardFallback.NAMED_BAND)
                    .fallbackBand("average")
                    .build());
            assertThat(e.field()).isEqualTo("fallbackBand");
            assertThat(e.value()).contains("\"average\"");
        }

        @Test
        void namedFallbackAtOrAboveAGuardedBand_isRejected() {
            ValidationException e = rejected(() -> ministryBuilder()
                    .guardFallback(GuardFallback.NAMED_BAND)
                    .fallbackBand("good")
                    .build());
            assertThat(e.field()).isEqualTo("bands[1].guards");
            assertThat(e.getMessage()).contains("a band with guards at or below the named band good");
        }
    }

    @Nested
    class PublishedTable {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
            "103, excellent",
            "100, excellent",
            "95, excellent",
            "94.99, good",
            "85, good",
            "84.75, completed",
            "75, completed",
            "74.5, not-completed",
            "0, not-completed",
            "-3, not-completed"
        })
        void totalAtEachBoundary_landsInTheHandCheckedBand(String total, String band) {
            assertThat(classify(ministry(), clean(total).build())).isEqualTo(band);
            assertThat(ministry().bandFor(Points.parse(total)).code()).isEqualTo(band);
        }

        @Test
        void zeroCriterionAt96_fallsThroughGoodToCompleted_asDeclared() {
            BandOutcome o = ministry().classify(withZero("96").build());
            assertThat(o.band()).isEqualTo(COMPLETED.toResult());
            assertThat(o.explanation().children())
                    .extracting(Explanation::key)
                    .containsExactly("band.range", "band.guard-failed", "band.guard-failed", "band.fallback");
        }

        @Test
        void zeroCriterionAt90_fallsToCompleted() {
            assertThat(classify(ministry(), withZero("90").build())).isEqualTo("completed");
        }

        @Test
        void zeroCriterionInCompletedRange_staysCompleted() {
            assertThat(classify(ministry(), withZero("80").build())).isEqualTo("completed");
        }

        @Test
        void zeroCriterionAt96_fallsToTheNamedBand_whenTheSchemeNamesOne() {
            BandScheme named = ministryBuilder()
                    .guardFallback(GuardFallback.NAMED_BAND)
                    .fallbackBand("not-completed")
                    .build();
            BandOutcome o = named.classify(withZero("96").build());
            assertThat(o.band().code()).isEqualTo("not-completed");
            assertThat(o.explanation().render(Locale.ENGLISH))
                    .contains("Falls to Not completed, the band named for a failed condition");
            assertThat(classify(named, withZero("90").build())).isEqualTo("not-completed");
        }

        @ParameterizedTest
        @ValueSource(strings = {"corruption", "leader-dismissed", "did-not-self-score"})
        void eachKnockOutEvent_givesNotCompleted_evenAtFullMarks(String event) {
            BandOutcome o = ministry().classify(clean("100").addEvents(event).build());
            assertThat(o.band().code()).isEqualTo("not-completed");
            Explanation step = o.explanation().children().get(2);
            assertThat(step.key()).isEqualTo("band.knock-out");
            assertThat(step.inputs()).containsEntry("event", event).containsEntry("lowered", "true");
            assertThat(step.text().en()).isEqualTo("Knock-out event " + event + ": at most Not completed");
            assertThat(step.text().vi())
                    .isEqualTo("Sự kiện loại trừ " + event + ": tối đa loại Không hoàn thành nhiệm vụ");
        }

        @Test
        void otherEvent_changesNothing() {
            assertThat(classify(ministry(), clean("99").addEvents("late-report").build()))
                    .isEqualTo("excellent");
        }

        @ParameterizedTest(name = "{0} at {1} → {2}")
        @CsvSource({
            "NONE, 99, excellent",
            "REPRIMAND, 99, good",
            "REPRIMAND, 90, good",
            "REPRIMAND, 80, completed",
            "WARNING, 99, completed",
            "WARNING, 90, completed",
            "WARNING, 70, not-completed",
            "DISMISSAL, 99, completed"
        })
        void headsDiscipline_capsTheBand(Discipline discipline, String total, String band) {
            assertThat(classify(ministry(), clean(total).discipline(discipline).build()))
                    .isEqualTo(band);
        }

        @Test
        void dismissal_takesTheCapOfTheLighterWarning() {
            Explanation step = ministry()
                    .classify(clean("99").discipline(Discipline.DISMISSAL).build())
                    .explanation()
                    .children()
                    .get(2);
            assertThat(step.key()).isEqualTo("band.discipline-cap");
            assertThat(step.inputs())
                    .containsEntry("discipline", "DISMISSAL")
                    .containsEntry("cap-declared-for", "WARNING")
                    .containsEntry("ceiling", "completed");
        }

        @Test
        void capThatDoesNotLower_isStillExplained() {
            Explanation step = ministry()
                    .classify(clean("80").discipline(Discipline.REPRIMAND).build())
                    .explanation()
                    .children()
                    .get(1);
            assertThat(step.key()).isEqualTo("band.discipline-cap");
            assertThat(step.inputs()).containsEntry("lowered", "false");
        }

        @Test
        void capAtTheBandAlreadyReached_isNotALowering() {
            Explanation cap = step(
                    ministry()
                            .classify(
                                    clean("90").discipline(Discipline.REPRIMAND).build()),
                    "band.discipline-cap");
            Explanation knockOut =
                    step(ministry().classify(clean("70").addEvents("corruption").build()), "band.knock-out");

            assertThat(cap.key()).isEqualTo("band.discipline-cap");
            assertThat(cap.inputs()).containsEntry("ceiling", "good").containsEntry("lowered", "false");
            assertThat(knockOut.key()).isEqualTo("band.knock-out");
            assertThat(knockOut.inputs())
                    .containsEntry("ceiling", "not-completed")
                    .containsEntry("lowered", "false");
        }

        @Test
        void twoDisciplinesCappedAtTheSameBand_theLighterIsNamed() {
            BandScheme scheme = BandScheme.builder()
                    .addBands(
                            BandFixtures.EXCELLENT,
                            BandFixtures.GOOD,
                            BandFixtures.COMPLETED,
                            BandFixtures.NOT_COMPLETED)
                    .putDisciplineCaps(Discipline.REPRIMAND, "good")
                    .putDisciplineCaps(Discipline.WARNING, "good")
                    .build();

            Explanation step = step(
                    scheme.classify(clean("99").discipline(Discipline.WARNING).build()), "band.discipline-cap");

            assertThat(step.inputs()).containsEntry("ceiling", "good").containsEntry("cap-declared-for", "REPRIMAND");
        }

        @Test
        void knockOutAndCapTogether_theLowerWins() {
            assertThat(classify(
                            ministry(),
                            clean("99")
                                    .addEvents("corruption")
                                    .discipline(Discipline.WARNING)
                                    .build()))
                    .isEqualTo("not-completed");
        }

        @Test
        void explanation_readsInEnglish() {
            BandOutcome o = ministry()
                    .classify(withZero("96").discipline(Discipline.REPRIMAND).build());
            assertThat(o.explanation().render(Locale.ENGLISH))
                    .isEqualTo(String.join(
                            "\n",
                            "Band: Completed = 96 (band: completed)",
                            "  Total 96 is in the range of Excellent: 95 or more (total: 96, band: excellent)",
                            "  Fails a condition of Excellent: no criterion scored zero (criterion 2.1)"
                                    + " (band: excellent, guard: NO_CRITERION_ZERO, broken-by: 2.1)",
                            "  Fails a condition of Good: no criterion scored zero (criterion 2.1)"
                                    + " (band: good, guard: NO_CRITERION_ZERO, broken-by: 2.1)",
                            "  Falls to Completed, the next lower band whose conditions are met"
                                    + " (from: excellent, to: completed, fallback: NEXT_LOWER_BAND)",
                            "  Head's discipline reprimand: at most Good"
                                    + " (discipline: REPRIMAND, cap-declared-for: REPRIMAND, ceiling: good,"
                                    + " lowered: false)"));
        }

        @Test
        void explanation_readsInVietnamese_withDecimalCommas() {
            BandOutcome o = ministry().classify(clean("94.99").build());
            assertThat(o.explanation().render(Text.VIETNAMESE))
                    .isEqualTo(String.join(
                            "\n",
                            "Xếp loại: Hoàn thành tốt nhiệm vụ = 94,99 (band: good)",
                            "  Tổng điểm 94,99 thuộc khoảng từ 85 đến dưới 95 của loại Hoàn thành tốt nhiệm vụ"
                                    + " (total: 94.99, band: good)",
                            "  Đạt mọi điều kiện của loại Hoàn thành tốt nhiệm vụ (band: good)"));
        }

        @Test
        void guardFailure_readsInVietnamese() {
            BandOutcome o = ministry().classify(withZero("96").build());
            assertThat(o.explanation().children().get(1).text().vi())
                    .isEqualTo("Không đạt điều kiện của loại Hoàn thành xuất sắc nhiệm vụ:"
                            + " không có tiêu chí nào 0 điểm (tiêu chí 2.1)");
            assertThat(o.explanation().children().get(3).text().vi())
                    .isEqualTo("Hạ xuống loại Hoàn thành nhiệm vụ, loại liền dưới đáp ứng mọi điều kiện");
        }

        @Test
        void band_findsByCode() {
            assertThat(ministry().band("good")).contains(GOOD);
            assertThat(ministry().band("average")).isEmpty();
            assertThat(ministry().guardFallback()).isEqualTo(GuardFallback.NEXT_LOWER_BAND);
        }
    }

    @Nested
    class VeteransTable {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
            "92, clean-strong-excellent",
            "90, clean-strong-excellent",
            "81, clean-strong-excellent",
            "80.75, advanced",
            "80.5, advanced",
            "80, advanced",
            "71, advanced",
            "70.5, clean-strong",
            "70, clean-strong",
            "61, clean-strong",
            "60.5, weak",
            "60, weak",
            "0, weak"
        })
        void totalAtEachBoundary_landsInTheHandCheckedBand(String total, String band) {
            assertThat(classify(veterans(), BandInput.of(Points.parse(total)))).isEqualTo(band);
        }

        @Test
        void bandLabels_areThePrintedOnes() {
            BandResult top = veterans().classify(BandInput.of(Points.of(85))).band();
            assertThat(top.label().vi()).isEqualTo("trong sạch, vững mạnh xuất sắc");
            assertThat(veterans().bandFor(Points.parse("80.5")).range().vi()).isEqualTo("từ 71 đến dưới 81");
            assertThat(veterans().bandFor(Points.of(60)).range().en()).isEqualTo("below 61");
        }
    }

    @Nested
    class OtherGuards {

        @Test
        void minimumShareFailed_fallsOnlyAsFarAsTheNextBandWhoseGuardsHold() {
            BandScheme s = BandScheme.builder()
                    .addBands(
                            excellentWith(BandGuard.minCriterionShare(new BigDecimal("0.5"))),
                            GOOD,
                            COMPLETED,
                            NOT_COMPLETED)
                    .build();
            BandOutcome o = s.classify(withLowCriterion("97").build());
            assertThat(o.band().code()).isEqualTo("good");
            assertThat(o.explanation().children().get(1).text().en())
                    .isEqualTo("Fails a condition of Excellent: every criterion scores at least 50% of its maximum"
                            + " (criterion 2.1)");
        }

        @Test
        void eventGuardFailed_fallsAndNamesTheEvent() {
            BandScheme s = BandScheme.builder()
                    .addBands(excellentWith(BandGuard.noEvent("late-report")), GOOD, COMPLETED, NOT_COMPLETED)
                    .build();
            BandOutcome o = s.classify(clean("97").addEvents("late-report").build());
            assertThat(o.band().code()).isEqualTo("good");
            assertThat(o.explanation().children().get(1).text().vi())
                    .isEqualTo("Không đạt điều kiện của loại Hoàn thành xuất sắc nhiệm vụ:"
                            + " không có sự kiện late-report (có sự kiện late-report)");
        }

        @Test
        void knockOutToAHigherBand_neverRaises() {
            BandScheme s =
                    ministryBuilder().putKnockOuts("late-report", "completed").build();
            BandOutcome o = s.classify(clean("50").addEvents("late-report").build());
            assertThat(o.band().code()).isEqualTo("not-completed");
            assertThat(o.explanation().children().get(1).inputs()).containsEntry("lowered", "false");
        }
    }

    private static Explanation step(BandOutcome outcome, String key) {
        return outcome.explanation().children().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
