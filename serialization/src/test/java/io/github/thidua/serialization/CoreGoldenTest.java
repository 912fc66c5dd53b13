package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire format of core's document types cannot drift silently: each fixed value is written and
 * compared byte for byte (line endings normalised) with {@code
 * src/test/resources/golden/core/<type>.json}, and the file is read back to an equal value.
 *
 * <p>After an intended change of format, regenerate the files and review the diff:
 *
 * <pre>{@code
 * mvn -pl core,scoring,serialization verify -Dgolden.update=true
 * }</pre>
 *
 * (Surefire passes the system property on; the files are rewritten in the source tree and the
 * test then passes. Run once more without the property before committing.)
 */
class CoreGoldenTest {

    private static final ObjectMapper JSON = CoreJson.json();
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "core");

    static Stream<Arguments> documents() {
        Map<String, Supplier<Object>> docs = new LinkedHashMap<>();
        docs.put("cluster", CoreSamples::cluster);
        docs.put("covenant", CoreSamples::covenant);
        docs.put("assessment-sheet", CoreSamples::assessmentSheet);
        docs.put("vote", CoreSamples::vote);
        docs.put("award-record", CoreSamples::awardRecord);
        docs.put("award-proposal", CoreSamples::awardProposal);
        docs.put("cluster-result", CoreSamples::clusterResult);
        return docs.entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue().get()));
    }

    @ParameterizedTest(name = "{0}.json")
    @MethodSource("documents")
    void fixedValue_isWrittenExactlyAsTheGoldenFile_andReadBackEqual(String name, Object value) throws IOException {
        Path file = GOLDEN.resolve(name + ".json");
        String written = JSON.writeValueAsString(value).replace("\r\n", "\n") + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, written, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; regenerate with -Dgolden.update=true").exists();
        String golden = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(written).isEqualTo(golden);
        assertThat(JSON.readValue(golden, CoreSamples.publicType(value))).isEqualTo(value);
    }
}
