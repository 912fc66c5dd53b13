package io.github.thidua.examples.cli;

import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.serialization.DocumentKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The documents an evaluation reads: the covenant (which carries the cluster), the assessment
 * sheets, the ballots, and the decision date.
 */
final class InputOptions {

    @Option(
            names = "--covenant",
            paramLabel = "FILE",
            description = "The covenant document (giao ước thi đua), JSON or YAML; it carries the cluster.")
    Path covenant;

    @Option(
            names = "--cluster",
            paramLabel = "ID|FILE",
            description = "Optional check: the cluster (cụm thi đua) the covenant must be for,"
                    + " as an id or a cluster document.")
    String cluster;

    @Option(
            names = "--assessments",
            paramLabel = "FILE",
            description = "The assessments document (phiếu đánh giá): every member's sheet.")
    Path assessments;

    @Option(
            names = "--ballots",
            paramLabel = "FILE",
            description = "Optional ballots document (phiếu bầu): the votes held.")
    Path ballots;

    @Option(
            names = "--decision-date",
            paramLabel = "YYYY-MM-DD",
            description = "The date the awards are decided (ngày quyết định): it picks the base salary"
                    + " for cash rewards (tiền thưởng); without it no cash is computed.")
    LocalDate decisionDate;

    /** Tells whether any input option was given. */
    boolean any() {
        return covenant != null || cluster != null || assessments != null || ballots != null || decisionDate != null;
    }

    /**
     * Reads the documents into an evaluation input.
     *
     * @throws ParameterException when the covenant or the assessments are missing
     * @throws CliException with {@link Cli#INPUT} when a document is unreadable or invalid, or the
     *     documents do not fit together
     */
    EvaluationInput read(CommandSpec spec, Progress progress, Locale locale) {
        if (covenant == null || assessments == null) {
            throw new ParameterException(
                    spec.commandLine(), "Missing the inputs: --covenant FILE and --assessments FILE are required");
        }
        Covenant c = DocumentFiles.read(DocumentKind.COVENANT, covenant);
        checkCluster(c.cluster());
        List<AssessmentSheet> sheets = readSheets(progress, locale);
        List<Vote> votes = ballots == null ? List.of() : DocumentFiles.read(DocumentKind.BALLOTS, ballots);
        try {
            EvaluationInput.Builder b =
                    EvaluationInput.builder().covenant(c).addAllSheets(sheets).addAllVotes(votes);
            if (decisionDate != null) {
                b.decisionDate(decisionDate);
            }
            return b.build();
        } catch (ThiDuaException e) {
            throw new CliException(
                    Cli.INPUT,
                    Text.of(
                            covenant + ", " + assessments + ": các tài liệu không khớp nhau: "
                                    + e.getMessage(Text.VIETNAMESE),
                            covenant + ", " + assessments + ": the documents do not fit together: " + e.getMessage()),
                    e);
        }
    }

    private List<AssessmentSheet> readSheets(Progress progress, Locale locale) {
        // The size of the file decides before reading whether reading is worth reporting: about
        // 500 bytes a sheet.
        long size = size(assessments);
        boolean large = progress.reports(size / 500);
        String what = Text.of("đọc " + assessments, "reading " + assessments).in(locale);
        if (large) {
            progress.step(what, size / 500);
        }
        List<AssessmentSheet> sheets = DocumentFiles.read(DocumentKind.ASSESSMENTS, assessments);
        if (large) {
            progress.done(Text.of(sheets.size() + " phiếu đã đọc", sheets.size() + " sheets read")
                    .in(locale));
        }
        return sheets;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0; // reading it reports the problem
        }
    }

    private void checkCluster(Cluster actual) {
        if (cluster == null) {
            return;
        }
        Path file = Path.of(cluster);
        if (Files.isRegularFile(file)) {
            Cluster expected = DocumentFiles.read(DocumentKind.CLUSTER, file);
            if (!expected.equals(actual)) {
                throw new CliException(
                        Cli.INPUT,
                        Text.of(
                                covenant + ": cụm trong giao ước (" + actual.id() + ") khác cụm trong " + file + " ("
                                        + expected.id() + ")",
                                covenant + ": the covenant's cluster (" + actual.id() + ") differs from the one in "
                                        + file + " (" + expected.id() + ")"),
                        null);
            }
        } else if (!actual.id().value().equals(cluster)) {
            throw new CliException(
                    Cli.INPUT,
                    Text.of(
                            covenant + ": giao ước của cụm " + actual.id() + ", không phải " + cluster,
                            covenant + ": the covenant is for cluster " + actual.id() + ", not " + cluster),
                    null);
        }
    }
}
