package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vote;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DocumentReader}: list documents read element by element give what {@link Documents#read}
 * gives, refuse what it refuses (envelope, limits, duplicate keys, the domain's rules) with the
 * pointer into the whole document, the line and the column, never return an element in error, and
 * hold one element at a time.
 */
class DocumentReaderTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "documents");
    private static final Documents JSON = Documents.json();
    private static final Documents YAML = Documents.yaml();

    @TempDir
    Path dir;

    static Stream<Arguments> listDocuments() {
        return Stream.of(JSON, YAML)
                .flatMap(format -> Stream.of(DocumentKind.ASSESSMENTS, DocumentKind.BALLOTS, DocumentKind.COVENANTS)
                        .map(kind -> Arguments.of(kind, format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("listDocuments")
    void goldenListDocument_streamed_givesTheElementsReadGives_inOrder(DocumentKind kind, Documents format)
            throws IOException {
        Path file = GOLDEN.resolve(
                kind.documentName() + "." + format.format().name().toLowerCase(java.util.Locale.ROOT));
        List<Object> whole = format.read(kind, file);

        List<Object> streamed = new ArrayList<>();
        try (DocumentReader<Object> reader = format.stream(kind, file)) {
            while (reader.hasNext()) {
                streamed.add(reader.next());
                assertThat(reader.count()).isEqualTo(streamed.size());
            }
            assertThat(reader.hasNext()).isFalse();
        }

        assertThat(streamed).isEqualTo(whole).isNotEmpty();
    }

    @Test
    void stream_typedReader_givesDomainValues() {
        try (DocumentReader<AssessmentSheet> sheets =
                JSON.stream(DocumentKind.ASSESSMENTS, golden("assessments.json"))) {
            assertThat(sheets.next().unit().value()).isEqualTo("xa-an-binh");
        }
        try (DocumentReader<Vote> votes = YAML.stream(DocumentKind.BALLOTS, golden("ballots.yaml"))) {
            assertThat(votes.next()).isEqualTo(DocumentSamples.ballots().get(0));
        }
        try (DocumentReader<Covenant> covenants = JSON.stream(DocumentKind.COVENANTS, golden("covenants.json"))) {
            covenants.next();
            assertThat(covenants.next()).isEqualTo(DocumentSamples.communeCovenant());
        }
    }

    @Test
    void emptyBody_hasNoElements_andNextSaysSo() {
        try (DocumentReader<Object> reader =
                JSON.stream(DocumentKind.ASSESSMENTS, text(envelope("assessments", "[]")))) {
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next)
                    .isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("no more elements in the 'assessments' document");
        }
    }

    @Test
    void nonListKind_isRefusedNamingTheListKinds() {
        assertThatThrownBy(() -> JSON.stream(DocumentKind.COVENANT, text("{}")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("one object as their body, not a list")
                .hasMessageContaining("assessments, ballots, covenants");
    }

    @Test
    void stream_leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(read("assessments.json").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (DocumentReader<Object> reader = JSON.stream(DocumentKind.ASSESSMENTS, in)) {
            while (reader.hasNext()) {
                reader.next();
            }
        }
        assertThat(closed[0]).isFalse();
    }

    @Test
    void wireFormatExample_writesAndReadsAListElementByElement() throws IOException {
        Path file = dir.resolve("assessments.json");
        List<AssessmentSheet> sheets = DocumentSamples.sheets();
        List<io.github.thidua.core.Id> units = new ArrayList<>();

        // --- wire-format: streaming
        try (OutputStream out = Files.newOutputStream(file);
                DocumentWriter<AssessmentSheet> writer = Documents.json().streamWriter(DocumentKind.ASSESSMENTS, out)) {
            sheets.forEach(writer::write); // the same text as Documents.json().write(ASSESSMENTS, sheets)
        }

        try (DocumentReader<AssessmentSheet> reader = Documents.json().stream(DocumentKind.ASSESSMENTS, file)) {
            while (reader.hasNext()) {
                AssessmentSheet sheet = reader.next(); // checked as if the document were read whole
                units.add(sheet.unit());
            }
        }
        // --- end

        assertThat(Files.readString(file)).isEqualTo(Documents.json().write(DocumentKind.ASSESSMENTS, sheets));
        assertThat(units)
                .containsExactlyElementsOf(
                        sheets.stream().map(AssessmentSheet::unit).toList());
    }

    @Test
    void wireFormatExample_isTheCodeThisTestRuns() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "wire-format.md"));
        String section = doc.substring(doc.indexOf("## Large lists, element by element"));
        int start = section.indexOf("```java\n") + 8;
        String shown = section.substring(start, section.indexOf("\n```\n", start));
        String test = Files.readString(Path.of("src/test/java/io/github/thidua/serialization/DocumentReaderTest.java"));
        String marker = "// --- wire-format: streaming\n";
        String run = test.substring(test.indexOf(marker) + marker.length(), test.indexOf("        // --- end"));
        assertThat(shown.strip()).isEqualTo(run.stripTrailing().stripIndent().strip());
    }

    // ---- the envelope

    @Test
    void documentOfAnotherKind_isRefusedAtKind_beforeAnyElement() {
        DocumentException e = failure(() -> JSON.stream(DocumentKind.ASSESSMENTS, golden("ballots.json")));

        assertThat(e.pointer()).isEqualTo("/kind");
        assertThat(e.getMessage()).contains("a document of kind 'ballots' where 'assessments' was expected");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isPositive();
    }

    @Test
    void unknownVersion_isRefusedByName() {
        DocumentException e = failure(() -> JSON.stream(
                DocumentKind.ASSESSMENTS,
                text(read("assessments.json").replace("\"version\" : 1", "\"version\" : 2"))));

        assertThat(e.pointer()).isEqualTo("/version");
        assertThat(e.getMessage()).contains("version 2 of 'assessments' documents is unknown");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void olderVersion_cannotBeStreamed_andSaysToReadItWhole() {
        DocumentException e = failure(() ->
                JSON.stream(DocumentKind.ASSESSMENTS, text("{\"kind\":\"assessments\",\"version\":0,\"body\":[]}")));

        assertThat(e.pointer()).isEqualTo("/version");
        assertThat(e.getMessage()).contains("upgraded as a whole").contains("read it whole");
    }

    @Test
    void versionAsText_isRefused() {
        DocumentException e = failure(() -> JSON.stream(
                DocumentKind.ASSESSMENTS, text("{\"kind\":\"assessments\",\"version\":\"1\",\"body\":[]}")));

        assertThat(e.pointer()).isEqualTo("/version");
        assertThat(e.getMessage()).contains("the format version, a whole number");
    }

    @Test
    void bodyBeforeKind_isRefusedWithTheReason_whileReadTakesIt() {
        String body = "[" + element(DocumentSamples.sheets().get(0)) + "]";
        String text = "{\"body\":" + body + ",\"kind\":\"assessments\",\"version\":1}";

        DocumentException e = failure(() -> JSON.stream(DocumentKind.ASSESSMENTS, text(text)));

        assertThat(e.pointer()).isEqualTo("/body");
        assertThat(e.getMessage())
                .contains("'body' comes before 'kind'")
                .contains("gives 'kind' and 'version' before 'body'");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("'body' đứng trước 'kind'");
        assertThat(e.line()).isEqualTo(1);
        assertThat(JSON.<List<AssessmentSheet>>read(DocumentKind.ASSESSMENTS, text))
                .containsExactly(DocumentSamples.sheets().get(0));
    }

    @Test
    void bodyBeforeVersion_isRefused() {
        DocumentException e = failure(() ->
                JSON.stream(DocumentKind.ASSESSMENTS, text("{\"kind\":\"assessments\",\"body\":[],\"version\":1}")));

        assertThat(e.pointer()).isEqualTo("/body");
        assertThat(e.getMessage()).contains("'body' comes before 'version'");
    }

    @Test
    void unknownEnvelopeFieldBeforeTheBody_isRefusedAtOnce() {
        DocumentException e = failure(() -> JSON.stream(
                DocumentKind.ASSESSMENTS,
                text("{\"kind\":\"assessments\",\"version\":1,\"class\":\"x\",\"body\":[]}")));

        assertThat(e.pointer()).isEqualTo("/class");
        assertThat(e.getMessage()).contains("unknown field 'class'; allowed: kind, version, body");
    }

    @Test
    void unknownEnvelopeFieldAfterTheBody_isRefusedAtTheEnd_afterTheElements() {
        String text = read("assessments.json").stripTrailing();
        text = text.substring(0, text.length() - 1) + ", \"signature\" : \"x\"\n}";
        List<Object> read = new ArrayList<>();

        try (DocumentReader<Object> reader = JSON.stream(DocumentKind.ASSESSMENTS, text(text))) {
            DocumentException e = catchThrowableOfType(DocumentException.class, () -> {
                while (reader.hasNext()) {
                    read.add(reader.next());
                }
            });
            assertThat(e.pointer()).isEqualTo("/signature");
            assertThat(e.line()).isEqualTo(text.lines().toList().size() - 1);
        }
        assertThat(read).hasSize(4);
    }

    @Test
    void contentAfterTheDocument_isRefused() {
        String text = read("assessments.json") + "{}";

        DocumentException e = failure(() -> drain(JSON.stream(DocumentKind.ASSESSMENTS, text(text))));

        assertThat(e.pointer()).isEmpty();
        assertThat(e.getMessage()).contains("content after the end of the document");
    }

    @Test
    void bodyThatIsNotAList_isRefusedAtBody() {
        DocumentException e = failure(() ->
                JSON.stream(DocumentKind.ASSESSMENTS, text("{\"kind\":\"assessments\",\"version\":1,\"body\":{}}")));

        assertThat(e.pointer()).isEqualTo("/body");
        assertThat(e.getMessage())
                .contains("invalid value: the body of 'assessments' documents is an array of AssessmentSheet");
    }

    @Test
    void missingBody_andNotAnObject_areRefused() {
        assertThat(failure(() -> JSON.stream(DocumentKind.BALLOTS, text("{\"kind\":\"ballots\",\"version\":1}")))
                        .pointer())
                .isEqualTo("/body");
        assertThat(failure(() -> JSON.stream(
                                DocumentKind.BALLOTS, text("{\"kind\":\"ballots\",\"version\":1,\"body\":null}")))
                        .pointer())
                .isEqualTo("/body");
        assertThat(failure(() -> JSON.stream(DocumentKind.BALLOTS, text("[]"))).getMessage())
                .contains("the document is not an object");
        assertThat(failure(() -> JSON.stream(DocumentKind.BALLOTS, text(""))).getMessage())
                .contains("the document is not an object");
    }

    @Test
    void duplicateKeyInTheEnvelope_isRefused() {
        DocumentException e = failure(() -> JSON.stream(
                DocumentKind.BALLOTS, text("{\"kind\":\"ballots\",\"kind\":\"ballots\",\"version\":1,\"body\":[]}")));

        assertThat(e.getMessage()).contains("duplicate key");
    }

    @Test
    void missingFile_isADocumentExceptionNamingIt() {
        Path absent = dir.resolve("absent.json");

        DocumentException e = failure(() -> JSON.stream(DocumentKind.ASSESSMENTS, absent));

        assertThat(e.value()).contains(absent.toString());
        assertThat(e.getMessage()).contains("cannot read the file");
    }

    // ---- elements in error

    @Test
    void unknownFieldInAnElement_givesThePointerIntoTheWholeDocument_lineAndColumn_andNoElement() {
        String text = read("assessments.json")
                .replace(
                        "\"criterion\" : \"T\",\n      \"occurrences\" : 0",
                        "\"criterion\" : \"T\", \"colour\" : 1,\n      \"occurrences\" : 0");
        assertThat(text).contains("colour");
        List<AssessmentSheet> returned = new ArrayList<>();

        DocumentReader<AssessmentSheet> reader = JSON.stream(DocumentKind.ASSESSMENTS, text(text));
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> {
            while (reader.hasNext()) {
                returned.add(reader.next());
            }
        });

        assertThat(e.pointer()).isEqualTo("/body/1/entries/3/colour");
        assertThat(e.getMessage()).contains("unknown field 'colour'");
        assertThat(e.line()).isEqualTo(lineOf(text, "\"colour\""));
        assertThat(e.column()).isPositive();
        assertThat(returned).extracting(s -> s.unit().value()).containsExactly("xa-an-binh");
        // The reader is spent: it says the same again and never returns the rest.
        assertThat(catchThrowableOfType(DocumentException.class, reader::hasNext))
                .isSameAs(e);
        assertThat(catchThrowableOfType(DocumentException.class, reader::next)).isSameAs(e);
    }

    @Test
    void domainRuleBrokenInAnElement_pointsAtTheField() {
        String text = read("assessments.json").replace("\"criterion\" : \"I.2\"", "\"criterion\" : \"I.1\"");

        DocumentException e = failure(() -> drain(JSON.stream(DocumentKind.ASSESSMENTS, text(text))));

        assertThat(e.pointer()).startsWith("/body/0/entries");
        assertThat(e.getMessage()).contains("I.1").contains("each value once");
        assertThat(e.getCause()).hasRootCauseInstanceOf(ValidationException.class);
        assertThat(e.line()).isPositive();
    }

    @Test
    void wrongTypeInALaterElement_pointsAtIt() {
        String text = read("ballots.json").replace("\"round\" : 1", "\"round\" : \"một\"");

        DocumentException e = failure(() -> drain(JSON.stream(DocumentKind.BALLOTS, text(text))));

        assertThat(e.pointer()).isEqualTo("/body/0/ballots/0/round");
        assertThat(e.line()).isEqualTo(lineOf(text, "\"round\" : \"một\""));
    }

    @Test
    void syntaxErrorInAnElement_givesThePointerAndLine() {
        String text =
                read("covenants.json").replaceFirst("\"signedOn\" : \"2024-02-01\",", "\"signedOn\" : \"2024-02-01\"");

        DocumentException e = failure(() -> drain(JSON.stream(DocumentKind.COVENANTS, text(text))));

        assertThat(e.getMessage()).contains("syntax error");
        assertThat(e.pointer()).startsWith("/body/1/");
        assertThat(e.line()).isEqualTo(lineOf(text, "\"signedOn\" : \"2024-02-01\"") + 1);
    }

    @Test
    void duplicateKeyInAnElement_isRefused() {
        String text = read("assessments.json")
                .replaceFirst("\"unit\" : \"xa-tan-phu\",", "\"unit\" : \"xa-tan-phu\", \"unit\" : \"x\",");

        DocumentException e = failure(() -> drain(JSON.stream(DocumentKind.ASSESSMENTS, text(text))));

        assertThat(e.getMessage()).contains("duplicate key");
        assertThat(e.pointer()).isEqualTo("/body/1/unit");
        assertThat(e.line()).isEqualTo(lineOf(text, "\"unit\" : \"x\""));
    }

    @Test
    void nullElement_isRefused_byTheStreamAndByRead() {
        String text = envelope("assessments", "[null]");

        DocumentException streamed = failure(() -> drain(JSON.stream(DocumentKind.ASSESSMENTS, text(text))));
        DocumentException whole = failure(() -> JSON.read(DocumentKind.ASSESSMENTS, text));

        assertThat(streamed.pointer()).isEqualTo("/body/0");
        assertThat(whole.pointer()).isEqualTo("/body/0");
        assertThat(streamed.getMessage()).contains("an element, not null");
    }

    @Test
    void truncatedDocument_isASyntaxErrorAfterTheCompleteElements() {
        String full = read("assessments.json");
        String text = full.substring(0, full.indexOf("\"unit\" : \"xa-hoa-loi\"") + 10);
        List<Object> returned = new ArrayList<>();

        DocumentException e = failure(() -> {
            try (DocumentReader<Object> reader = JSON.stream(DocumentKind.ASSESSMENTS, text(text))) {
                while (reader.hasNext()) {
                    returned.add(reader.next());
                }
            }
        });

        assertThat(e.getMessage()).contains("syntax error");
        assertThat(returned).hasSize(2);
    }

    @Test
    void yamlElementInError_hasItsLineToo() {
        String text = read("assessments.yaml").replace("  leaderDiscipline: REPRIMAND", "  leaderDiscipline: FIRED");
        assertThat(text).contains("FIRED");

        DocumentException e = failure(() -> drain(YAML.stream(DocumentKind.ASSESSMENTS, text(text))));

        assertThat(e.pointer()).matches("/body/\\d/leaderDiscipline");
        assertThat(e.line()).isEqualTo(lineOf(text, "FIRED"));
        assertThat(e.getMessage()).contains("FIRED");
    }

    // ---- limits

    @Test
    void elementLimit_appliesToTheArraysInsideAnElement_notToTheBody() {
        // Sheets have 5 fields and 5 entries; a body of 16 of them stays under a limit of 5.
        List<AssessmentSheet> sixteen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sixteen.addAll(DocumentSamples.sheets());
        }
        Documents five = JSON.withLimits(DocumentLimits.defaults().withMaxElements(5));
        String text = JSON.write(DocumentKind.ASSESSMENTS, sixteen);

        assertThat(drain(five.stream(DocumentKind.ASSESSMENTS, text(text)))).isEqualTo(16);
        assertThat(failure(() -> five.read(DocumentKind.ASSESSMENTS, text)).getMessage())
                .contains("too many elements (16); at most 5");

        Documents four = JSON.withLimits(DocumentLimits.defaults().withMaxElements(4));
        DocumentException e = failure(() -> drain(four.stream(DocumentKind.ASSESSMENTS, text(text))));
        assertThat(e.pointer()).isEqualTo("/body/0/entries");
        assertThat(e.getMessage()).contains("too many elements (more than 4); at most 4");
        assertThat(e.line()).isEqualTo(lineOf(text, "\"criterion\" : \"D\"") - 1);
    }

    @Test
    void elementLimit_namesTheInnerArray() {
        Documents three = JSON.withLimits(DocumentLimits.defaults().withMaxElements(6));
        String text = read("covenants.json");

        DocumentException e = failure(() -> drain(three.stream(DocumentKind.COVENANTS, text(text))));

        // The first covenant's cluster has roles, members and ... ; its body object has 10 fields.
        assertThat(e.getMessage()).contains("at most 6");
        assertThat(e.pointer()).startsWith("/body/0");
        assertThat(e.line()).isPositive();
    }

    @Test
    void elementLimit_countsTheEntriesOfOneSheet() {
        String text = read("assessments.json");
        Documents fewEntries = JSON.withLimits(new DocumentLimits(64L << 20, 64, 100_000, 64, 5));
        // Exactly 5 entries per sheet: accepted; one more in the third sheet: refused there.
        assertThat(drain(fewEntries.stream(DocumentKind.ASSESSMENTS, text(text))))
                .isEqualTo(4);
        String sixth = text.replace(
                "\"criterion\" : \"II\",\n      \"points\" : {\n        \"SELF\" : 24,",
                "\"criterion\" : \"III\"\n    }, {\n      \"criterion\" : \"II\",\n      \"points\" : {\n        \"SELF\" : 24,");
        assertThat(sixth).contains("\"III\"");

        DocumentException e = failure(() -> drain(fewEntries.stream(DocumentKind.ASSESSMENTS, text(sixth))));

        assertThat(e.pointer()).isEqualTo("/body/2/entries");
        assertThat(e.getMessage()).contains("more than 5");
    }

    @Test
    void sizeLimit_appliesToEachElement_notToTheDocument() {
        String text = read("assessments.json");
        int sheetSize = text.indexOf("\"unit\" : \"xa-tan-phu\"") - text.indexOf("\"unit\" : \"xa-an-binh\"");
        Documents small = JSON.withLimits(DocumentLimits.defaults().withMaxBytes(sheetSize + 100L));
        assertThat(text.length()).isGreaterThan(3 * (sheetSize + 100));

        assertThat(drain(small.stream(DocumentKind.ASSESSMENTS, text(text)))).isEqualTo(4);
        assertThat(failure(() -> small.read(DocumentKind.ASSESSMENTS, text)).getMessage())
                .contains("larger than the limit");

        Documents tiny = JSON.withLimits(DocumentLimits.defaults().withMaxBytes(200));
        DocumentException e = failure(() -> drain(tiny.stream(DocumentKind.ASSESSMENTS, text(text))));
        assertThat(e.pointer()).isEqualTo("/body/0");
        assertThat(e.getMessage()).contains("the element is larger than the limit of 200 bytes");
    }

    @Test
    void depthLimit_isEnforcedInsideAnElement() {
        // A criterion kind is held whole before it is read: nesting inside it reaches the parser.
        String deep = "[".repeat(100) + "]".repeat(100);
        String text = read("covenants.json")
                .replaceFirst("\"kind\" : \"qualitative\",", "\"kind\" : \"qualitative\", \"deep\" : " + deep + ",");

        DocumentException e = failure(() -> drain(JSON.stream(DocumentKind.COVENANTS, text(text))));

        assertThat(e.getMessage()).contains("exceeds a limit").contains("nesting depth");
        assertThat(e.pointer()).startsWith("/body/0/scoringTable/roots/");
        assertThat(e.line()).isEqualTo(lineOf(text, "\"deep\""));
    }

    @Test
    void stringAndNumberLimits_areEnforcedInsideAnElement() {
        Documents small = JSON.withLimits(new DocumentLimits(1 << 20, 64, 100, 10, 1000));
        String longId = envelope("assessments", "[{\"unit\":\"" + "a".repeat(101) + "\"}]");
        String longNumber = envelope(
                "assessments",
                "[{\"unit\":\"a\",\"entries\":[{\"criterion\":\"I\",\"actual\":" + "1".repeat(11) + "}]}]");

        DocumentException string = failure(() -> drain(small.stream(DocumentKind.ASSESSMENTS, text(longId))));
        DocumentException number = failure(() -> drain(small.stream(DocumentKind.ASSESSMENTS, text(longNumber))));

        assertThat(string.getMessage()).contains("exceeds a limit");
        assertThat(string.pointer()).startsWith("/body/0");
        assertThat(number.getMessage()).contains("exceeds a limit");
        assertThat(number.pointer()).startsWith("/body/0/entries/0");
    }

    @Test
    void yaml_limitsApplyAsInJson() {
        Documents four = YAML.withLimits(DocumentLimits.defaults().withMaxElements(4));

        DocumentException e = failure(() -> drain(four.stream(DocumentKind.ASSESSMENTS, golden("assessments.yaml"))));

        assertThat(e.pointer()).isEqualTo("/body/0/entries");
        assertThat(e.getMessage()).contains("more than 4");
        assertThat(e.line()).isPositive();
    }

    // ---- memory

    @Test
    void twentyThousandSheets_areReadWhileHoldingOnlyAWindowOfTheFile() throws IOException {
        readsAWindowOnly(JSON, 20_000);
    }

    @Test
    void yamlSheets_areStreamedToo() throws IOException {
        readsAWindowOnly(YAML, 2_000);
    }

    private void readsAWindowOnly(Documents format, int count) throws IOException {
        Path file = dir.resolve("sheets." + format.format().name().toLowerCase(java.util.Locale.ROOT));
        AssessmentSheet template = DocumentSamples.sheets().get(0);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file));
                DocumentWriter<AssessmentSheet> writer = format.streamWriter(DocumentKind.ASSESSMENTS, out)) {
            for (int i = 0; i < count; i++) {
                writer.write(AssessmentSheet.builder()
                        .unit(io.github.thidua.core.Id.of(String.format("u%06d", i)))
                        .period(template.period())
                        .addEntries(template.entries().get(0))
                        .build());
            }
        }
        long size = Files.size(file);
        long[] consumed = {0};
        try (InputStream raw = Files.newInputStream(file);
                InputStream counting = new java.io.FilterInputStream(raw) {
                    @Override
                    public int read() throws IOException {
                        int b = super.read();
                        consumed[0] += b < 0 ? 0 : 1;
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = super.read(b, off, len);
                        consumed[0] += Math.max(n, 0);
                        return n;
                    }
                };
                DocumentReader<AssessmentSheet> reader = format.stream(DocumentKind.ASSESSMENTS, counting)) {
            long window = 64 * 1024;
            int read = 0;
            long mostAhead = Long.MIN_VALUE;
            while (reader.hasNext()) {
                AssessmentSheet sheet = reader.next();
                read++;
                if (!sheet.unit().value().equals(String.format("u%06d", read - 1))) {
                    throw new AssertionError("sheet " + read + " is " + sheet.unit());
                }
                // Every sheet takes the same room: after the n-th, about n/count of the file is read.
                mostAhead = Math.max(mostAhead, consumed[0] - size * read / count);
            }
            assertThat(mostAhead).as("bytes read ahead of the sheets returned").isLessThanOrEqualTo(window);
            assertThat(read).isEqualTo(count);
            assertThat(consumed[0]).isEqualTo(size);
        }
    }

    // ---- helpers

    private static int drain(DocumentReader<?> reader) {
        try (reader) {
            int n = 0;
            while (reader.hasNext()) {
                reader.next();
                n++;
            }
            return n;
        }
    }

    private static DocumentException failure(Runnable run) {
        DocumentException e = catchThrowableOfType(DocumentException.class, run::run);
        assertThat(e).as("a DocumentException").isNotNull();
        return e;
    }

    private static String element(Object value) {
        try {
            return JSON.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String envelope(String kind, String body) {
        return "{\"kind\":\"" + kind + "\",\"version\":1,\"body\":" + body + "}";
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream golden(String file) {
        return text(read(file));
    }

    private static String read(String file) {
        try {
            return Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    @Test
    void stream_yamlAliasOrTag_isRefusedAtTheElement_afterTheElementsBeforeIt() {
        List<AssessmentSheet> sheets = List.of(CoreSamples.assessmentSheet(), CoreSamples.assessmentSheet());
        String yaml = YAML.write(DocumentKind.ASSESSMENTS, sheets);
        int second = yaml.indexOf("\n- unit:", yaml.indexOf("- unit:") + 1);
        String aliased = yaml.substring(0, second) + yaml.substring(second).replaceFirst("unit: (\\S+)", "unit: *u");
        List<AssessmentSheet> read = new ArrayList<>();
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> {
            try (DocumentReader<AssessmentSheet> reader = YAML.stream(
                    DocumentKind.ASSESSMENTS, new ByteArrayInputStream(aliased.getBytes(StandardCharsets.UTF_8)))) {
                reader.forEachRemaining(read::add);
            }
        });
        assertThat(read).hasSize(1);
        assertThat(e.pointer()).isEqualTo("/body/1/unit");
        assertThat(e.getMessage()).contains("YAML alias '*u'");
    }

    @Test
    void stream_numberBeyondWhatADecimalHolds_isRefusedAtTheNumber() {
        String text = "{\"kind\":\"assessments\",\"version\":1,\"body\":[{\"unit\":\"u\",\"entries\":"
                + "[{\"criterion\":\"I\",\"actual\":1E+2147483648}]}]}";
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> {
            try (DocumentReader<AssessmentSheet> reader = JSON.stream(
                    DocumentKind.ASSESSMENTS, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
                reader.forEachRemaining(sheet -> {});
            }
        });
        assertThat(e.pointer()).isEqualTo("/body/0/entries/0/actual");
        assertThat(e.getMessage()).contains("number out of range");
    }
}
