package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken documents of every kind, made from the golden documents by one change each: the reader
 * refuses each with a {@link DocumentException} that says where (pointer, and line and column
 * when the parser knows them) and what; the streaming reader refuses the list documents at the
 * same place; and the shipped schema agrees with the reader, refusing
 * every broken document whose fault is one of shape, and accepting the ones whose fault only the
 * domain can see.
 */
class DocumentBadInputTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "documents");
    private static final ObjectMapper JSON = Documents.json().mapper();

    /** What the schema makes of a broken document. */
    enum Schema {
        /** The fault is one of shape: the schema refuses it too. */
        REFUSES,
        /** Only the domain sees the fault (a rule across fields): the schema accepts it. */
        ACCEPTS,
        /** Not a JSON tree at all (syntax, duplicate key): there is nothing to validate. */
        NOT_A_TREE
    }

    /**
     * One broken document.
     *
     * @param name what is broken
     * @param kind the kind read
     * @param format the format of {@code text}
     * @param text the document
     * @param pointer the pointer the exception must give
     * @param lineOf text on the line the exception must name, or null when no line is known
     * @param fragment part of the English message
     * @param schema what the schema makes of it
     */
    record Case(
            String name,
            DocumentKind kind,
            Documents format,
            String text,
            String pointer,
            String lineOf,
            String fragment,
            Schema schema) {

        @Override
        public String toString() {
            return kind.documentName() + ": " + name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // ---- cluster
                new Case(
                        "syntax error: a missing comma",
                        DocumentKind.CLUSTER,
                        Documents.json(),
                        golden("cluster.json").replaceFirst("\"number\" : 1,", "\"number\" : 1"),
                        "/body/number",
                        "\"name\" : \"Cụm thi đua",
                        "syntax error",
                        Schema.NOT_A_TREE),
                new Case(
                        "wrong type: a number for a member's id",
                        DocumentKind.CLUSTER,
                        Documents.json(),
                        change("cluster", d -> obj(d, "/body/members/1").put("id", 42)),
                        "/body/members/1/id",
                        "\"id\" : 42",
                        "invalid value",
                        Schema.REFUSES),
                new Case(
                        "missing required field: the organiser",
                        DocumentKind.CLUSTER,
                        Documents.json(),
                        change("cluster", d -> obj(d, "/body").remove("organiser")),
                        "/body/organiser",
                        null,
                        "organiser",
                        Schema.REFUSES),
                new Case(
                        "unknown field in a member",
                        DocumentKind.CLUSTER,
                        Documents.json(),
                        change("cluster", d -> obj(d, "/body/members/0").put("colour", "red")),
                        "/body/members/0/colour",
                        "\"colour\" : \"red\"",
                        "unknown field 'colour'",
                        Schema.REFUSES),
                new Case(
                        "duplicate key",
                        DocumentKind.CLUSTER,
                        Documents.json(),
                        golden("cluster.json").replaceFirst("\"number\" : 1,", "\"number\" : 1, \"number\" : 2,"),
                        "/body/number",
                        "\"number\" : 1, \"number\" : 2",
                        "duplicate key",
                        Schema.NOT_A_TREE),
                new Case(
                        "domain rule broken: a sub-group names a unit outside the cluster",
                        DocumentKind.CLUSTER,
                        Documents.json(),
                        change(
                                "cluster",
                                d -> arr(d, "/body/subGroups/0/members").add("lao-cai")),
                        "/body/subGroups/0/members/2",
                        null,
                        "lao-cai",
                        Schema.ACCEPTS),

                // ---- covenant
                new Case(
                        "unknown version",
                        DocumentKind.COVENANT,
                        Documents.json(),
                        change("covenant", d -> d.put("version", 2)),
                        "/version",
                        null,
                        "version 2 of 'covenant' documents is unknown",
                        Schema.REFUSES),
                new Case(
                        "wrong type: a date not in ISO-8601",
                        DocumentKind.COVENANT,
                        Documents.json(),
                        change("covenant", d -> obj(d, "/body").put("signedOn", "20/02/2023")),
                        "/body/signedOn",
                        "\"signedOn\" : \"20/02/2023\"",
                        "not an ISO-8601 date",
                        Schema.REFUSES),
                new Case(
                        "missing required field: the scoring table",
                        DocumentKind.COVENANT,
                        Documents.json(),
                        change("covenant", d -> obj(d, "/body").remove("scoringTable")),
                        "/body/scoringTable",
                        null,
                        "scoringTable",
                        Schema.REFUSES),
                new Case(
                        "unknown field in a criterion kind",
                        DocumentKind.COVENANT,
                        Documents.json(),
                        change(
                                "covenant",
                                d -> obj(d, "/body/scoringTable/roots/1/kind").put("weight", 2)),
                        "/body/scoringTable/roots/1/kind/weight",
                        null,
                        "unknown field 'weight'",
                        Schema.REFUSES),
                new Case(
                        "domain rule broken: a YEAR period that ends in June",
                        DocumentKind.COVENANT,
                        Documents.json(),
                        change("covenant", d -> obj(d, "/body/period").put("end", "2023-06-30")),
                        "/body/period/end",
                        null,
                        "2023-06-30",
                        Schema.ACCEPTS),

                // ---- policy
                new Case(
                        "missing required field: in force from",
                        DocumentKind.POLICY,
                        Documents.json(),
                        change("policy", d -> obj(d, "/body").remove("inForceFrom")),
                        "/body/inForceFrom",
                        null,
                        "inForceFrom",
                        Schema.REFUSES),
                new Case(
                        "wrong enum constant",
                        DocumentKind.POLICY,
                        Documents.yaml(),
                        golden("policy.yaml").replaceFirst("source: RECORDED", "source: GUESSED"),
                        "/body/source",
                        "source: GUESSED",
                        "not one of [COMPUTED, RECORDED]",
                        Schema.REFUSES),
                new Case(
                        "unknown field in a tie-breaker",
                        DocumentKind.POLICY,
                        Documents.json(),
                        change("policy", d -> obj(d, "/body/ranking/chain/0").put("weight", 1)),
                        "/body/ranking/chain/0/weight",
                        "\"weight\" : 1",
                        "unknown field 'weight'",
                        Schema.REFUSES),
                new Case(
                        "domain rule broken: rounding to a scale and a step at once",
                        DocumentKind.POLICY,
                        Documents.json(),
                        change("policy", d -> obj(d, "/body/rounding/total").put("step", 0.5)),
                        "/body/rounding/total/step",
                        null,
                        "either scale or step",
                        Schema.REFUSES),

                // ---- assessments
                new Case(
                        "wrong type: an object where the list of sheets belongs",
                        DocumentKind.ASSESSMENTS,
                        Documents.json(),
                        change("assessments", d -> d.set("body", JSON.createObjectNode())),
                        "/body",
                        "\"body\" : { }",
                        "invalid value",
                        Schema.REFUSES),
                new Case(
                        "wrong type: text for points",
                        DocumentKind.ASSESSMENTS,
                        Documents.json(),
                        change(
                                "assessments",
                                d -> obj(d, "/body/0/entries/0/points").put("FINAL", "many")),
                        "/body/0/entries/0/points/FINAL",
                        "\"FINAL\" : \"many\"",
                        "not a decimal number",
                        Schema.REFUSES),
                new Case(
                        "unknown assessment stage",
                        DocumentKind.ASSESSMENTS,
                        Documents.json(),
                        change(
                                "assessments",
                                d -> obj(d, "/body/0/entries/0/points").put("LATE", 1)),
                        "/body/0/entries/0/points/LATE",
                        null,
                        "LATE",
                        Schema.REFUSES),
                new Case(
                        "syntax error: the document ends early",
                        DocumentKind.ASSESSMENTS,
                        Documents.json(),
                        endingInside(golden("assessments.json"), "\"entries\""),
                        "/body/0/period",
                        "\"ent",
                        "syntax error",
                        Schema.NOT_A_TREE),

                // ---- ballots
                new Case(
                        "missing required field: a ballot's round",
                        DocumentKind.BALLOTS,
                        Documents.json(),
                        change("ballots", d -> obj(d, "/body/0/ballots/0").remove("round")),
                        "/body/0/ballots/0/round",
                        null,
                        "round",
                        Schema.REFUSES),
                new Case(
                        "wrong type: text for a round",
                        DocumentKind.BALLOTS,
                        Documents.json(),
                        change("ballots", d -> obj(d, "/body/0/ballots/1").put("round", "1")),
                        "/body/0/ballots/1/round",
                        "\"round\" : \"1\"",
                        "invalid value",
                        Schema.REFUSES),
                new Case(
                        "an id that is not an id",
                        DocumentKind.BALLOTS,
                        Documents.json(),
                        change("ballots", d -> obj(d, "/body/0").put("id", "bầu cử")),
                        "/body/0/id",
                        "\"id\" : \"bầu cử\"",
                        "bầu cử",
                        Schema.REFUSES),
                new Case(
                        "unknown field in a vote",
                        DocumentKind.BALLOTS,
                        Documents.json(),
                        change("ballots", d -> obj(d, "/body/0").put("secret", true)),
                        "/body/0/secret",
                        "\"secret\" : true",
                        "unknown field 'secret'",
                        Schema.REFUSES),

                // ---- covenants
                new Case(
                        "wrong type: one covenant where the list of covenants belongs",
                        DocumentKind.COVENANTS,
                        Documents.json(),
                        change("covenants", d -> d.set("body", d.get("body").get(0))),
                        "/body",
                        null,
                        "invalid value",
                        Schema.REFUSES),
                new Case(
                        "unknown field in the second covenant",
                        DocumentKind.COVENANTS,
                        Documents.json(),
                        change("covenants", d -> obj(d, "/body/1").put("colour", "red")),
                        "/body/1/colour",
                        "\"colour\" : \"red\"",
                        "unknown field 'colour'",
                        Schema.REFUSES),
                new Case(
                        "missing required field: the second covenant's scoring table",
                        DocumentKind.COVENANTS,
                        Documents.json(),
                        change("covenants", d -> obj(d, "/body/1").remove("scoringTable")),
                        "/body/1/scoringTable",
                        null,
                        "scoringTable",
                        Schema.REFUSES),
                new Case(
                        "a null covenant",
                        DocumentKind.COVENANTS,
                        Documents.json(),
                        change("covenants", d -> arr(d, "/body").addNull()),
                        "/body/2",
                        null,
                        "an element, not null",
                        Schema.REFUSES),
                new Case(
                        "domain rule broken: the second covenant's YEAR period ends in June",
                        DocumentKind.COVENANTS,
                        Documents.json(),
                        change("covenants", d -> obj(d, "/body/1/period").put("end", "2024-06-30")),
                        "/body/1/period/end",
                        null,
                        "2024-06-30",
                        Schema.ACCEPTS),

                // ---- result
                new Case(
                        "missing required field: the cluster result",
                        DocumentKind.RESULT,
                        Documents.json(),
                        change("result", d -> obj(d, "/body").remove("result")),
                        "/body/result",
                        null,
                        "result",
                        Schema.REFUSES),
                new Case(
                        "wrong type: a boolean for a total",
                        DocumentKind.RESULT,
                        Documents.json(),
                        change("result", d -> obj(d, "/body/result/units/0").put("total", true)),
                        "/body/result/units/0/total",
                        "\"total\" : true",
                        "invalid value",
                        Schema.REFUSES),
                new Case(
                        "unknown envelope field",
                        DocumentKind.RESULT,
                        Documents.json(),
                        change("result", d -> d.put("generatedAt", "2025-01-15")),
                        "/generatedAt",
                        null,
                        "unknown field 'generatedAt'; allowed: kind, version, body",
                        Schema.REFUSES),
                new Case(
                        "a document of another kind",
                        DocumentKind.RESULT,
                        Documents.json(),
                        change("result", d -> d.set("kind", TextNode.valueOf("policy"))),
                        "/kind",
                        null,
                        "a document of kind 'policy' where 'result' was expected",
                        Schema.REFUSES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenDocument_isRefused_withWhereAndWhat(Case c) {
        DocumentException e =
                catchThrowableOfType(DocumentException.class, () -> c.format().read(c.kind(), c.text()));
        assertThat(e).as("a DocumentException").isNotNull();
        assertThat(e.pointer()).as("pointer of: " + e.getMessage()).isEqualTo(c.pointer());
        assertThat(e.getMessage()).contains(c.fragment());
        if (c.lineOf() == null) {
            // Envelope checks and upgraded bodies have no position; anything else has both.
            assertThat(e.line() < 0 ? e.column() < 0 : e.column() > 0)
                    .as("line and column of: " + e.getMessage())
                    .isTrue();
        } else {
            assertThat(e.line()).as("line of: " + e.getMessage()).isEqualTo(lineOf(c.text(), c.lineOf()));
            assertThat(e.column()).as("column").isPositive();
        }
    }

    /** The cases of list documents, which are also read element by element. */
    static Stream<Case> listCases() {
        return cases().filter(c -> c.kind().elementType().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listCases")
    void brokenListDocument_streamed_isRefusedAtTheSamePlace(Case c) {
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> {
            try (DocumentReader<Object> reader = c.format().stream(
                    c.kind(), new ByteArrayInputStream(c.text().getBytes(StandardCharsets.UTF_8)))) {
                while (reader.hasNext()) {
                    reader.next();
                }
            }
        });
        assertThat(e).as("a DocumentException").isNotNull();
        assertThat(e.pointer()).as("pointer of: " + e.getMessage()).isEqualTo(c.pointer());
        assertThat(e.getMessage()).contains(c.fragment());
        if (c.lineOf() != null) {
            assertThat(e.line()).as("line of: " + e.getMessage()).isEqualTo(lineOf(c.text(), c.lineOf()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void schema_agreesWithTheReader(Case c) {
        switch (c.schema()) {
            case REFUSES -> {
                // At the field itself, or at the object that lacks it or has one too many.
                String parent = c.pointer().substring(0, c.pointer().lastIndexOf('/'));
                assertThat(Schemas.errors(c.kind(), c.format(), c.text()))
                        .as("schema errors")
                        .anyMatch(error -> error.startsWith(c.pointer() + " ") || error.startsWith(parent + " "));
            }
            case ACCEPTS ->
                assertThat(Schemas.errors(c.kind(), c.format(), c.text()))
                        .as("schema errors")
                        .isEmpty();
            case NOT_A_TREE ->
                assertThat(catchThrowableOfType(
                                Exception.class, () -> c.format().mapper().readTree(c.text())))
                        .isNotNull();
        }
    }

    private static int lineOf(String text, String marker) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + marker);
    }

    /** The text up to the middle of the first occurrence of a marker. */
    private static String endingInside(String text, String marker) {
        return text.substring(0, text.indexOf(marker) + marker.length() / 2);
    }

    private static String golden(String file) {
        try {
            return Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden JSON document of a kind with one change, written as Documents writes JSON. */
    private static String change(String kind, Consumer<ObjectNode> change) {
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(golden(kind + ".json"));
            change.accept(document);
            return JSON.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode obj(JsonNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    private static ArrayNode arr(JsonNode document, String pointer) {
        return (ArrayNode) document.at(pointer);
    }
}
