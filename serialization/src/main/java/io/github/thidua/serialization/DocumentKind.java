package io.github.thidua.serialization;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Labelled;
import io.github.thidua.core.Text;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of document thidua reads and writes, each with its stable name, its current format
 * version and the value its {@code body} holds.
 *
 * <pre>{@code
 * {"kind": "cluster", "version": 1, "body": { ...a Cluster... }}
 * }</pre>
 */
public enum DocumentKind implements Labelled {
    /** A cluster or bloc with its members, sub-groups and roles. */
    CLUSTER("cluster", 1, Cluster.class, null, Text.of("cụm thi đua", "cluster")),
    /** A covenant with its cluster, targets and scoring table. */
    COVENANT("covenant", 1, Covenant.class, null, Text.of("giao ước thi đua", "covenant")),
    /** A scoring policy. */
    POLICY("policy", 1, Policy.class, null, Text.of("quy chế chấm điểm", "policy")),
    /** The members' assessment sheets for a period: a list. */
    ASSESSMENTS(
            "assessments",
            1,
            new TypeReference<List<AssessmentSheet>>() {}.getType(),
            AssessmentSheet.class,
            Text.of("phiếu đánh giá", "assessments")),
    /** The votes held: a list. */
    BALLOTS("ballots", 1, new TypeReference<List<Vote>>() {}.getType(), Vote.class, Text.of("phiếu bầu", "ballots")),
    /** An evaluation result: every unit's numbers, the votes and the award decisions. */
    RESULT("result", 1, Evaluation.class, null, Text.of("kết quả chấm điểm", "evaluation result")),
    /**
     * The covenants of many clusters, one per cluster, such as every cluster an organiser runs in a
     * year: a list, read one covenant at a time with {@link Documents#stream(DocumentKind,
     * java.nio.file.Path)} when it is large.
     */
    COVENANTS(
            "covenants",
            1,
            new TypeReference<List<Covenant>>() {}.getType(),
            Covenant.class,
            Text.of("các giao ước thi đua", "covenants"));

    private final String documentName;
    private final int currentVersion;
    private final Type bodyType;
    private final Class<?> elementType;
    private final Text label;

    DocumentKind(String documentName, int currentVersion, Type bodyType, Class<?> elementType, Text label) {
        this.documentName = documentName;
        this.currentVersion = currentVersion;
        this.bodyType = bodyType;
        this.elementType = elementType;
        this.label = label;
    }

    /**
     * Returns the stable name written in the document's {@code kind} field.
     *
     * @return the name, such as {@code cluster}
     */
    public String documentName() {
        return documentName;
    }

    /**
     * Returns the format version this library writes.
     *
     * @return the version, 1 or more
     */
    public int currentVersion() {
        return currentVersion;
    }

    /**
     * Returns the Java type of the document's body.
     *
     * @return the type
     */
    public Type bodyType() {
        return bodyType;
    }

    /**
     * Returns the type of one element of the body, for kinds whose body is a list ({@link
     * #ASSESSMENTS}, {@link #BALLOTS}, {@link #COVENANTS}): these are the kinds {@link
     * Documents#stream(DocumentKind, java.io.InputStream)} reads one element at a time.
     *
     * <pre>{@code
     * DocumentKind.ASSESSMENTS.elementType(); // Optional[class AssessmentSheet]
     * DocumentKind.COVENANT.elementType();    // Optional.empty: the body is one object
     * }</pre>
     *
     * @return the element type, or empty when the body is one object
     */
    public Optional<Class<?>> elementType() {
        return Optional.ofNullable(elementType);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of this kind's documents in the {@linkplain
     * #currentVersion() current version}: the envelope and the body, one self-contained file. The
     * schema checks the shape (types, required and unknown fields, enum constants, id patterns);
     * rules of the domain that span fields, such as a period's dates fitting its kind, are left to
     * the reader.
     *
     * <pre>{@code
     * String schema = DocumentKind.COVENANT.schema();
     * // {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": ..., "$defs": {...}}
     * }</pre>
     *
     * @return the schema as JSON text, the same as {@code schemas/<name>.schema.json} in this
     *     package's resources
     * @throws UncheckedIOException if the schema cannot be read from the artifact
     */
    public String schema() {
        // Our own module's package: no "opens" is needed to read it.
        String resource = "schemas/" + documentName + ".schema.json";
        try (InputStream in = DocumentKind.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Text label() {
        return label;
    }

    /**
     * Returns the kind with a document name.
     *
     * @param name the name, such as {@code covenant}; not null
     * @return the kind, or empty for an unknown name
     */
    public static Optional<DocumentKind> byName(String name) {
        for (DocumentKind kind : values()) {
            if (kind.documentName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
