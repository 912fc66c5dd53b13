package io.github.thidua.examples.cli;

import io.github.thidua.core.Id;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.serialization.DocumentKind;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code thidua explain UNIT}: prints how one unit's result was reached. */
@Command(
        name = "explain",
        usageHelpAutoWidth = true,
        header = "Explain one unit's result (giải thích kết quả).",
        description = {
            "Explain one unit's result (giải thích kết quả): which rule gave which points, caps and",
            "rounding, the band, the tie-breakers, the award and the cash.",
            "Evaluates --policy with the inputs, or reads an evaluated --result document."
        })
final class ExplainCommand extends AbstractCommand {

    @Parameters(
            index = "0",
            paramLabel = "UNIT",
            converter = IdConverter.class,
            description = "The unit's id (mã đơn vị), such as phu-tho.")
    Id unit;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "The policy document (quy chế chấm điểm) to evaluate with; needs the inputs.")
    Path policy;

    @Option(
            names = "--result",
            paramLabel = "FILE",
            description = "A result document (kết quả chấm điểm) instead of evaluating.")
    Path result;

    @Mixin
    InputOptions inputs;

    @Override
    int execute() {
        Evaluation evaluation = evaluation();
        UnitResult found = evaluation
                .result()
                .unit(unit)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "No unit '" + unit + "' in the result; units: "
                                + evaluation.result().units().stream()
                                        .map(u -> u.unit().value())
                                        .collect(Collectors.joining(", "))));
        out().println(found.explanation().render(locale()));
        out().flush();
        return Cli.OK;
    }

    private Evaluation evaluation() {
        if (result != null) {
            if (policy != null || inputs.any()) {
                throw new ParameterException(spec.commandLine(), "Give either --result or --policy with the inputs");
            }
            return DocumentFiles.read(DocumentKind.RESULT, result);
        }
        if (policy == null) {
            throw new ParameterException(
                    spec.commandLine(), "Missing --policy FILE (with the inputs) or --result FILE");
        }
        Policy p = DocumentFiles.read(DocumentKind.POLICY, policy);
        EvaluationInput input = inputs.read(spec, progress(), locale());
        return Evaluations.evaluate(p, policy, input, progress(), locale());
    }
}
