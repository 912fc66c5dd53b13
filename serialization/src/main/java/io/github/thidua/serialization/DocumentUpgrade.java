package io.github.thidua.serialization;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One step that turns a document body of an older format version into the next version, so that
 * documents written by earlier releases stay readable.
 *
 * <pre>{@code
 * DocumentUpgrade renameUnits = DocumentUpgrade.of(DocumentKind.CLUSTER, 1, body -> {
 *     ObjectNode cluster = (ObjectNode) body;
 *     cluster.set("members", cluster.remove("units"));
 *     return cluster;
 * });
 * }</pre>
 */
public interface DocumentUpgrade {

    /**
     * Returns the kind of document this step upgrades.
     *
     * @return the kind
     */
    DocumentKind kind();

    /**
     * Returns the version this step reads; it produces {@code fromVersion() + 1}.
     *
     * @return the older version
     */
    int fromVersion();

    /**
     * Upgrades a body.
     *
     * @param body the body in {@link #fromVersion()} (an object, or an array for list documents),
     *     which the step may change in place
     * @return the body in the next version
     */
    JsonNode upgrade(JsonNode body);

    /**
     * Returns an upgrade step made of a function.
     *
     * @param kind the kind, not null
     * @param fromVersion the version read, 0 or more
     * @param step the change, not null
     * @return the step
     */
    static DocumentUpgrade of(DocumentKind kind, int fromVersion, java.util.function.UnaryOperator<JsonNode> step) {
        return new DocumentUpgrade() {
            @Override
            public DocumentKind kind() {
                return kind;
            }

            @Override
            public int fromVersion() {
                return fromVersion;
            }

            @Override
            public JsonNode upgrade(JsonNode body) {
                return step.apply(body);
            }
        };
    }
}
