package io.github.thidua.examples.cli;

import io.github.thidua.core.Cluster;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.Documents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code thidua rank}: evaluates a cluster and prints the ranking with bands, awards and cash. */
@Command(
        name = "rank",
        usageHelpAutoWidth = true,
        header = "Evaluate and rank a cluster (chấm điểm, xếp hạng).",
        description = {
            "Evaluate a cluster (chấm điểm, xếp hạng) with a policy and print the ranking:",
            "rank, unit, total, band (xếp loại), award proposals (đề nghị khen thưởng) and cash (tiền thưởng)."
        })
final class RankCommand extends AbstractCommand {

    @Option(
            names = "--policy",
            required = true,
            paramLabel = "FILE",
            description = "The policy document (quy chế chấm điểm), JSON or YAML.")
    Path policy;

    @Mixin
    InputOptions inputs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description =
                    "table (the default), json or yaml (the result document, kết quả chấm điểm)," + " csv or markdown.")
    OutputFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the output to FILE instead of stdout.")
    Path output;

    @Override
    int execute() {
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
                throw new CliException(
                        Cli.INPUT,
                        Text.of(
                                output + ": không ghi được tệp: " + e.getMessage(),
                                output + ": cannot write the file: " + e.getMessage()),
                        e);
            }
        }
        return Cli.OK;
    }

    private String render(Evaluation evaluation, Cluster cluster) {
        return switch (format) {
            case JSON -> Documents.json().write(DocumentKind.RESULT, evaluation);
            case YAML -> Documents.yaml().write(DocumentKind.RESULT, evaluation);
            case TABLE -> RankingTable.of(evaluation, cluster, locale()).table();
            case CSV -> RankingTable.of(evaluation, cluster, locale()).csv();
            case MARKDOWN -> RankingTable.of(evaluation, cluster, locale()).markdown();
        };
    }
}
