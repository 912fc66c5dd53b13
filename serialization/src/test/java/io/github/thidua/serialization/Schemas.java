package io.github.thidua.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped schemas, compiled once by networknt's validator: errors located by JSON Pointer
 * (as {@link DocumentException#pointer()} is), formats such as {@code date} asserted.
 */
final class Schemas {

    private static final Map<DocumentKind, JsonSchema> SCHEMAS = new EnumMap<>(DocumentKind.class);

    static {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        for (DocumentKind kind : DocumentKind.values()) {
            SCHEMAS.put(kind, factory.getSchema(kind.schema(), config));
        }
    }

    private Schemas() {}

    /** The schema's complaints about a document's tree, sorted by where they point; empty when valid. */
    static List<String> errors(DocumentKind kind, JsonNode document) {
        return SCHEMAS.get(kind).validate(document).stream()
                .map(Schemas::render)
                .sorted()
                .toList();
    }

    /** The schema's complaints about a document given as text in a format. */
    static List<String> errors(DocumentKind kind, Documents format, String text) {
        try {
            return errors(kind, format.mapper().readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(ValidationMessage m) {
        return m.getInstanceLocation() + " " + m.getType() + ": " + m.getMessage();
    }
}
