/**
 * The command line over the examples: {@link io.github.thidua.examples.cli.VerifyCommand} checks
 * scenario files.
 */
package io.github.thidua.examples.cli;
