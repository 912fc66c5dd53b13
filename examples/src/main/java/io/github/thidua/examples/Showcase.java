package io.github.thidua.examples;

import io.github.thidua.core.Text;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The README's showcase: the five seed clusters as values, then seed 002 evaluated end to end.
 *
 * <pre>{@code
 * java --module-path ... -m io.github.thidua.examples/io.github.thidua.examples.Showcase --lang=en
 * }</pre>
 */
public final class Showcase {

    private Showcase() {}

    /**
     * Runs the showcase.
     *
     * @param args {@code --lang=vi} (default) or {@code --lang=en} for the seed summaries
     */
    public static void main(String[] args) {
        Locale locale = Text.VIETNAMESE;
        for (String arg : args) {
            if (arg.equals("--lang=en")) {
                locale = Locale.ENGLISH;
            } else if (!arg.equals("--lang=vi")) {
                System.err.println("usage: Showcase [--lang=vi|--lang=en]");
                return;
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(SeedShowcase.render(SeedScenarios.all(), locale));
        out.print(EvaluationShowcase.render(EvaluationShowcase.evaluate()));
    }
}
