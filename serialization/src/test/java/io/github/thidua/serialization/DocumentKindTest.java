package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentKindTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void schema_isADraft202012SchemaOfThisKindsEnvelope(DocumentKind kind) throws IOException {
        JsonNode schema = JSON.readTree(kind.schema());

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).endsWith("/" + kind.documentName() + ".schema.json");
        assertThat(schema.at("/properties/kind/const").asText()).isEqualTo(kind.documentName());
        assertThat(schema.at("/properties/version/const").asInt()).isEqualTo(kind.currentVersion());
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactly("kind", "version", "body");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void schema_isTheFileKeptInTheRepository(DocumentKind kind) throws IOException {
        Path file = Path.of(
                "src/main/resources/io/github/thidua/serialization/schemas", kind.documentName() + ".schema.json");
        assertThat(kind.schema()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
