package io.github.thidua.examples;

import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The README's evaluation quick start, kept here so that it compiles and its test checks it.
 *
 * <pre>{@code
 * EvaluationQuickStart.run().forEach(System.out::println);
 * }</pre>
 */
public final class EvaluationQuickStart {

    private EvaluationQuickStart() {}

    /**
     * Runs the quick start.
     *
     * @return the lines it would print
     */
    public static List<String> run() {
        List<String> out = new ArrayList<>();
        // README: evaluation begins
        Policy policy = SeedEvaluation.policy(); // table, rounding, bands, tie-breaks, ladder, cash
        EvaluationInput input = SeedEvaluation.input(); // covenant, sheets, votes, decision date

        Evaluation evaluation = Evaluator.of(Registry.builtIns()).evaluate(policy, input);

        for (UnitResult unit : evaluation.result().units()) {
            out.add(unit.unit() + " " + unit.total() + " #"
                    + unit.rank().orElseThrow().position() + " "
                    + unit.band().orElseThrow().code() + " "
                    + unit.proposals().stream()
                            .map(p -> p.awardKind().id().value())
                            .toList());
        }
        UnitResult phuTho = evaluation.result().unit(Id.of("phu-tho")).orElseThrow();
        String whyVi = phuTho.explanation().render(Text.VIETNAMESE); // "Phú Thọ: 102 điểm, hạng 1, ..."
        String whyEn = phuTho.explanation().render(Locale.ENGLISH); // "Phú Thọ: 102 points, rank 1, ..."
        // README: evaluation ends
        out.add(whyVi.lines().findFirst().orElseThrow());
        out.add(whyEn.lines().findFirst().orElseThrow());
        return out;
    }
}
