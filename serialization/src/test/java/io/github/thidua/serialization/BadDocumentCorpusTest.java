package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.thidua.core.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus of documents: every case of {@code src/test/resources/bad-input/cases.yaml}
 * is read by {@link Documents#read(DocumentKind, Path)} and, for the list kinds, by the streaming
 * reader; each must end in a {@link DocumentException}, never in another exception and never in a
 * value, with exactly the manifest's JSON Pointer, its message fragments and a message in both
 * languages.
 *
 * <p>Nothing partial: the whole-document reader returns nothing when it throws. The streaming
 * reader returns elements one by one; by design each element it returned was read and checked
 * whole before it was returned, so it is valid and complete, and the manifest says how many come
 * before the refusal ({@code returned}). After the refusal the reader returns nothing more: every
 * later {@code hasNext()} and {@code next()} throws the same exception.
 */
class BadDocumentCorpusTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");

    // Immutable and thread-safe: one reader per format for the whole corpus.
    private static final Documents JSON = Documents.json();
    private static final Documents YAML = Documents.yaml();
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "documents");

    /** What can be wrong with a document, as the manifest names it. */
    static final Set<String> CATEGORIES = Set.of(
            "missing-field",
            "unknown-field",
            "wrong-type",
            "out-of-range",
            "huge-number",
            "duplicate-id",
            "duplicate-key",
            "reference",
            "inconsistent",
            "formula",
            "depth-bomb",
            "size-bomb",
            "yaml-bomb",
            "java-class",
            "long-string",
            "invalid-unicode",
            "envelope",
            "syntax");

    /** The fewest cases each document kind must have. */
    static final int MIN_PER_KIND = 20;

    /** The fewest cases the corpus must have. */
    static final int MIN_TOTAL = 150;

    /** One case of the manifest; see the manifest's header for the fields. */
    record Case(
            String id,
            String file,
            String generated,
            String kind,
            String format,
            String category,
            String description,
            String pointer,
            String en,
            String vi,
            Integer returned,
            String streamPointer,
            String streamEn) {

        DocumentKind documentKind() {
            return DocumentKind.byName(kind).orElseThrow(() -> new AssertionError(id + ": unknown kind " + kind));
        }

        Documents documents() {
            return switch (format) {
                case "json" -> JSON;
                case "yaml" -> YAML;
                default -> throw new AssertionError(id + ": unknown format " + format);
            };
        }

        /** Opens the document: the file, or the one the test generates. */
        InputStream open() {
            if (generated != null) {
                Supplier<InputStream> generator = GENERATORS.get(generated);
                if (generator == null) {
                    throw new AssertionError(id + ": no generator " + generated);
                }
                return generator.get();
            }
            try {
                return Files.newInputStream(CORPUS.resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int expectedReturned() {
            return returned == null ? 0 : returned;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** The manifest. */
    record Manifest(List<Case> cases) {}

    private static final List<Case> CASES = load();

    private static List<Case> load() {
        try {
            return new YAMLMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(CORPUS.resolve("cases.yaml").toFile(), Manifest.class)
                    .cases();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- documents too big to commit

    /** The generated documents, by the name the manifest gives them. */
    private static final Map<String, Supplier<InputStream>> GENERATORS = Map.of(
            "yaml-string-over-limit",
            () -> text(golden("result.yaml").replaceFirst("cluster: cum-xa-1", "cluster: " + "x".repeat(100_001))),
            "json-string-over-limit",
            () -> text(golden("cluster.json")
                    .replaceFirst("Cụm thi đua các tỉnh miền núi phía Bắc", "Cụm ".repeat(25_001))),
            "too-many-events",
            () -> text("{\"kind\": \"assessments\", \"version\": 1, \"body\": [{\"unit\": \"xa-an-binh\", \"period\":"
                    + " {\"kind\": \"YEAR\", \"start\": \"2024-01-01\", \"end\": \"2024-12-31\"}, \"events\": ["
                    + String.join(",", Collections.nCopies(1_000_001, "\"e\"")) + "]}]}"),
            "over-byte-limit",
            () -> new SequenceInputStream(
                    text("{\"kind\": \"assessments\", \"version\": 1, \"body\": [{\"unit\": \"xa-an-binh\""),
                    new SequenceInputStream(spaces((64L << 20) + 1), text("}]}"))),
            "too-many-covenants",
            () -> text("{\"kind\": \"covenants\", \"version\": 1, \"body\": ["
                    + String.join(",", Collections.nCopies(1_000_001, "null")) + "]}"));

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code count} spaces, made as they are read. */
    private static InputStream spaces(long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
    }

    private static String golden(String file) {
        try {
            return Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the cases

    @TestFactory
    Stream<DynamicTest> everyCase_readWhole_isRefusedWhereTheManifestSays_andReturnsNothing() {
        return CASES.stream().map(c -> dynamicTest(c.id(), () -> assertRefusedWhole(c)));
    }

    @TestFactory
    Stream<DynamicTest> everyListCase_readElementByElement_isRefused_afterTheValidElementsBeforeIt() {
        return CASES.stream()
                .filter(c -> c.documentKind().elementType().isPresent())
                .map(c -> dynamicTest(c.id(), () -> assertRefusedStreaming(c)));
    }

    /** Reads the case whole and checks the refusal. */
    static void assertRefusedWhole(Case c) {
        assertRefused(c, () -> {
            if (c.file() != null) {
                // Through the file, as callers read documents.
                return c.documents().read(c.documentKind(), CORPUS.resolve(c.file()));
            }
            try (InputStream in = c.open()) {
                return c.documents().read(c.documentKind(), in);
            }
        });
    }

    /** Calls a reader that must refuse the case's document, and checks the refusal. */
    static void assertRefused(Case c, Callable<Object> read) {
        Object result;
        try {
            result = read.call();
        } catch (DocumentException e) {
            assertProblem(c, e, c.pointer(), c.en(), c.vi());
            return;
        } catch (Throwable t) {
            throw new AssertionError(c.id() + ": expected a DocumentException, got " + t, t);
        }
        throw new AssertionError(c.id() + ": expected a DocumentException, but the reader returned "
                + (result == null ? "null" : result.getClass().getSimpleName()));
    }

    /** Reads the case element by element and checks the refusal and what came before it. */
    static void assertRefusedStreaming(Case c) {
        Class<?> element = c.documentKind().elementType().orElseThrow();
        String pointer = c.streamPointer() == null ? c.pointer() : c.streamPointer();
        String en = c.streamEn() == null ? c.en() : c.streamEn();
        // The Vietnamese fragment belongs to the whole-document refusal when the two differ.
        String vi = c.streamPointer() == null && c.streamEn() == null ? c.vi() : null;
        List<Object> returned = new ArrayList<>();
        DocumentReader<Object> reader = null;
        try (InputStream in = c.open()) {
            try {
                reader = c.documents().stream(c.documentKind(), in);
                while (reader.hasNext()) {
                    returned.add(reader.next());
                }
            } catch (DocumentException e) {
                assertProblem(c, e, pointer, en, vi);
                assertThat(returned)
                        .as("%s: the valid elements returned before the refusal", c.id())
                        .hasSize(c.expectedReturned())
                        .allSatisfy(e2 -> assertThat(e2).isInstanceOf(element));
                if (reader != null) {
                    DocumentReader<Object> failed = reader;
                    assertThat(failed.count()).isEqualTo(returned.size());
                    assertThatThrownBy(failed::hasNext)
                            .as("%s: nothing after the refusal", c.id())
                            .isSameAs(e);
                    assertThatThrownBy(failed::next)
                            .as("%s: nothing after the refusal", c.id())
                            .isSameAs(e);
                }
                return;
            } finally {
                if (reader != null) {
                    reader.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(c.id() + ": expected a DocumentException, got " + t, t);
        }
        throw new AssertionError(c.id() + ": expected a DocumentException, but the reader returned all "
                + returned.size() + " elements");
    }

    /** The refusal says where and what, in both languages, with no bare NullPointerException behind it. */
    static void assertProblem(Case c, DocumentException e, String pointer, String en, String vi) {
        assertThat(e.pointer())
                .as("%s: the pointer of %s", c.id(), e.getMessage())
                .isEqualTo(pointer);
        assertThat(e.getMessage()).as("%s: the English message", c.id()).contains(en);
        String vietnamese = e.getMessage(Text.VIETNAMESE);
        if (vi != null) {
            assertThat(vietnamese).as("%s: the Vietnamese message", c.id()).contains(vi);
        }
        String where = e.pointer().isEmpty() ? "/" : e.pointer();
        String enPrefix = where + (e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")" : "") + ": ";
        String viPrefix = where + (e.line() > 0 ? " (dòng " + e.line() + ", cột " + e.column() + ")" : "") + ": ";
        assertThat(e.getMessage(Locale.ENGLISH))
                .as("%s: English message", c.id())
                .startsWith(enPrefix);
        assertThat(vietnamese).as("%s: Vietnamese message", c.id()).startsWith(viPrefix);
        String enProblem = e.getMessage(Locale.ENGLISH).substring(enPrefix.length());
        String viProblem = vietnamese.substring(viPrefix.length());
        assertThat(viProblem)
                .as("%s: the problem in Vietnamese, not English: %s", c.id(), viProblem)
                .isNotEqualTo(enProblem)
                .matches(
                        s -> s.codePoints().anyMatch(BadDocumentCorpusTest::isVietnameseLetter),
                        "has Vietnamese letters");
        assertThat(e.line() > 0).as("%s: a line comes with its column", c.id()).isEqualTo(e.column() > 0);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(t).as("%s: the causes", c.id()).isNotInstanceOf(NullPointerException.class);
        }
    }

    // Letters with Vietnamese diacritics, and đ: Latin-1 Supplement to Latin Extended Additional.
    private static boolean isVietnameseLetter(int point) {
        return Character.isLetter(point) && point >= 0xC0 && point <= 0x1EFF;
    }

    // ---- the manifest itself

    @Test
    void manifest_andFolder_listTheSameFiles() throws IOException {
        Set<String> listed =
                CASES.stream().map(Case::file).filter(f -> f != null).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            present = files.filter(Files::isRegularFile)
                    .map(f -> CORPUS.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("cases.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(present).as("files in the folder").containsExactlyElementsOf(listed);
        assertThat(CASES.stream().map(Case::file).filter(f -> f != null))
                .as("each file once")
                .doesNotHaveDuplicates();
    }

    @Test
    void manifest_everyCase_isWellFormed() {
        assertThat(CASES).extracting(Case::id).doesNotHaveDuplicates();
        for (Case c : CASES) {
            assertThat(c.file() == null)
                    .as("%s: a file or a generator, not both", c.id())
                    .isNotEqualTo(c.generated() == null);
            assertThat(c.id()).as("id").startsWith(c.kind() + "/");
            assertThat(c.documentKind()).isNotNull();
            assertThat(c.documents()).isNotNull();
            assertThat(CATEGORIES).as("%s: category", c.id()).contains(c.category());
            assertThat(c.description()).as("%s: description", c.id()).isNotBlank();
            assertThat(c.pointer()).as("%s: pointer", c.id()).matches(p -> p.isEmpty() || p.startsWith("/"));
            assertThat(c.en()).as("%s: English fragment", c.id()).isNotBlank();
            if (c.file() != null) {
                assertThat(c.file()).as("%s: file", c.id()).endsWith("." + c.format());
            } else {
                assertThat(GENERATORS).as("%s: generator", c.id()).containsKey(c.generated());
            }
            if (c.returned() != null || c.streamPointer() != null || c.streamEn() != null) {
                assertThat(c.documentKind().elementType())
                        .as("%s: stream fields on a list kind", c.id())
                        .isPresent();
            }
        }
        assertThat(GENERATORS.keySet())
                .as("every generator is used")
                .isEqualTo(CASES.stream()
                        .map(Case::generated)
                        .filter(g -> g != null)
                        .collect(Collectors.toSet()));
    }

    @Test
    void manifest_hasEnoughCasesOfEveryKind_andOfTheRiskiestCategories() {
        Map<String, Long> byKind =
                CASES.stream().collect(Collectors.groupingBy(Case::kind, TreeMap::new, Collectors.counting()));
        assertThat(byKind.keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(DocumentKind.values())
                        .map(DocumentKind::documentName)
                        .toList());
        assertThat(byKind.values()).as("cases per kind: %s", byKind).allMatch(n -> n >= MIN_PER_KIND);
        assertThat(CASES).as("cases").hasSizeGreaterThanOrEqualTo(MIN_TOTAL);
        Map<String, Long> byCategory =
                CASES.stream().collect(Collectors.groupingBy(Case::category, TreeMap::new, Collectors.counting()));
        assertThat(byCategory.keySet()).as("every category has cases").isEqualTo(CATEGORIES);
        // Every kind meets each of these at least once.
        for (String category : List.of("missing-field", "unknown-field", "wrong-type", "duplicate-key", "envelope")) {
            Set<String> kinds = CASES.stream()
                    .filter(c -> c.category().equals(category))
                    .map(Case::kind)
                    .collect(Collectors.toSet());
            assertThat(kinds).as("kinds with %s cases", category).hasSize(DocumentKind.values().length);
        }
    }

    // ---- the checkers can fail

    private static Case planted(String pointer, String en, String vi) {
        return new Case(
                "cluster/planted",
                "cluster/planted.json",
                null,
                "cluster",
                "json",
                "missing-field",
                "a planted bug",
                pointer,
                en,
                vi,
                null,
                null,
                null);
    }

    private static DocumentException refusal(String pointer, Text problem) {
        return new DocumentException(pointer, 3, 7, null, problem, null);
    }

    @Test
    void checker_failsOnPlantedBugs_andPassesTheRealThing() {
        Case c = planted("/body/name", "missing", "thiếu");
        Text bilingual = Text.of("thiếu giá trị; cho phép: một giá trị", "missing; allowed: a value");
        Function<DocumentException, Callable<Object>> throwing = e -> () -> {
            throw e;
        };

        assertRefused(c, throwing.apply(refusal("/body/name", bilingual)));

        // A partial result: the reader returned instead of refusing.
        assertThatThrownBy(() -> assertRefused(c, () -> "a half-read cluster")).isInstanceOf(AssertionError.class);
        // Another exception type, such as a bare NullPointerException.
        assertThatThrownBy(() -> assertRefused(c, () -> {
                    throw new NullPointerException("name");
                }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("NullPointerException");
        // A NullPointerException wrapped in the right type.
        assertThatThrownBy(() -> assertRefused(
                        c,
                        throwing.apply(new DocumentException(
                                "/body/name", 3, 7, null, bilingual, new NullPointerException("name")))))
                .isInstanceOf(AssertionError.class);
        // The wrong place.
        assertThatThrownBy(() -> assertRefused(c, throwing.apply(refusal("/body", bilingual))))
                .isInstanceOf(AssertionError.class);
        // A message in English only.
        assertThatThrownBy(() -> assertRefused(c, throwing.apply(refusal("/body/name", Text.of("missing", "missing")))))
                .isInstanceOf(AssertionError.class);
        // Another message.
        assertThatThrownBy(() ->
                        assertRefused(c, throwing.apply(refusal("/body/name", Text.of("trùng lặp", "a duplicate")))))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void streamingChecker_failsWhenMoreElementsComeBeforeTheRefusalThanTheManifestSays() {
        Case real = CASES.stream()
                .filter(c -> c.expectedReturned() > 0 && c.file() != null)
                .findFirst()
                .orElseThrow();
        assertRefusedStreaming(real);
        Case wrong = new Case(
                real.id(),
                real.file(),
                null,
                real.kind(),
                real.format(),
                real.category(),
                real.description(),
                real.pointer(),
                real.en(),
                real.vi(),
                real.expectedReturned() - 1,
                real.streamPointer(),
                real.streamEn());
        assertThatThrownBy(() -> assertRefusedStreaming(wrong)).isInstanceOf(AssertionError.class);
    }
}
