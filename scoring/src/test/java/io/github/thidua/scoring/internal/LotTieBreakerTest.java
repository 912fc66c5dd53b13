package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.RankingFixtures.HA_GIANG;
import static io.github.thidua.scoring.RankingFixtures.PHU_THO;
import static io.github.thidua.scoring.RankingFixtures.TUYEN_QUANG;
import static io.github.thidua.scoring.RankingFixtures.YEN_BAI;
import static io.github.thidua.scoring.RankingFixtures.candidate;
import static io.github.thidua.scoring.RankingFixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.MissingValueException;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LotTieBreakerTest {

    private static final String SEED = "Biên bản họp Cụm số 2, 15/01/2026";

    private final LotTieBreaker lot = new LotTieBreaker();
    private final Parameters seed = Parameters.of(Map.of("seed", SEED));

    @Test
    void draw_isSha256OfSeedColonUnit_asSha256sumPrintsIt() {
        // printf '%s' 'Biên bản họp Cụm số 2, 15/01/2026:phu-tho' | sha256sum
        assertThat(LotTieBreaker.hex(LotTieBreaker.draw(SEED, PHU_THO)))
                .isEqualTo("33d23aa9f139d63c710142b4099577465b4e5b4155db25eef7ddb1c73a8cc813");
    }

    @Test
    void compare_forAGivenSeed_givesThePinnedOrder() {
        List<Candidate> units = new ArrayList<>(List.of(
                candidate(HA_GIANG, "90"),
                candidate(PHU_THO, "90"),
                candidate(TUYEN_QUANG, "90"),
                candidate(YEN_BAI, "90")));
        units.sort((a, b) -> lot.compare(a, b, seed));
        assertThat(units).extracting(Candidate::unit).containsExactly(YEN_BAI, PHU_THO, TUYEN_QUANG, HA_GIANG);
    }

    @Test
    void compare_anotherSeed_mayGiveAnotherOrderButTheSameSeedAlwaysTheSame() {
        Parameters other = Parameters.of(Map.of("seed", SEED + " "));
        int once = lot.compare(candidate(YEN_BAI, "90"), candidate(PHU_THO, "90"), other);
        assertThat(lot.compare(candidate(YEN_BAI, "90"), candidate(PHU_THO, "90"), other))
                .isEqualTo(once);
    }

    @Test
    void describe_showsTheStartOfTheDraw() {
        assertThat(lot.describe(candidate(PHU_THO, "90"), seed).en()).isEqualTo("SHA-256 lot 33d23aa9f139d63c…");
    }

    @Test
    void validate_withoutSeed_isAMissingValue() {
        assertThat(rejected(() -> lot.validate(Parameters.none()))).isInstanceOf(MissingValueException.class);
    }

    @Test
    void validate_blankSeed_isRejected() {
        assertThat(rejected(() -> lot.validate(Parameters.of(Map.of("seed", "  "))))
                        .field())
                .isEqualTo("seed");
    }
}
