package io.github.thidua.examples.cli;

import io.github.thidua.core.Text;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of the subcommands: common options, the output streams, and the one place where a
 * failure becomes a line on stderr and an exit code.
 */
abstract class AbstractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (CliException e) {
            // One line per failure: the library's advice on a second line joins the first.
            err().println(e.text().in(locale()).replace('\n', ' '));
            if (common.debug) {
                e.printStackTrace(err());
            }
            return e.exitCode();
        }
    }

    /**
     * Runs the command.
     *
     * @return the exit code
     * @throws CliException for a failure the user can fix
     */
    abstract int execute();

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    final Locale locale() {
        return common.language.locale();
    }

    final Progress progress() {
        return new Progress(err(), common.quiet, common.progress);
    }

    final String say(String vi, String en) {
        return Text.of(vi, en).in(locale());
    }
}
