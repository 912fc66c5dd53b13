package io.github.thidua.examples.cli;

import io.github.thidua.core.Text;
import io.github.thidua.serialization.scenario.ScenarioFileException;
import io.github.thidua.serialization.scenario.ScenarioReport;
import io.github.thidua.serialization.scenario.ScenarioVerifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify SCENARIO…}: runs each scenario file and prints what held and what did not.
 *
 * <pre>{@code
 * int exit = new CommandLine(new VerifyCommand()).execute("--lang", "en", "data/1-cum-2-2023/scenario.yaml");
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} when every expectation of every scenario held, {@value #MISMATCH}
 * when one did not, {@value #UNREADABLE} when a scenario or a document it names cannot be read
 * (this wins over a mismatch), and picocli's 2 for bad arguments. Runs on its own or as a
 * subcommand of the examples' top command.
 */
@Command(
        name = "verify",
        usageHelpAutoWidth = true,
        header = "Check scenario files (kiểm tra kịch bản).",
        description = {
            "Check scenario files (kiểm tra kịch bản): run the engine on each scenario's",
            "documents and compare with its expected outcomes. Each expectation that failed",
            "is printed with the expected and actual values and the explanation behind it."
        })
public final class VerifyCommand implements Callable<Integer> {

    /** Every expectation held. */
    public static final int OK = 0;

    /** At least one expectation did not hold. */
    public static final int MISMATCH = 1;

    /** A scenario, or a document it names, could not be read or evaluated. */
    public static final int UNREADABLE = 3;

    /** The language of the report. */
    public enum Lang {
        /** Vietnamese. */
        vi,
        /** English. */
        en
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (kind: scenario), JSON or YAML.")
    List<Path> scenarios = new ArrayList<>();

    @Option(
            names = "--lang",
            paramLabel = "vi|en",
            description = "Language of the report: vi (Tiếng Việt, the default) or en.")
    Lang lang = Lang.vi;

    /** Creates the command; picocli sets its options. */
    public VerifyCommand() {}

    @Override
    public Integer call() {
        Locale locale = lang == Lang.vi ? Text.VIETNAMESE : Locale.ENGLISH;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = OK;
        int failed = 0;
        for (Path file : scenarios) {
            try {
                ScenarioReport report = ScenarioVerifier.verify(file);
                out.print(report.render(locale));
                if (!report.passed()) {
                    failed++;
                    exit = Math.max(exit, MISMATCH);
                }
            } catch (ScenarioFileException e) {
                err.println(e.getMessage(locale));
                exit = UNREADABLE;
            }
        }
        if (scenarios.size() > 1) {
            out.println(
                    lang == Lang.vi
                            ? failed + "/" + scenarios.size() + " kịch bản có kỳ vọng không đạt."
                            : failed + " of " + scenarios.size() + " scenarios had a failed expectation.");
        }
        out.flush();
        err.flush();
        return exit;
    }

    /**
     * Runs the command on its own.
     *
     * @param args the arguments
     */
    public static void main(String... args) {
        System.exit(new CommandLine(new VerifyCommand()).execute(args));
    }
}
