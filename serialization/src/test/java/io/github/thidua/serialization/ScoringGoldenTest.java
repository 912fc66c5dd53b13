package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire format of the scoring documents, pinned byte for byte by the files in {@code
 * src/test/resources/golden/scoring/}.
 *
 * <p>After an intended change of format, regenerate the files and review the diff:
 *
 * <pre>
 * mvn -B -ntp -pl core,scoring,serialization verify -Dgolden.update=true
 * git diff serialization/src/test/resources/golden
 * </pre>
 *
 * <p>Nested core values (points, texts, ids, explanations, award kinds) are written by {@code
 * CoreTypes}, in the same formats as the files under {@code golden/core/}.
 */
class ScoringGoldenTest {

    private static final ObjectMapper JSON = ScoringSamples.json();
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final Path DIR = Path.of("src", "test", "resources", "golden", "scoring");

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("BandScheme", ScoringSamples.bandScheme()),
                Arguments.of("RankingRules", ScoringSamples.rankingRules()),
                Arguments.of("AwardLadder", ScoringSamples.awardLadder()),
                Arguments.of("CashRewardTable", ScoringSamples.cashRewardTable()),
                Arguments.of("VoteRules", ScoringSamples.voteRules()),
                Arguments.of("VoteOutcome", ScoringSamples.voteOutcome()),
                Arguments.of("AwardDecision", ScoringSamples.awardDecision()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    @DisplayName("a fixed value is written exactly as its golden file and the file reads back equal")
    void golden_fixedValue_matchesFileAndReadsBack(String type, Object value) throws Exception {
        Path file = DIR.resolve(type + ".json");
        String written = PRETTY.writeValueAsString(value) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, written, StandardCharsets.UTF_8);
        }
        String golden = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(golden);
        assertThat(JSON.readValue(golden, ScoringRoundTripTest.publicType(value)))
                .isEqualTo(value);
    }
}
