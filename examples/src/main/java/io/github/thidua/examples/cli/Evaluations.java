package io.github.thidua.examples.cli;

import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import java.nio.file.Path;
import java.util.Locale;

/** Evaluates with the built-in plug-ins and turns a failure into exit code 4. */
final class Evaluations {

    private Evaluations() {}

    static Evaluation evaluate(
            Policy policy, Path policyFile, EvaluationInput input, Progress progress, Locale locale) {
        int sheets = input.sheets().size();
        boolean large = progress.reports(sheets);
        if (large) {
            progress.step(
                    Text.of("chấm điểm " + sheets + " phiếu", "evaluating " + sheets + " sheets")
                            .in(locale),
                    sheets);
        }
        try {
            Evaluation evaluation = Evaluator.of(Registry.builtIns()).evaluate(policy, input);
            if (large) {
                progress.done(Text.of("đã chấm điểm", "evaluated").in(locale));
            }
            return evaluation;
        } catch (ThiDuaException e) {
            // EvaluationException, or a value the engine could not build from these inputs.
            throw new CliException(
                    Cli.EVALUATION,
                    Text.of(
                            policyFile + ": không chấm điểm được: " + e.getMessage(Text.VIETNAMESE),
                            policyFile + ": the evaluation failed: " + e.getMessage()),
                    e);
        }
    }
}
