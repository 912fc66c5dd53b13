package io.github.thidua.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command {@code thidua}: it only dispatches to its subcommands. */
@Command(
        name = "thidua",
        usageHelpAutoWidth = true,
        description = {
            "Emulation and commendation (thi đua, khen thưởng) from the command line:",
            "validate documents, rank a cluster (cụm thi đua), explain a unit's result and",
            "compare two policies (quy chế) or results."
        },
        // The one list of subcommands.
        subcommands = {
            ValidateCommand.class,
            RankCommand.class,
            ExplainCommand.class,
            DiffCommand.class,
            VerifyCommand.class,
            picocli.CommandLine.HelpCommand.class
        },
        footer = {"", "Run 'thidua COMMAND --help' for a command's options."})
final class ThiduaCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    private boolean help;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command; see thidua --help");
    }
}
