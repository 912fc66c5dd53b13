package io.github.thidua.examples.cli;

import picocli.CommandLine.Option;

/** The options every command has: language, quiet, progress, debug and help. */
final class CommonOptions {

    @Option(
            names = "--lang",
            paramLabel = "vi|en",
            defaultValue = "vi",
            description = "Language of the output and of error messages: vi (Tiếng Việt, the default) or en.")
    Language language;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print no progress on stderr.")
    boolean quiet;

    @Option(
            names = "--progress",
            description = "Print progress on stderr even for small inputs" + " (by default only above "
                    + Progress.THRESHOLD + " sheets or files).")
    boolean progress;

    @Option(names = "--debug", description = "Print the stack trace of an error as well.")
    boolean debug;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;
}
