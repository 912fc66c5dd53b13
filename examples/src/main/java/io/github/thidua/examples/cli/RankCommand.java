package io.github.thidua.examples.cli;

import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.BatchEvaluationException;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.DocumentReader;
import io.github.thidua.serialization.Documents;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code thidua rank}: evaluates a cluster, or a batch of clusters, and prints the ranking with
 * bands, awards and cash.
 */
@Command(
        name = "rank",
        usageHelpAutoWidth = true,
        header = "Evaluate and rank a cluster or many (chấm điểm, xếp hạng).",
        description = {
            "Evaluate a cluster (chấm điểm, xếp hạng) with a policy and print the ranking:",
            "rank, unit, total, band (xếp loại), award proposals (đề nghị khen thưởng) and cash (tiền thưởng).",
            "With --covenants instead of --covenant, rank every cluster of a covenants document",
            "(các giao ước thi đua) against one assessments document: both are read element by element",
            "and results are written as they come, so memory stays flat when both files list the",
            "clusters in the same order."
        })
final class RankCommand extends AbstractCommand {

    /** Sheets that may wait for their covenant by default: a few hundred megabytes at most. */
    static final int DEFAULT_MAX_PENDING = 100_000;

    @Option(
            names = "--policy",
            required = true,
            paramLabel = "FILE",
            description = "The policy document (quy chế chấm điểm), JSON or YAML.")
    Path policy;

    @Mixin
    InputOptions inputs;

    @Option(
            names = "--covenants",
            paramLabel = "FILE",
            description = "Batch ranking: a covenants document (các giao ước thi đua), one covenant per cluster;"
                    + " ranks every cluster against the sheets of --assessments. Not with --covenant.")
    Path covenants;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description =
                    "Batch ranking: how many clusters are evaluated at once (default: the number of" + " processors).")
    Integer threads;

    @Option(
            names = "--max-pending-sheets",
            paramLabel = "N",
            description = "Batch ranking: how many sheets may wait for a covenant that comes later (default "
                    + DEFAULT_MAX_PENDING + "); sheets in the covenants' cluster order never wait.")
    Integer maxPending;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table (the default for one cluster), csv (the default for --covenants), markdown,"
                    + " json or yaml (the result document, kết quả chấm điểm; with --covenants one per"
                    + " cluster: JSON Lines, or a YAML stream).")
    OutputFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the output to FILE instead of stdout.")
    Path output;

    @Override
    int execute() {
        if (covenants != null) {
            return batch();
        }
        if (threads != null || maxPending != null) {
            throw new ParameterException(
                    spec.commandLine(), "--threads and --max-pending-sheets apply to batch ranking with --covenants");
        }
        Policy p = DocumentFiles.read(DocumentKind.POLICY, policy);
        EvaluationInput input = inputs.read(spec, progress(), locale());
        Evaluation evaluation = Evaluations.evaluate(p, policy, input, progress(), locale());
        String text = render(evaluation, input.covenant().cluster());
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        if (output == null) {
            out().print(text);
            out().flush();
        } else {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw cannotWrite(output, e);
            }
        }
        return Cli.OK;
    }

    private String render(Evaluation evaluation, Cluster cluster) {
        return switch (format == null ? OutputFormat.TABLE : format) {
            case JSON -> Documents.json().write(DocumentKind.RESULT, evaluation);
            case YAML -> Documents.yaml().write(DocumentKind.RESULT, evaluation);
            case TABLE -> RankingTable.of(evaluation, cluster, locale()).table();
            case CSV -> RankingTable.of(evaluation, cluster, locale()).csv();
            case MARKDOWN -> RankingTable.of(evaluation, cluster, locale()).markdown();
        };
    }

    /** Ranks every covenant's cluster, streaming both documents and the results. */
    private int batch() {
        checkBatchOptions();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        int pendingLimit = maxPending == null ? DEFAULT_MAX_PENDING : maxPending;
        Policy p = DocumentFiles.read(DocumentKind.POLICY, policy);
        Path sheetsFile = inputs.assessments;
        long size = size(sheetsFile);
        Progress progress = progress();
        // About 500 bytes a sheet, as for one cluster.
        progress.start(
                progress.reports(size / 500),
                size,
                say(
                        "xếp hạng các cụm trong " + covenants + " với phiếu trong " + sheetsFile + "…",
                        "ranking the clusters of " + covenants + " with the sheets of " + sheetsFile + "…"));
        try (InputStream covenantStream = DocumentFiles.open(covenants);
                Counting sheetStream = new Counting(DocumentFiles.open(sheetsFile));
                DocumentReader<Covenant> covenantReader =
                        DocumentFiles.stream(DocumentKind.COVENANTS, covenants, covenantStream);
                DocumentReader<AssessmentSheet> sheetReader =
                        DocumentFiles.stream(DocumentKind.ASSESSMENTS, sheetsFile, sheetStream);
                Target target = new Target()) {
            ClusterInputs clusters = new ClusterInputs(
                    covenantReader, covenants, sheetReader, sheetsFile, inputs.decisionDate, pendingLimit);
            BatchOutput results = BatchOutput.of(format == null ? OutputFormat.CSV : format, target.writer, locale());
            results.start();
            long[] written = {0};
            try {
                Evaluator.of(Registry.builtIns()).evaluateAll(p, clusters, n, evaluation -> {
                    try {
                        results.write(evaluation, clusters.claim());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    written[0]++;
                    progress.advance(
                            sheetStream.count,
                            (percent, elapsed) -> say(
                                    "đã đọc " + percent + "% " + sheetsFile + ", đã xếp hạng " + written[0] + " cụm ("
                                            + elapsed + ")",
                                    percent + "% of " + sheetsFile + " read, " + written[0] + " clusters ranked ("
                                            + elapsed + ")"));
                });
            } catch (BatchEvaluationException e) {
                throw new CliException(
                        Cli.EVALUATION,
                        Text.of(
                                policy + ": không chấm điểm được: " + e.getMessage(Text.VIETNAMESE),
                                policy + ": the evaluation failed: " + e.getMessage()),
                        e);
            } catch (UncheckedIOException e) {
                throw cannotWrite(output == null ? Path.of("-") : output, e.getCause());
            }
            if (clusters.leftover() != null) {
                throw clusters.leftover();
            }
            target.commit();
            progress.done(say(
                    clusters.clusters() + " cụm, " + clusters.units() + " đơn vị đã xếp hạng",
                    clusters.clusters() + " clusters, " + clusters.units() + " units ranked"));
        } catch (IOException e) {
            throw cannotWrite(output == null ? Path.of("-") : output, e);
        }
        return Cli.OK;
    }

    private void checkBatchOptions() {
        String problem = null;
        if (inputs.covenant != null) {
            problem = "--covenant and --covenants are mutually exclusive: give one cluster's covenant"
                    + " or a covenants document";
        } else if (inputs.assessments == null) {
            problem = "Missing the input: --covenants FILE needs --assessments FILE";
        } else if (inputs.ballots != null || inputs.cluster != null) {
            problem = "--ballots and --cluster apply to one cluster (--covenant), not to --covenants";
        } else if (threads != null && threads < 1) {
            problem = "--threads must be 1 or more, not " + threads;
        } else if (maxPending != null && maxPending < 0) {
            problem = "--max-pending-sheets must be 0 or more, not " + maxPending;
        }
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // opening it reports the problem
        }
    }

    private static CliException cannotWrite(Path file, IOException e) {
        return new CliException(
                Cli.INPUT,
                Text.of(
                        file + ": không ghi được tệp: " + e.getMessage(),
                        file + ": cannot write the file: " + e.getMessage()),
                e);
    }

    /** Counts the bytes read, for progress through the assessments. */
    private static final class Counting extends FilterInputStream {

        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /**
     * Where the results go: stdout as they come, or a file that appears only when every cluster
     * was ranked (written beside it first, then moved), so a failed run leaves no partial file.
     */
    private final class Target implements AutoCloseable {

        final Writer writer;
        private final Path part;
        private boolean committed;

        Target() throws IOException {
            if (output == null) {
                part = null;
                writer = out();
            } else {
                Path dir = output.toAbsolutePath().getParent();
                part = Files.createTempFile(dir, "." + output.getFileName(), ".part");
                writer =
                        new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(part), StandardCharsets.UTF_8));
            }
        }

        void commit() throws IOException {
            writer.flush();
            if (part != null) {
                writer.close();
                Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (committed) {
                return;
            }
            writer.flush();
            if (part != null) {
                writer.close();
                Files.deleteIfExists(part);
            }
        }
    }
}
