package io.github.thidua.examples;

import io.github.thidua.core.Cluster;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.AwardDecision;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Registry;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;

/**
 * Evaluates seed 002 (Cluster No. 2, 2023) end to end and prints the ranking table with bands,
 * the award proposals with cash, the vote on next year's head, and Phú Thọ's explanation in
 * Vietnamese and English.
 *
 * <pre>{@code
 * java --module-path ... -m io.github.thidua.examples/io.github.thidua.examples.EvaluationShowcase
 * }</pre>
 */
public final class EvaluationShowcase {

    private EvaluationShowcase() {}

    /**
     * Runs the showcase.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(render(evaluate()));
    }

    /**
     * Evaluates seed 002 with the built-in plug-ins.
     *
     * @return the evaluation
     */
    public static Evaluation evaluate() {
        return Evaluator.of(Registry.builtIns()).evaluate(SeedEvaluation.policy(), SeedEvaluation.input());
    }

    /**
     * Renders an evaluation of seed 002 as text.
     *
     * @param evaluation the evaluation, not null
     * @return the ranking table, proposals, vote and one explanation in both languages
     */
    public static String render(Evaluation evaluation) {
        Cluster cluster = SeedScenarios.cluster2of2023().cluster();
        StringBuilder out = new StringBuilder();
        out.append("== ").append(cluster.name()).append(" — năm 2023 / 2023\n");
        out.append("Quy chế / policy: ")
                .append(evaluation.result().policyId())
                .append(" v")
                .append(evaluation.result().policyVersion())
                .append(" (")
                .append(evaluation.result().policyFingerprint(), 0, 12)
                .append("…)\n\n");
        out.append(String.format("%-5s %-14s %8s  %s%n", "Hạng", "Đơn vị / unit", "Điểm", "Xếp loại / band"));
        evaluation.result().units().stream()
                .sorted(Comparator.comparingInt(
                                (UnitResult u) -> u.rank().orElseThrow().position())
                        .thenComparing(UnitResult::unit))
                .forEach(u -> out.append(String.format(
                        "%-5d %-14s %8s  %s / %s%n",
                        u.rank().orElseThrow().position(),
                        name(cluster, u.unit()),
                        u.total(),
                        u.band().orElseThrow().label().vi(),
                        u.band().orElseThrow().label().en())));
        out.append("\nĐề nghị khen thưởng / award proposals:\n");
        for (AwardDecision d : evaluation.awards()) {
            d.award().ifPresent(a -> {
                UnitResult u = evaluation.result().unit(d.unit()).orElseThrow();
                out.append("  ")
                        .append(name(cluster, d.unit()))
                        .append(": ")
                        .append(a.name().vi())
                        .append(" / ")
                        .append(a.name().en())
                        .append(u.cash()
                                .map(c -> " — " + c.format(Text.VIETNAMESE))
                                .orElse(""))
                        .append('\n');
            });
        }
        VoteOutcome vote = evaluation.votes().get(SeedEvaluation.HEAD_VOTE);
        out.append("\nSuy tôn Cụm trưởng năm 2024 / head for 2024: ")
                .append(
                        vote.elected().isEmpty()
                                ? "—"
                                : name(cluster, vote.elected().get(0)))
                .append('\n')
                .append(vote.explanation().render(Text.VIETNAMESE));
        UnitResult phuTho = evaluation.result().unit(Id.of("phu-tho")).orElseThrow();
        out.append("\nGiải thích / explanation (Tiếng Việt):\n")
                .append(phuTho.explanation().render(Text.VIETNAMESE))
                .append("\nExplanation (English):\n")
                .append(phuTho.explanation().render(Locale.ENGLISH))
                .append('\n');
        return out.toString();
    }

    private static String name(Cluster cluster, Id unit) {
        return cluster.member(unit).map(m -> m.displayName().text()).orElse(unit.value());
    }
}
