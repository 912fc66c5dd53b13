package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thidua.core.Discipline;
import io.github.thidua.core.MissingValueException;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The two real classification tables of the domain notes, as data, and helpers for band tests.
 *
 * <p>They are examples of how a regulation reads, not the law: each policy states its own bands.
 */
final class BandFixtures {

    static final Band EXCELLENT = Band.builder()
            .code("excellent")
            .label(Text.of("Hoàn thành xuất sắc nhiệm vụ", "Excellent"))
            .min(Points.of(95))
            .addGuards(BandGuard.noCriterionZero())
            .build();
    static final Band GOOD = Band.builder()
            .code("good")
            .label(Text.of("Hoàn thành tốt nhiệm vụ", "Good"))
            .min(Points.of(85))
            .maxExclusive(Points.of(95))
            .addGuards(BandGuard.noCriterionZero())
            .build();
    static final Band COMPLETED = Band.builder()
            .code("completed")
            .label(Text.of("Hoàn thành nhiệm vụ", "Completed"))
            .min(Points.of(75))
            .maxExclusive(Points.of(85))
            .build();
    static final Band NOT_COMPLETED = Band.builder()
            .code("not-completed")
            .label(Text.of("Không hoàn thành nhiệm vụ", "Not completed"))
            .maxExclusive(Points.of(75))
            .build();

    /** The knock-out events of the published 100-point table. */
    static final String[] KNOCK_OUTS = {"corruption", "leader-dismissed", "did-not-self-score"};

    private BandFixtures() {}

    /**
     * The published 100-point table: Excellent ≥ 95 and no criterion zero; Good 85 to below 95 and no
     * criterion zero; Completed 75 to below 85; Not completed below 75 or a knock-out event; a reprimand of
     * the head caps at Good, a warning at Completed. The table leaves a failed guard open; this
     * policy declares the next lower band whose guards are met.
     */
    static BandScheme.Builder ministryBuilder() {
        BandScheme.Builder b = BandScheme.builder().addBands(EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED);
        for (String event : KNOCK_OUTS) {
            b.putKnockOuts(event, "not-completed");
        }
        return b.putDisciplineCaps(Discipline.REPRIMAND, "good").putDisciplineCaps(Discipline.WARNING, "completed");
    }

    static BandScheme ministry() {
        return ministryBuilder().guardFallback(GuardFallback.NEXT_LOWER_BAND).build();
    }

    /**
     * The Veterans commune cluster table on 90 points: 81–90 clean-and-strong excellent, 71–80
     * advanced, 61–70 clean and strong, ≤ 60 weak. Printed in whole numbers, so each band is
     * written up to the next one's lower bound: 80.5 is advanced, 60.5 is weak. The best band is
     * open above for totals with bonus points.
     */
    static BandScheme veterans() {
        return BandScheme.builder()
                .addBands(
                        band("clean-strong-excellent", "trong sạch, vững mạnh xuất sắc", "clean and strong, excellent")
                                .min(Points.of(81))
                                .build(),
                        band("advanced", "tiên tiến", "advanced")
                                .min(Points.of(71))
                                .maxExclusive(Points.of(81))
                                .build(),
                        band("clean-strong", "trong sạch, vững mạnh", "clean and strong")
                                .min(Points.of(61))
                                .maxExclusive(Points.of(71))
                                .build(),
                        band("weak", "yếu kém", "weak")
                                .maxExclusive(Points.of(61))
                                .build())
                .build();
    }

    /** The excellent band of the published table with another guard instead of its own. */
    static Band excellentWith(BandGuard guard) {
        return band("excellent", "Hoàn thành xuất sắc nhiệm vụ", "Excellent")
                .min(Points.of(95))
                .addGuards(guard)
                .build();
    }

    static Band.Builder band(String code, String vi, String en) {
        return Band.builder().code(code).label(Text.of(vi, en));
    }

    /** A unit with two criteria, both above zero: 20 of 20 and 8 of 10. */
    static BandInput.Builder clean(String total) {
        return BandInput.builder()
                .total(Points.parse(total))
                .criterion("1.1", Points.of(20), Points.of(20))
                .criterion("2.1", Points.of(8), Points.of(10));
    }

    /** A unit whose criterion 2.1 scored zero. */
    static BandInput.Builder withZero(String total) {
        return BandInput.builder()
                .total(Points.parse(total))
                .criterion("1.1", Points.of(20), Points.of(20))
                .criterion("2.1", Points.ZERO, Points.of(10));
    }

    /** A unit with criterion 2.1 at a quarter of its maximum. */
    static BandInput.Builder withLowCriterion(String total) {
        return BandInput.builder()
                .total(Points.parse(total))
                .criterion("1.1", Points.of(20), Points.of(20))
                .criterion("2.1", Points.parse("2.5"), Points.of(10));
    }

    static String classify(BandScheme scheme, BandInput input) {
        return scheme.classify(input).band().code();
    }

    /** Runs {@code code} and returns the validation exception it must throw. */
    static ValidationException rejected(ThrowingCallable code) {
        ValidationException e = catchThrowableOfType(ValidationException.class, code);
        if (e == null) {
            throw new AssertionError("expected a ValidationException");
        }
        return e;
    }

    /** Runs {@code code} and returns the missing-value exception it must throw. */
    static MissingValueException missing(ThrowingCallable code) {
        MissingValueException e = catchThrowableOfType(MissingValueException.class, code);
        if (e == null) {
            throw new AssertionError("expected a MissingValueException");
        }
        return e;
    }
}
