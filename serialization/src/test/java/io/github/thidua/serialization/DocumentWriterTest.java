package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link DocumentWriter}: a list written element by element is the document {@code write} makes. */
class DocumentWriterTest {

    static Stream<Arguments> listBodies() {
        return Stream.of(Documents.json(), Documents.yaml())
                .flatMap(format -> Stream.of(DocumentKind.ASSESSMENTS, DocumentKind.BALLOTS, DocumentKind.COVENANTS)
                        .map(kind -> Arguments.of(kind, format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("listBodies")
    void elementsWrittenOneByOne_makeTheSameTextAsWriteOfTheList(DocumentKind kind, Documents format) {
        List<?> body = (List<?>) DocumentSamples.bodies().get(kind);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (DocumentWriter<Object> writer = format.streamWriter(kind, out)) {
            body.forEach(writer::write);
            assertThat(writer.count()).isEqualTo(body.size());
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(format.write(kind, body));
    }

    @Test
    void noElements_makeAnEmptyList() {
        for (Documents format : List.of(Documents.json(), Documents.yaml())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.streamWriter(DocumentKind.COVENANTS, out).close();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(format.write(DocumentKind.COVENANTS, List.of()));
        }
    }

    @Test
    void elementOfAnotherType_isRefusedNamingTheType() {
        try (DocumentWriter<Object> writer =
                Documents.json().streamWriter(DocumentKind.ASSESSMENTS, new ByteArrayOutputStream())) {
            assertThatThrownBy(() -> writer.write(CoreSamples.covenant()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("wrong type for 'assessments' documents")
                    .hasMessageContaining("AssessmentSheet");
        }
    }

    @Test
    void writeAfterClose_isRefused_andCloseTwiceDoesNothing() {
        DocumentWriter<Object> writer =
                Documents.json().streamWriter(DocumentKind.BALLOTS, new ByteArrayOutputStream());
        writer.close();
        writer.close();

        assertThatThrownBy(() -> writer.write(CoreSamples.vote()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void objectKind_isRefused() {
        assertThatThrownBy(() -> Documents.json().streamWriter(DocumentKind.RESULT, new ByteArrayOutputStream()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a list");
    }
}
