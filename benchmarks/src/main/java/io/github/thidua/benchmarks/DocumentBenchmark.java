package io.github.thidua.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.benchmarks.pojo.PojoDocument;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.scoring.Policy;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.Documents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing documents: the {@code assessments} document of the workload's sheets in
 * JSON (with plain Jackson reading the same bytes into POJOs as the baseline) and, for
 * information, in YAML; and the workload's policy in both formats. Every document is prepared
 * before timing; reading starts from its bytes.
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl benchmarks -am package -DskipTests exec:exec@jmh -Djmh.args="DocumentBenchmark"
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DocumentBenchmark {

    /** The sheets as a JSON {@code assessments} document, and as the equivalent POJO document. */
    @State(Scope.Benchmark)
    public static class Json {

        /** How many sheets the document holds (rounded up to whole clusters of 8). */
        @Param({"1000", "10000"})
        public int sheets;

        final Documents documents = Documents.json();
        final ObjectMapper plain = DocumentIoComparison.plainMapper();
        List<AssessmentSheet> values;
        byte[] thidua;
        byte[] pojo;
        ByteArrayOutputStream out;

        /** Writes the documents before timing. */
        @Setup
        public void setUp() {
            values = DocumentIoComparison.sheets(sheets);
            thidua = DocumentIoComparison.thiduaDocument(values);
            pojo = DocumentIoComparison.plainDocument(values);
            out = new ByteArrayOutputStream(thidua.length);
        }
    }

    /**
     * The sheets as a YAML {@code assessments} document: 1,000 sheets, as YAML is for documents
     * people write.
     */
    @State(Scope.Benchmark)
    public static class Yaml {

        /** How many sheets the document holds. */
        @Param({"1000"})
        public int yamlSheets;

        final Documents documents = Documents.yaml();
        List<AssessmentSheet> values;
        byte[] bytes;
        ByteArrayOutputStream out;

        /** Writes the document before timing. */
        @Setup
        public void setUp() {
            values = DocumentIoComparison.sheets(yamlSheets);
            bytes = documents.write(DocumentKind.ASSESSMENTS, values).getBytes(StandardCharsets.UTF_8);
            out = new ByteArrayOutputStream(bytes.length);
        }
    }

    /** The workload's policy (a 20-criterion table, rounding) as a JSON and a YAML document. */
    @State(Scope.Benchmark)
    public static class PolicyDocuments {

        final Documents json = Documents.json();
        final Documents yaml = Documents.yaml();
        byte[] jsonBytes;
        byte[] yamlBytes;

        /** Writes the documents before timing. */
        @Setup
        public void setUp() {
            jsonBytes = json.write(DocumentKind.POLICY, Workloads.policy()).getBytes(StandardCharsets.UTF_8);
            yamlBytes = yaml.write(DocumentKind.POLICY, Workloads.policy()).getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads the JSON assessments document with thidua: every check of the reader.
     *
     * @param state the document
     * @return the sheets
     */
    @Benchmark
    public List<AssessmentSheet> readJson(Json state) {
        return state.documents.read(DocumentKind.ASSESSMENTS, new ByteArrayInputStream(state.thidua));
    }

    /**
     * Reads the same bytes as POJOs with a plain {@code ObjectMapper}: the baseline.
     *
     * @param state the document
     * @return the POJO document
     */
    @Benchmark
    public PojoDocument readJsonPlainJackson(Json state) {
        return DocumentIoComparison.readPlain(state.plain, state.pojo);
    }

    /**
     * Writes the JSON assessments document with thidua.
     *
     * @param state the sheets
     * @return the document's size
     */
    @Benchmark
    public int writeJson(Json state) {
        state.out.reset();
        state.documents.write(DocumentKind.ASSESSMENTS, state.values, state.out);
        return state.out.size();
    }

    /**
     * Reads the YAML assessments document with thidua.
     *
     * @param state the document
     * @return the sheets
     */
    @Benchmark
    public List<AssessmentSheet> readYaml(Yaml state) {
        return state.documents.read(DocumentKind.ASSESSMENTS, new ByteArrayInputStream(state.bytes));
    }

    /**
     * Writes the YAML assessments document with thidua.
     *
     * @param state the sheets
     * @return the document's size
     */
    @Benchmark
    public int writeYaml(Yaml state) {
        state.out.reset();
        state.documents.write(DocumentKind.ASSESSMENTS, state.values, state.out);
        return state.out.size();
    }

    /**
     * Reads the JSON policy document.
     *
     * @param state the document
     * @return the policy
     */
    @Benchmark
    public Policy readPolicyJson(PolicyDocuments state) {
        return state.json.read(DocumentKind.POLICY, new ByteArrayInputStream(state.jsonBytes));
    }

    /**
     * Reads the YAML policy document.
     *
     * @param state the document
     * @return the policy
     */
    @Benchmark
    public Policy readPolicyYaml(PolicyDocuments state) {
        return state.yaml.read(DocumentKind.POLICY, new ByteArrayInputStream(state.yamlBytes));
    }
}
