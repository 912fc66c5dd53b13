package io.github.thidua.examples.cli;

import io.github.thidua.core.ClusterResult;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.ResultDiff;
import io.github.thidua.scoring.UnitChange;
import io.github.thidua.serialization.DocumentKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code thidua diff}: who moved between two policies on the same inputs, or two results, and why. */
@Command(
        name = "diff",
        usageHelpAutoWidth = true,
        header = "Compare two policies or two results (so sánh kết quả).",
        description = {
            "Compare two policies (quy chế) on the same inputs, or two result documents",
            "(kết quả chấm điểm): who moved, by how much, and which criteria made them.",
            "Give --policy twice with the inputs, or --result twice."
        })
final class DiffCommand extends AbstractCommand {

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "A policy document; give it twice: before, then after.")
    List<Path> policies = new ArrayList<>();

    @Option(
            names = "--result",
            paramLabel = "FILE",
            description = "A result document; give it twice: before, then after.")
    List<Path> results = new ArrayList<>();

    @Mixin
    InputOptions inputs;

    @Override
    int execute() {
        ClusterResult before;
        ClusterResult after;
        if (!results.isEmpty()) {
            if (results.size() != 2 || !policies.isEmpty() || inputs.any()) {
                throw new ParameterException(
                        spec.commandLine(), "Give --result exactly twice, without --policy or inputs");
            }
            before = DocumentFiles.<Evaluation>read(DocumentKind.RESULT, results.get(0))
                    .result();
            after = DocumentFiles.<Evaluation>read(DocumentKind.RESULT, results.get(1))
                    .result();
        } else {
            if (policies.size() != 2) {
                throw new ParameterException(
                        spec.commandLine(), "Give --policy exactly twice (with the inputs), or --result twice");
            }
            Policy first = DocumentFiles.read(DocumentKind.POLICY, policies.get(0));
            Policy second = DocumentFiles.read(DocumentKind.POLICY, policies.get(1));
            EvaluationInput input = inputs.read(spec, progress(), locale());
            before = Evaluations.evaluate(first, policies.get(0), input, progress(), locale())
                    .result();
            after = Evaluations.evaluate(second, policies.get(1), input, progress(), locale())
                    .result();
        }
        out().println(describe(before) + " → " + describe(after));
        List<UnitChange> changed = ResultDiff.between(before, after).stream()
                .filter(UnitChange::changed)
                .toList();
        if (changed.isEmpty()) {
            out().println(say("Không đơn vị nào thay đổi.", "No unit changed."));
        }
        for (UnitChange change : changed) {
            out().println(change.explanation().render(locale()));
        }
        out().flush();
        return Cli.OK;
    }

    private static String describe(ClusterResult result) {
        return result.policyId() + " v" + result.policyVersion() + " ("
                + result.policyFingerprint().substring(0, 12) + "…)";
    }
}
