package io.github.thidua.examples.cli;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;

/**
 * A failure the tool reports as one line, in the reader's language, with the exit code it ends
 * with. Not part of the library's exception family: it never leaves the tool.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final Text text;

    CliException(int exitCode, Text text, Throwable cause) {
        super(requireNonNull(text, "text").en(), cause);
        this.exitCode = exitCode;
        this.text = text;
    }

    int exitCode() {
        return exitCode;
    }

    Text text() {
        return text;
    }
}
