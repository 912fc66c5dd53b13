package io.github.thidua.scoring;

import static io.github.thidua.scoring.BandFixtures.ministry;
import static io.github.thidua.scoring.BandFixtures.ministryBuilder;
import static io.github.thidua.scoring.BandFixtures.veterans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.core.Discipline;
import io.github.thidua.core.Points;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

class BandSchemePropertiesTest {

    private static final List<BandScheme> SCHEMES = List.of(
            ministry(),
            veterans(),
            ministryBuilder()
                    .guardFallback(GuardFallback.NAMED_BAND)
                    .fallbackBand("completed")
                    .build());

    private static QuickTheory theory() {
        return qt().withExamples(200);
    }

    /** Totals from −20 to 120 in steps of 0.01, past both ends of every table. */
    private static Gen<Points> totals() {
        return longs().between(-2_000, 12_000).map(cents -> Points.of(BigDecimal.valueOf(cents, 2)));
    }

    private static Gen<BandScheme> schemes() {
        return arbitrary().pick(SCHEMES);
    }

    private static int rank(BandScheme scheme, BandOutcome outcome) {
        return scheme.bands().indexOf(scheme.band(outcome.band().code()).orElseThrow());
    }

    @Test
    void everyTotal_fallsInExactlyOneBand() {
        theory().forAll(schemes(), totals()).checkAssert((scheme, total) -> {
            assertThat(scheme.bands().stream().filter(b -> b.contains(total))).hasSize(1);
            BandOutcome outcome = scheme.classify(BandInput.of(total));
            assertThat(outcome.band()).isEqualTo(scheme.bandFor(total).toResult());
        });
    }

    @Test
    void raisingTheTotal_neverLowersTheBand() {
        Gen<Map.Entry<Integer, Discipline>> unit =
                integers().between(0, 10).zip(arbitrary().enumValues(Discipline.class), Map::entry);
        Gen<Points> raises = longs().between(0, 5_000).map(cents -> Points.of(BigDecimal.valueOf(cents, 2)));
        theory().forAll(schemes(), totals(), raises, unit).checkAssert((scheme, total, raise, u) -> {
            // Same criteria and discipline, no events; only the total differs.
            BandInput lower = input(total, u.getKey(), u.getValue());
            BandInput higher = input(total.plus(raise), u.getKey(), u.getValue());
            // A lower index is a better band.
            assertThat(rank(scheme, scheme.classify(higher))).isLessThanOrEqualTo(rank(scheme, scheme.classify(lower)));
        });
    }

    private static BandInput input(Points total, int second, Discipline discipline) {
        return BandInput.builder()
                .total(total)
                .criterion("1.1", Points.of(20), Points.of(20))
                .criterion("2.1", Points.of(second), Points.of(10))
                .discipline(discipline)
                .build();
    }
}
