package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire format of whole documents cannot drift silently: one fixed body of every kind is
 * written by {@link Documents} as JSON and as YAML and compared byte for byte (line endings
 * normalised) with {@code src/test/resources/golden/documents/<kind>.json} and {@code .yaml};
 * each file reads back to an equal body and validates against the kind's shipped schema.
 *
 * <p>After an intended change of format, regenerate the files and review the diff:
 *
 * <pre>{@code
 * mvn -pl core,scoring,serialization verify -Dgolden.update=true
 * }</pre>
 */
class DocumentGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "documents");
    private static final Map<DocumentKind, Object> BODIES = DocumentSamples.bodies();

    static Stream<Arguments> documents() {
        return Stream.of(Documents.json(), Documents.yaml())
                .flatMap(format -> BODIES.keySet().stream().map(kind -> Arguments.of(kind, format)));
    }

    private static Path file(DocumentKind kind, Documents format) {
        return GOLDEN.resolve(kind.documentName() + "." + format.format().name().toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("documents")
    void fixedBody_isWrittenExactlyAsTheGoldenFile_andReadBackEqual(DocumentKind kind, Documents format)
            throws IOException {
        Object body = BODIES.get(kind);
        Path file = file(kind, format);
        String written = format.write(kind, body).replace("\r\n", "\n");
        if (!written.endsWith("\n")) {
            written += "\n";
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, written, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; regenerate with -Dgolden.update=true").exists();
        String golden = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(written).isEqualTo(golden);
        Object back = format.read(kind, golden);
        assertThat(back).isEqualTo(body);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("documents")
    void goldenFile_validatesAgainstItsKindsSchema(DocumentKind kind, Documents format) throws IOException {
        String golden = Files.readString(file(kind, format), StandardCharsets.UTF_8);
        // YAML is parsed into the same tree as JSON first: the schema speaks of the data model.
        assertThat(Schemas.errors(kind, format, golden)).isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("documents")
    void goldenFile_isRefusedByEveryOtherKindsSchema(DocumentKind kind, Documents format) throws IOException {
        String golden = Files.readString(file(kind, format), StandardCharsets.UTF_8);
        for (DocumentKind other : DocumentKind.values()) {
            if (other != kind) {
                assertThat(Schemas.errors(other, format, golden))
                        .as(other.documentName())
                        .isNotEmpty();
            }
        }
    }
}
