/**
 * The command-line tool {@code thidua}: validate documents, rank a cluster, explain a unit's
 * result and compare two policies or results. Start with {@link io.github.thidua.examples.cli.Cli}
 * ({@code java -jar thidua-cli.jar --help}); tests call {@link
 * io.github.thidua.examples.cli.Cli#run(java.io.PrintWriter, java.io.PrintWriter, String...)}.
 *
 * <p>Exit codes: 0 success; 1 invalid documents ({@code validate}) or a mismatch ({@code verify});
 * 2 usage error; 3 unreadable or invalid input document; 4 evaluation error; 5 internal error.
 * {@link io.github.thidua.examples.cli.VerifyCommand} checks scenario files.
 */
package io.github.thidua.examples.cli;
