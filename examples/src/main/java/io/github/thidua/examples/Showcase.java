package io.github.thidua.examples;

import io.github.thidua.examples.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's showcase: the command-line tool on seed scenario 1 (Cluster No. 2, 2023) — the
 * ranking table with the award proposals, Phú Thọ's explanation, and the scenario verified.
 *
 * <pre>{@code
 * java --module-path ... -m io.github.thidua.examples/io.github.thidua.examples.Showcase --lang=en
 * }</pre>
 */
public final class Showcase {

    /** The folder of seed scenario 1, relative to the examples module. */
    public static final Path SCENARIO = Path.of("data", "1-cum-2-2023");

    private Showcase() {}

    /**
     * Runs the showcase.
     *
     * @param args {@code --lang=vi} (default) or {@code --lang=en}
     */
    public static void main(String[] args) {
        String lang = "vi";
        for (String arg : args) {
            if (arg.equals("--lang=en") || arg.equals("--lang=vi")) {
                lang = arg.substring("--lang=".length());
            } else {
                System.err.println("usage: Showcase [--lang=vi|--lang=en]");
                return;
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        for (List<String> command : commands(lang)) {
            out.println("$ thidua " + String.join(" ", command));
            int code = Cli.run(out, err, command.toArray(String[]::new));
            out.println();
            if (code != 0) {
                err.println("exit code " + code);
                return;
            }
        }
    }

    /**
     * Returns the command lines the showcase runs.
     *
     * @param lang {@code vi} or {@code en}
     * @return rank, explain and verify on scenario 1
     */
    static List<List<String>> commands(String lang) {
        List<String> inputs = List.of(
                "--policy", file("policy-2023.yaml"),
                "--covenant", file("covenant-2023.yaml"),
                "--assessments", file("assessments-2023.yaml"),
                "--ballots", file("ballots-2023.yaml"),
                "--decision-date", "2023-12-15",
                "--lang", lang);
        List<String> rank = new ArrayList<>(List.of("rank"));
        rank.addAll(inputs);
        List<String> explain = new ArrayList<>(List.of("explain", "phu-tho"));
        explain.addAll(inputs);
        return List.of(rank, explain, List.of("verify", file("scenario.yaml"), "--lang", lang));
    }

    private static String file(String name) {
        return SCENARIO.resolve(name).toString();
    }
}
