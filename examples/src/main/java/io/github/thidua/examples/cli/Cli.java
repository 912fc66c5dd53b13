package io.github.thidua.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point of the command-line tool {@code thidua}.
 *
 * <pre>{@code
 * java -jar examples/target/thidua-cli.jar rank --covenant covenant.yaml --policy policy.yaml \
 *     --assessments assessments.json --lang en
 * }</pre>
 *
 * <p>{@link #run(PrintWriter, PrintWriter, String...)} runs a command and returns its exit code
 * without ever exiting the JVM, so tests and build plug-ins that run inside another JVM can call
 * it; only {@link #main(String[])} exits.
 */
public final class Cli {

    /** Success. */
    public static final int OK = 0;

    /** {@code validate}: at least one document is invalid; {@code verify}: a mismatch. */
    public static final int INVALID = 1;

    /** A usage error: an unknown option, a missing or malformed argument (picocli's default). */
    public static final int USAGE = 2;

    /** An input document could not be read, is invalid, or does not fit the other inputs. */
    public static final int INPUT = 3;

    /** The evaluation failed (an {@code EvaluationException}). */
    public static final int EVALUATION = 4;

    /** A bug in the tool or the library; the stack trace is printed. */
    public static final int INTERNAL = 5;

    /** The exit codes as the help footers show them. */
    static final String[] EXIT_CODES = {
        "",
        "Exit codes (mã thoát):",
        "  0  success",
        "  1  invalid document (validate) or mismatch (verify)",
        "  2  usage error: unknown option, missing or malformed argument",
        "  3  unreadable or invalid input document, or inputs that do not fit together",
        "  4  evaluation error",
        "  5  internal error (a bug: the stack trace is printed)"
    };

    private Cli() {}

    /**
     * Runs the tool and exits the JVM with the command's exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        System.exit(code);
    }

    /**
     * Runs one command line and returns its exit code; never exits the JVM.
     *
     * @param out where results go, not null
     * @param err where errors, help on errors and progress go, not null
     * @param args the command line, such as {@code "validate", "policy.yaml"}; not null
     * @return the exit code: 0 success, 1 invalid, 2 usage, 3 input, 4 evaluation, 5 internal
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        requireNonNull(out, "out");
        requireNonNull(err, "err");
        requireNonNull(args, "args");
        CommandLine commandLine = commandLine().setOut(out).setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Returns the configured command line of the top command.
     *
     * @return a new command line
     */
    static CommandLine commandLine() {
        CommandLine top = new CommandLine(new ThiduaCommand());
        // Every command's help ends with the exit codes; kept here, in one place.
        footer(top);
        return top.setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler((e, line, parsed) -> {
            // Commands catch what they expect; anything else is a bug worth a trace.
            line.getErr().println("thidua: internal error: " + e);
            e.printStackTrace(line.getErr());
            return INTERNAL;
        });
    }

    private static void footer(CommandLine line) {
        String[] own = line.getCommandSpec().usageMessage().footer();
        String[] all = new String[own.length + EXIT_CODES.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(EXIT_CODES, 0, all, own.length, EXIT_CODES.length);
        line.getCommandSpec().usageMessage().footer(all);
        line.getSubcommands().values().forEach(Cli::footer);
    }
}
