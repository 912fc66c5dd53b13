package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.RankingFixtures.collective;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.TieBreaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every built-in tie-breaker promises. */
class TieBreakerContractTest {

    private static final Map<String, Parameters> PARAMETERS = Map.of(
            "group-subtotal", Parameters.of(Map.of("group", "I")),
            "lot", Parameters.of(Map.of("seed", "2026")));

    static Stream<TieBreaker> tieBreakers() {
        return BuiltInTieBreakers.all().stream();
    }

    private static Parameters parameters(TieBreaker t) {
        return PARAMETERS.getOrDefault(t.name(), Parameters.none());
    }

    private static List<Candidate> sample() {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Id unit = Id.of("unit-" + i);
            Candidate.Builder b = Candidate.builder()
                    .unit(unit)
                    .total(Points.of(90))
                    .deductions(Points.of(i % 3))
                    .fullMarks(i % 4);
            if (i % 4 != 0) {
                b.putAllSubtotals(Map.of("I", Points.of(i % 3)));
                b.votes(i % 2);
            }
            if (i % 3 != 0) {
                b.collective(collective(unit, 10, i));
            }
            out.add(b.build());
        }
        return out;
    }

    @Test
    void all_namesAreValidUniqueAndSorted() {
        List<String> names =
                BuiltInTieBreakers.all().stream().map(TieBreaker::name).toList();
        assertThat(names)
                .containsExactly(
                        "fewer-deductions", "group-subtotal", "lot", "more-full-marks", "vote-result", "women-share")
                .allMatch(n -> Pattern.matches("[a-z][a-z0-9-]{1,63}", n));
    }

    @ParameterizedTest
    @MethodSource("tieBreakers")
    void compare_aUnitWithItself_isZero(TieBreaker t) {
        for (Candidate c : sample()) {
            assertThat(t.compare(c, c, parameters(t))).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("tieBreakers")
    void compare_swappingTheUnits_flipsTheSign(TieBreaker t) {
        for (Candidate a : sample()) {
            for (Candidate b : sample()) {
                assertThat(Integer.signum(t.compare(a, b, parameters(t))))
                        .isEqualTo(-Integer.signum(t.compare(b, a, parameters(t))));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("tieBreakers")
    void describe_andLabel_areGivenInBothLanguages(TieBreaker t) {
        assertThat(t.label().vi()).isNotBlank();
        for (Candidate c : sample()) {
            assertThat(t.describe(c, parameters(t)).en()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("tieBreakers")
    void validate_theSampleParameters_isAccepted(TieBreaker t) {
        t.validate(parameters(t));
    }
}
