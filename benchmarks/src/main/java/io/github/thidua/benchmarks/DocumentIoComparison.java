package io.github.thidua.benchmarks;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.thidua.benchmarks.pojo.PojoDocument;
import io.github.thidua.benchmarks.pojo.Pojos;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.DocumentLimits;
import io.github.thidua.serialization.DocumentReader;
import io.github.thidua.serialization.Documents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reading the {@code assessments} document with thidua against reading an equivalent POJO
 * document with plain Jackson databind: the same sheets, the same JSON field names and values,
 * read from byte arrays, with the throughput of each and their ratio.
 *
 * <pre>{@code
 * DocumentIoComparison.Figures f = DocumentIoComparison.measure(sheets, 5);
 * System.out.println(f.report()); // MB/s and sheets/s of each, thidua/plain
 * }</pre>
 *
 * <p>The plain side is {@code new ObjectMapper().readValue(bytes, new TypeReference<PojoDocument>()
 * {})} with {@code USE_BIG_DECIMAL_FOR_FLOATS}, over classes with public fields: Jackson's natural
 * fast path, nothing turned off. It checks the shape (unknown fields and enum constants fail by
 * default), no rule of the domain, and no duplicate keys. The thidua side is
 * {@link Documents#json()} with its default checks (envelope, duplicate keys, unknown fields,
 * limits, every domain rule, NFC); only the size and element limits are raised to fit the
 * document when it is larger than their defaults.
 *
 * <p>A third reading shows where thidua's time goes: the body alone, read by the reader's own
 * mapper as the reader's last step reads it (codecs and domain checks, without the envelope and
 * size checks that {@code Documents} makes first over a tree of the whole document).
 *
 * <p>Each reader is warmed up, then timed {@code repeats} times, the readers alternating and each
 * run after a {@code System.gc()}; the figures are the median run, with the best run and the
 * median CPU time of the process beside it. Before timing, every reading is converted to sheets
 * and must equal the sheets written.
 */
public final class DocumentIoComparison {

    private static final TypeReference<PojoDocument> POJO_DOCUMENT = new TypeReference<>() {};

    private DocumentIoComparison() {}

    /**
     * The times of one reader over the timed runs.
     *
     * @param medianSeconds the median wall-clock time of one reading
     * @param bestSeconds the best wall-clock time
     * @param medianCpuSeconds the median CPU time of the whole process during one reading (every
     *     thread, so the garbage collector's work counts; steadier than wall-clock time on a busy
     *     machine)
     */
    public record Timing(double medianSeconds, double bestSeconds, double medianCpuSeconds) {}

    /**
     * What one comparison measured.
     *
     * @param sheets the number of sheets in each document
     * @param thiduaBytes the size of the thidua document, in bytes
     * @param plainBytes the size of the POJO document, in bytes
     * @param runs the timed runs of each reader
     * @param thidua {@code Documents.json().read(ASSESSMENTS, ...)}: the whole reader
     * @param thiduaBody the body alone read by the same mapper, as the reader's last step does:
     *     the codecs and every domain check, without the envelope and size checks before it
     * @param plain plain Jackson reading the POJO document
     * @param thiduaStream {@code Documents.json().stream(ASSESSMENTS, ...)}: the streaming reader,
     *     one pass with the same checks, each sheet collected into a list
     */
    public record Figures(
            int sheets,
            long thiduaBytes,
            long plainBytes,
            int runs,
            Timing thidua,
            Timing thiduaBody,
            Timing plain,
            Timing thiduaStream) {

        /**
         * Returns thidua's reading throughput in sheets as a share of plain Jackson's (the same
         * work whatever the bytes): the target is 0.8 or more.
         *
         * @return thidua sheets/s ÷ plain sheets/s, median wall-clock runs
         */
        public double ratio() {
            return plain.medianSeconds() / thidua.medianSeconds();
        }

        /**
         * Returns the same ratio for the body alone.
         *
         * @return thidua body sheets/s ÷ plain sheets/s, median wall-clock runs
         */
        public double bodyRatio() {
            return plain.medianSeconds() / thiduaBody.medianSeconds();
        }

        /**
         * Returns the same ratio for the streaming reader.
         *
         * @return thidua streamed sheets/s ÷ plain sheets/s, median wall-clock runs
         */
        public double streamRatio() {
            return plain.medianSeconds() / thiduaStream.medianSeconds();
        }

        /**
         * Returns the figures as lines of text.
         *
         * @return the report
         */
        public String report() {
            return String.format(
                            Locale.ROOT,
                            "document reading, %,d sheets, median of %d runs after warm-up (best in brackets)%n",
                            sheets,
                            runs)
                    + line("thidua Documents.json().read", thiduaBytes, thidua)
                    + line("thidua body only (same mapper)", thiduaBytes, thiduaBody)
                    + line("thidua Documents.json().stream", thiduaBytes, thiduaStream)
                    + line("plain ObjectMapper->PojoDocument", plainBytes, plain)
                    + String.format(
                            Locale.ROOT,
                            "ratio thidua/plain: %.2f (best/best %.2f, cpu %.2f); body only/plain: %.2f (cpu %.2f);"
                                    + " streamed/plain: %.2f (cpu %.2f)",
                            ratio(),
                            plain.bestSeconds() / thidua.bestSeconds(),
                            plain.medianCpuSeconds() / thidua.medianCpuSeconds(),
                            bodyRatio(),
                            plain.medianCpuSeconds() / thiduaBody.medianCpuSeconds(),
                            streamRatio(),
                            plain.medianCpuSeconds() / thiduaStream.medianCpuSeconds());
        }

        private String line(String name, long bytes, Timing t) {
            return String.format(
                    Locale.ROOT,
                    "  %-33s %,12d bytes %8.1f MB/s %,9.0f sheets/s (best %,9.0f)  cpu %6.3f s%n",
                    name,
                    bytes,
                    bytes / 1e6 / t.medianSeconds(),
                    sheets / t.medianSeconds(),
                    sheets / t.bestSeconds(),
                    t.medianCpuSeconds());
        }
    }

    /**
     * Writes the sheets as both documents, checks that every reading gives them back, then times
     * the readings.
     *
     * @param sheets the sheets, not null, not empty
     * @param repeats the timed runs of each reader, 1 or more
     * @return the figures
     * @throws IllegalStateException if a reading does not give the sheets back
     */
    public static Figures measure(List<AssessmentSheet> sheets, int repeats) {
        requireNonNull(sheets, "sheets");
        if (sheets.isEmpty() || repeats < 1) {
            throw new IllegalArgumentException("need sheets and at least one run");
        }
        byte[] thiduaBytes = thiduaDocument(sheets);
        byte[] plainBytes = plainDocument(sheets);
        Documents documents = documentsFor(thiduaBytes.length, sheets.size());
        ObjectMapper thiduaMapper = documents.mapper();
        ObjectMapper plain = plainMapper();

        List<Runnable> readers = List.of(
                () -> check(readThidua(documents, thiduaBytes), sheets, "thidua's reading"),
                () -> check(readBody(thiduaMapper, thiduaBytes), sheets, "thidua's body reading"),
                () -> check(Pojos.sheets(readPlain(plain, plainBytes)), sheets, "plain Jackson's reading"),
                () -> check(readStreamed(documents, thiduaBytes), sheets, "thidua's streamed reading"));
        readers.forEach(Runnable::run);

        List<Runnable> timed = List.of(
                () -> readThidua(documents, thiduaBytes),
                () -> readBody(thiduaMapper, thiduaBytes),
                () -> readPlain(plain, plainBytes),
                () -> readStreamed(documents, thiduaBytes));
        int warmUps = Math.max(3, repeats / 2);
        for (int i = 0; i < warmUps; i++) {
            timed.forEach(Runnable::run);
        }
        double[][] wall = new double[timed.size()][repeats];
        double[][] cpu = new double[timed.size()][repeats];
        for (int i = 0; i < repeats; i++) {
            // Alternating, so that a busy moment of the machine falls on every reader alike.
            for (int r = 0; r < timed.size(); r++) {
                System.gc();
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                timed.get(r).run();
                wall[r][i] = (System.nanoTime() - start) / 1e9;
                cpu[r][i] = (processCpuNanos() - cpuStart) / 1e9;
            }
        }
        return new Figures(
                sheets.size(),
                thiduaBytes.length,
                plainBytes.length,
                repeats,
                timing(wall[0], cpu[0]),
                timing(wall[1], cpu[1]),
                timing(wall[2], cpu[2]),
                timing(wall[3], cpu[3]));
    }

    /**
     * Runs the comparison on a workload from {@link Workloads#clusters(int, long)} and prints it.
     *
     * @param args the number of sheets (default 100000, rounded up to whole clusters of 8) and
     *     the timed runs (default 5)
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<AssessmentSheet> sheets = sheets(count);
        System.out.println(measure(sheets, repeats).report());
    }

    /**
     * Returns the sheets of a workload of whole clusters.
     *
     * @param count the sheets wanted, rounded up to whole clusters of {@value Workloads#CLUSTER_SIZE}
     * @return the sheets, seed 42
     */
    static List<AssessmentSheet> sheets(int count) {
        int clusters = (count + Workloads.CLUSTER_SIZE - 1) / Workloads.CLUSTER_SIZE;
        List<AssessmentSheet> sheets = new ArrayList<>(clusters * Workloads.CLUSTER_SIZE);
        for (EvaluationInput input : Workloads.clusters(clusters, 42L)) {
            sheets.addAll(input.sheets());
        }
        return sheets;
    }

    /**
     * Returns the sheets as a thidua {@code assessments} document.
     *
     * @param sheets the sheets
     * @return the JSON bytes
     */
    static byte[] thiduaDocument(List<AssessmentSheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Documents.json().write(DocumentKind.ASSESSMENTS, sheets, out);
        return out.toByteArray();
    }

    /**
     * Returns the sheets as a POJO document, written by plain Jackson as thidua writes its own
     * (indented, decimals plain, absent optional fields left out).
     *
     * @param sheets the sheets
     * @return the JSON bytes
     */
    static byte[] plainDocument(List<AssessmentSheet> sheets) {
        try {
            return new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writeValueAsBytes(Pojos.document(sheets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns thidua's JSON documents with limits raised, when needed, to fit a document.
     *
     * @param bytes the size of the document
     * @param elements the elements of its largest array
     * @return the documents
     */
    static Documents documentsFor(long bytes, int elements) {
        DocumentLimits limits = DocumentLimits.defaults();
        return Documents.json()
                .withLimits(limits.withMaxBytes(Math.max(limits.maxBytes(), bytes))
                        .withMaxElements(Math.max(limits.maxElements(), elements)));
    }

    /**
     * Returns the plain mapper of the comparison.
     *
     * @return a new {@code ObjectMapper} reading decimals as {@code BigDecimal}
     */
    static ObjectMapper plainMapper() {
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    static List<AssessmentSheet> readThidua(Documents documents, byte[] bytes) {
        // read(kind, InputStream): the byte[] overload is private; readNBytes copies once.
        return documents.read(DocumentKind.ASSESSMENTS, new ByteArrayInputStream(bytes));
    }

    static List<AssessmentSheet> readStreamed(Documents documents, byte[] bytes) {
        List<AssessmentSheet> out = new java.util.ArrayList<>();
        try (DocumentReader<AssessmentSheet> reader =
                documents.stream(DocumentKind.ASSESSMENTS, new ByteArrayInputStream(bytes))) {
            reader.forEachRemaining(out::add);
        }
        return out;
    }

    static PojoDocument readPlain(ObjectMapper mapper, byte[] bytes) {
        try {
            return mapper.readValue(bytes, POJO_DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<AssessmentSheet> readBody(ObjectMapper mapper, byte[] bytes) {
        // The reader's last step: the body read by its mapper, the parser standing in the envelope.
        JavaType type = mapper.getTypeFactory().constructType(DocumentKind.ASSESSMENTS.bodyType());
        try (JsonParser p = mapper.createParser(bytes)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("body")) {
                    return mapper.readerFor(type)
                            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                            .readValue(p);
                }
                p.skipChildren();
            }
            throw new IllegalStateException("no body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(List<AssessmentSheet> read, List<AssessmentSheet> written, String what) {
        if (!read.equals(written)) {
            throw new IllegalStateException(what + " differs from the sheets written");
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Timing timing(double[] wall, double[] cpu) {
        double[] w = wall.clone();
        double[] c = cpu.clone();
        Arrays.sort(w);
        Arrays.sort(c);
        return new Timing(median(w), w[0], median(c));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
