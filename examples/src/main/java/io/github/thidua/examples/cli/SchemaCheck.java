package io.github.thidua.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.thidua.serialization.DocumentKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every violation of a document kind's shipped JSON Schema, so that {@code validate} lists all
 * the shape errors of a document at once; the library's reader then reports what only the domain
 * can see.
 */
final class SchemaCheck {

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

    private SchemaCheck() {}

    /** A violation: where (a JSON Pointer) and what, in English (the validator's language). */
    record Violation(String pointer, String message) {}

    /**
     * Returns the schema's violations in a document's tree, ordered by pointer.
     *
     * @param kind the document's kind
     * @param document the whole document, envelope included
     * @return the violations, empty when the document fits its schema
     */
    static List<Violation> violations(DocumentKind kind, JsonNode document) {
        return SCHEMAS.get(kind).validate(document).stream()
                .map(SchemaCheck::violation)
                .distinct()
                .sorted(java.util.Comparator.comparing(Violation::pointer).thenComparing(Violation::message))
                .toList();
    }

    private static Violation violation(ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        String message = m.getMessage();
        // The validator prefixes its message with the location; the tool prints the pointer itself.
        if (message.startsWith(pointer + ": ")) {
            message = message.substring(pointer.length() + 2);
        }
        return new Violation(pointer.isEmpty() ? "/" : pointer, message);
    }
}
