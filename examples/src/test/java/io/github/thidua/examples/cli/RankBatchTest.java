package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Id;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.Registry;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.Documents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code thidua rank --covenants}: many clusters ranked from two documents read element by element,
 * exactly as each would be ranked alone; input errors and exit codes as documented.
 */
class RankBatchTest {

    private static final int CLUSTERS = 5;
    private static final long SEED = 7L;
    private static final String DATE = "2024-12-20";

    @TempDir
    static Path dir;

    static List<EvaluationInput> inputs;
    static BatchWorkload.Batch batch;

    @BeforeAll
    static void writeWorkload() throws IOException {
        inputs = BatchWorkload.inputs(CLUSTERS, SEED);
        batch = BatchWorkload.write(dir.resolve("batch"), CLUSTERS, SEED);
    }

    private static Run rank(Path covenants, Path assessments, String... options) {
        return rank(batch.policy(), covenants, assessments, options);
    }

    private static Run rank(Path policy, Path covenants, Path assessments, String... options) {
        String[] head = {
            "rank",
            "--policy",
            policy.toString(),
            "--covenants",
            covenants.toString(),
            "--assessments",
            assessments.toString(),
            "--decision-date",
            DATE
        };
        return Run.of(head, options);
    }

    private static Path write(String name, DocumentKind kind, Object body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, Documents.forFile(file).write(kind, body), StandardCharsets.UTF_8);
        return file;
    }

    private static List<AssessmentSheet> allSheets() {
        return inputs.stream().flatMap(i -> i.sheets().stream()).toList();
    }

    private static List<AssessmentSheet> reversedSheets() {
        List<AssessmentSheet> sheets = new ArrayList<>(allSheets());
        Collections.reverse(sheets);
        return sheets;
    }

    private static AssessmentSheet stranger() {
        AssessmentSheet model = allSheets().get(0);
        return AssessmentSheet.builder()
                .unit(Id.of("don-vi-la"))
                .period(model.period())
                .addAllEntries(model.entries())
                .build();
    }

    @Test
    void batchCsv_hasEveryClusterRankedExactlyAsTheSingleClusterModeRanksIt() throws IOException {
        Run run = rank(batch.covenants(), batch.assessments(), "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("cluster,rank,unit,name,total,band,band_label,proposals,cash_vnd");
        assertThat(lines).hasSize(1 + CLUSTERS * BatchWorkload.CLUSTER_SIZE);
        for (int c = 0; c < CLUSTERS; c++) {
            Path covenant = write(
                    "covenant-" + c + ".json",
                    DocumentKind.COVENANT,
                    inputs.get(c).covenant());
            Path sheets = write(
                    "assessments-" + c + ".json",
                    DocumentKind.ASSESSMENTS,
                    inputs.get(c).sheets());
            Run single = Run.of(
                    "rank",
                    "--policy",
                    batch.policy().toString(),
                    "--covenant",
                    covenant.toString(),
                    "--assessments",
                    sheets.toString(),
                    "--decision-date",
                    DATE,
                    "--format",
                    "csv",
                    "--lang",
                    "en");
            assertThat(single.code()).as(single.toString()).isZero();
            String cluster = "cum-" + c + ",";
            List<String> batchRows = lines.stream()
                    .filter(l -> l.startsWith(cluster))
                    .map(l -> l.substring(cluster.length()))
                    .toList();
            assertThat(batchRows)
                    .as("cluster " + c)
                    .isEqualTo(single.out().lines().skip(1).toList());
        }
        // The workload exercises bands, proposals and cash, not only totals.
        assertThat(run.out())
                .contains(",good,")
                .contains("Certificate of Merit")
                .containsPattern(",\\d{7,}\r?\n");
    }

    @Test
    void anyNumberOfThreads_givesTheSameOutput() {
        Run one = rank(batch.covenants(), batch.assessments(), "--threads", "1");
        Run four = rank(batch.covenants(), batch.assessments(), "--threads", "4");

        assertThat(one.code()).as(one.toString()).isZero();
        assertThat(four.out()).isEqualTo(one.out());
    }

    @Test
    void sheetsInAnotherOrder_rankTheSame() throws IOException {
        List<AssessmentSheet> shuffled = new ArrayList<>(allSheets());
        Collections.shuffle(shuffled, new Random(3));
        Path reversed = write("reversed.yaml", DocumentKind.ASSESSMENTS, reversedSheets());
        Path mixed = write("shuffled.json", DocumentKind.ASSESSMENTS, shuffled);

        Run inOrder = rank(batch.covenants(), batch.assessments());
        Run fromReversed = rank(batch.covenants(), reversed);
        Run fromShuffled = rank(batch.covenants(), mixed);

        assertThat(inOrder.code()).as(inOrder.toString()).isZero();
        assertThat(fromReversed.out()).isEqualTo(inOrder.out());
        assertThat(fromShuffled.out()).isEqualTo(inOrder.out());
    }

    @Test
    void tooManySheetsWaiting_isAnInputErrorThatSaysWhatToDo() throws IOException {
        Path reversed = write("reversed-few.json", DocumentKind.ASSESSMENTS, reversedSheets());

        Run run = rank(batch.covenants(), reversed, "--max-pending-sheets", "10", "--lang", "en");

        assertThat(run.code()).isEqualTo(Cli.INPUT);
        assertThat(run.err())
                .startsWith(reversed + ": more than 10 sheets wait for their covenant while cluster cum-0 ("
                        + batch.covenants() + ": /body/0) still lacks the sheets of [c0-u0")
                .contains("put both files in the same cluster order, or raise --max-pending-sheets");
    }

    @Test
    void sheetOfAUnitInNoCovenant_isAnInputErrorNamingIt_afterEveryClusterWasRanked() throws IOException {
        List<AssessmentSheet> sheets = new ArrayList<>(allSheets());
        sheets.add(12, stranger());
        Path file = write("stranger.json", DocumentKind.ASSESSMENTS, sheets);

        Run run = rank(batch.covenants(), file, "--lang", "en");

        assertThat(run.code()).isEqualTo(Cli.INPUT);
        assertThat(run.err())
                .isEqualTo(file + ": /body/12: the sheet of unit don-vi-la belongs to no covenant in "
                        + batch.covenants()
                        + " (or repeats a sheet); allowed: sheets of a cluster's members, one per unit\n");
        assertThat(run.out().lines()).hasSize(1 + CLUSTERS * BatchWorkload.CLUSTER_SIZE);
        assertThat(rank(batch.covenants(), file).err()).contains("không thuộc giao ước nào");
    }

    @Test
    void sheetOfAUnitInNoCovenant_leavesNoOutputFile() throws IOException {
        List<AssessmentSheet> sheets = new ArrayList<>(allSheets());
        sheets.add(stranger());
        Path file = write("stranger-at-end.json", DocumentKind.ASSESSMENTS, sheets);
        Path out = dir.resolve("never.csv");

        Run run = rank(batch.covenants(), file, "-o", out.toString());

        assertThat(run.code()).isEqualTo(Cli.INPUT);
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void twoSheetsForOneUnit_isAnInputErrorNamingBoth() throws IOException {
        List<AssessmentSheet> sheets = new ArrayList<>(allSheets());
        sheets.add(3, sheets.get(1));
        Path file = write("twice.json", DocumentKind.ASSESSMENTS, sheets);

        Run run = rank(batch.covenants(), file, "--lang", "en");

        assertThat(run.code()).isEqualTo(Cli.INPUT);
        assertThat(run.err())
                .isEqualTo(
                        file + ": /body/3: unit c0-u1 already has a sheet at /body/1; allowed: one sheet per unit\n");
    }

    @Test
    void memberWithoutASheet_isDecidedByThePolicysMissingSheetRule() throws IOException {
        List<AssessmentSheet> sheets = new ArrayList<>(allSheets());
        sheets.remove(9); // c1-u1
        Path file = write("missing.json", DocumentKind.ASSESSMENTS, sheets);
        Path empty = write("policy-empty.yaml", DocumentKind.POLICY, BatchWorkload.policy(MissingSheetPolicy.EMPTY));

        Run rejected = rank(batch.covenants(), file, "--lang", "en");
        Run evaluated = rank(empty, batch.covenants(), file, "--lang", "en");

        assertThat(rejected.code()).isEqualTo(Cli.EVALUATION);
        assertThat(rejected.err()).startsWith(batch.policy() + ": the evaluation failed: cluster cum-1 (input 1): ");
        assertThat(rejected.err()).contains("c1-u1");
        assertThat(evaluated.code()).as(evaluated.toString()).isZero();
        assertThat(evaluated.out()).containsPattern("(?m)^cum-1,\\d+,c1-u1,");
    }

    @Test
    void brokenCovenant_isAnInputErrorWithFileLineColumnAndPointer() throws IOException {
        String text =
                Files.readString(batch.covenants()).replaceFirst("\"id\" : \"giao-uoc-1\"", "\"id\" : \"giao ước 1\"");
        Path file = dir.resolve("broken-covenants.json");
        Files.writeString(file, text);
        int line = text.lines().toList().indexOf("    \"id\" : \"giao ước 1\",") + 1;

        Run run = rank(file, batch.assessments(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Cli.INPUT);
        assertThat(run.err())
                .startsWith(file + ":" + line + ":")
                .contains(": /body/1/id: ")
                .contains("giao ước 1");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void json_isOneResultDocumentPerLine_equalToEvaluatingEachClusterAlone() {
        Run run = rank(batch.covenants(), batch.assessments(), "--format", "json");

        assertThat(run.code()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(CLUSTERS);
        Evaluator evaluator = Evaluator.of(Registry.builtIns());
        for (int c = 0; c < CLUSTERS; c++) {
            Evaluation read = Documents.json().read(DocumentKind.RESULT, lines.get(c));
            EvaluationInput input = EvaluationInput.builder()
                    .covenant(inputs.get(c).covenant())
                    .addAllSheets(inputs.get(c).sheets())
                    .decisionDate(LocalDate.parse(DATE))
                    .build();
            assertThat(read).isEqualTo(evaluator.evaluate(BatchWorkload.policy(MissingSheetPolicy.REJECT), input));
        }
    }

    @Test
    void yaml_isAStreamOfResultDocuments() {
        Run run = rank(batch.covenants(), batch.assessments(), "--format", "yaml");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("---\nkind: result\n");
        List<String> documents = Arrays.stream(run.out().split("(?m)^---\n"))
                .filter(d -> !d.isEmpty())
                .toList();
        assertThat(documents).hasSize(CLUSTERS);
        for (int c = 0; c < CLUSTERS; c++) {
            Evaluation read = Documents.yaml().read(DocumentKind.RESULT, documents.get(c));
            assertThat(read.result().cluster().value()).isEqualTo("cum-" + c);
        }
    }

    @Test
    void tableAndMarkdown_haveOneSectionPerCluster() {
        Run table = rank(batch.covenants(), batch.assessments(), "--format", "table", "--lang", "en");
        Run markdown = rank(batch.covenants(), batch.assessments(), "--format", "markdown", "--lang", "en");

        assertThat(table.code()).as(table.toString()).isZero();
        assertThat(table.out().lines().filter(l -> l.startsWith("Cụm thi đua số ")))
                .containsExactly(Stream.iterate(0, c -> c + 1)
                        .limit(CLUSTERS)
                        .map(c -> "Cụm thi đua số " + c + " — 2024 — policy quy-che-do-tai v2024.1")
                        .toArray(String[]::new));
        assertThat(markdown.out().lines().filter(l -> l.startsWith("### "))).hasSize(CLUSTERS);
        assertThat(markdown.out()).contains("| Rank | Unit | Total | Band | Award proposals | Cash |");
    }

    @Test
    void output_writesTheFileAndNothingToStdout() throws IOException {
        Path out = dir.resolve("ranks.csv");

        Run run = rank(batch.covenants(), batch.assessments(), "-o", out.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out))
                .isEqualTo(rank(batch.covenants(), batch.assessments()).out());
    }

    @Test
    void progress_isReportedOnStderrWhenAskedAndSilencedWhenQuiet() {
        Run loud = rank(batch.covenants(), batch.assessments(), "--progress", "--lang", "en");
        Run quiet = rank(batch.covenants(), batch.assessments(), "--progress", "--quiet", "--lang", "en");

        assertThat(loud.code()).as(loud.toString()).isZero();
        List<String> lines = loud.err().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("thidua: ranking the clusters of " + batch.covenants() + " with the sheets of "
                        + batch.assessments() + "…");
        assertThat(lines).anyMatch(l -> l.matches("thidua: 100% of .* read, \\d+ clusters ranked \\(.* s\\)"));
        assertThat(lines.get(lines.size() - 1))
                .startsWith("thidua: " + CLUSTERS + " clusters, " + CLUSTERS * BatchWorkload.CLUSTER_SIZE
                        + " units ranked (");
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).isEqualTo(loud.out());
    }

    @Test
    void covenantAndCovenants_areMutuallyExclusive() {
        Run run = rank(batch.covenants(), batch.assessments(), "--covenant", write0().toString());

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--covenant and --covenants are mutually exclusive");
    }

    @Test
    void usageErrors_forOptionsThatDoNotFitTheMode() {
        assertThat(rank(batch.covenants(), batch.assessments(), "--threads", "0")
                        .err())
                .contains("--threads must be 1 or more, not 0");
        assertThat(rank(batch.covenants(), batch.assessments(), "--cluster", "cum-0")
                        .code())
                .isEqualTo(Cli.USAGE);
        Run single = Run.of(
                "rank",
                "--policy",
                batch.policy().toString(),
                "--covenant",
                write0().toString(),
                "--assessments",
                batch.assessments().toString(),
                "--threads",
                "2");
        assertThat(single.code()).isEqualTo(Cli.USAGE);
        assertThat(single.err()).contains("--threads and --max-pending-sheets apply to batch ranking with --covenants");
        Run noSheets = Run.of(
                "rank",
                "--policy",
                batch.policy().toString(),
                "--covenants",
                batch.covenants().toString());
        assertThat(noSheets.code()).isEqualTo(Cli.USAGE);
        assertThat(noSheets.err()).contains("--covenants FILE needs --assessments FILE");
    }

    @Test
    void missingCovenantsFile_isAnInputError() {
        Run run = rank(dir.resolve("absent.json"), batch.assessments(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Cli.INPUT);
        assertThat(run.err()).isEqualTo(dir.resolve("absent.json") + ": no such file\n");
    }

    private static Path write0() {
        try {
            return write("covenant-0.json", DocumentKind.COVENANT, inputs.get(0).covenant());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
