package io.github.thidua.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Covenant;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.Documents;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Writes a workload as documents for the command-line tool: {@code policy.yaml}, {@code
 * covenants.json} (one document of kind {@code covenants}: the clusters' covenants in index order)
 * and {@code assessments.json} (one document of kind {@code assessments}: every unit's sheet,
 * grouped by cluster in the covenants' order). Both lists are streamed, one cluster at a time, so
 * a million units never sit in memory at once; large files belong under {@code target/}.
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl benchmarks -am package -DskipTests exec:exec@workload-files \
 *     -Dworkload.args="--units 1000000 --seed 42 --out target/workload"
 * }</pre>
 *
 * <p>Options: {@code --units N} (a multiple of 8; 1000 by default), {@code --seed S} (42), {@code
 * --out DIR} ({@code target/workload}).
 */
public final class WorkloadFiles {

    /** The document kind of a list of covenants, as the command-line tool's batch mode reads it. */
    static final String COVENANTS_KIND = "covenants";

    /** The format version of a {@code covenants} document. */
    static final int COVENANTS_VERSION = 1;

    private WorkloadFiles() {}

    /**
     * Writes the documents.
     *
     * @param args the options, see the class description
     * @throws IOException if a file cannot be written
     */
    public static void main(String... args) throws IOException {
        int units = 1000;
        long seed = 42L;
        Path out = Path.of("target", "workload");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--units" -> units = Integer.parseInt(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; usage: WorkloadFiles [--units N] [--seed S] [--out DIR]");
            }
        }
        long start = System.nanoTime();
        write(Workloads.units(units, seed), out);
        System.out.printf(
                Locale.ROOT,
                "wrote %,d units in %,d clusters to %s in %.1f s:%n",
                units,
                units / Workloads.CLUSTER_SIZE,
                out.toAbsolutePath(),
                (System.nanoTime() - start) / 1e9);
        for (String name : new String[] {"policy.yaml", "covenants.json", "assessments.json"}) {
            System.out.printf(Locale.ROOT, "  %-17s %,15d bytes%n", name, Files.size(out.resolve(name)));
        }
    }

    /**
     * Writes the policy, covenants and assessments of a workload into a folder, creating it.
     *
     * @param workload the workload
     * @param folder the folder
     * @throws IOException if a file cannot be written
     */
    static void write(UnitWorkload workload, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (OutputStream policy = Files.newOutputStream(folder.resolve("policy.yaml"))) {
            Documents.yaml().write(DocumentKind.POLICY, Workloads.policy(), policy);
        }
        ObjectMapper mapper = Documents.json().mapper();
        // Compact, and no flush after every value (a write per sheet): the files are large.
        ObjectWriter compact = mapper.writer()
                .without(SerializationFeature.INDENT_OUTPUT, SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        ObjectWriter covenantWriter = compact.forType(Covenant.class);
        ObjectWriter sheetWriter = compact.forType(AssessmentSheet.class);
        try (OutputStream covenantFile = buffered(folder.resolve("covenants.json"));
                OutputStream sheetFile = buffered(folder.resolve("assessments.json"));
                JsonGenerator covenants = compact.createGenerator(covenantFile);
                JsonGenerator sheets = compact.createGenerator(sheetFile)) {
            start(covenants, COVENANTS_KIND, COVENANTS_VERSION);
            start(sheets, DocumentKind.ASSESSMENTS.documentName(), DocumentKind.ASSESSMENTS.currentVersion());
            Iterator<EvaluationInput> inputs = workload.inputs();
            while (inputs.hasNext()) {
                EvaluationInput input = inputs.next();
                covenantWriter.writeValue(covenants, input.covenant());
                for (AssessmentSheet sheet : input.sheets()) {
                    sheetWriter.writeValue(sheets, sheet);
                }
            }
            end(covenants);
            end(sheets);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static OutputStream buffered(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    private static void start(JsonGenerator g, String kind, int version) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", kind);
        g.writeNumberField("version", version);
        g.writeFieldName("body");
        g.writeStartArray();
    }

    private static void end(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }
}
