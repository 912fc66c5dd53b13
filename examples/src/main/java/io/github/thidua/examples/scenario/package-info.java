/**
 * Scenario files: a cluster's documents plus the outcomes a rule author expects, checked by the
 * engine. Start with {@link io.github.thidua.examples.scenario.ScenarioVerifier}; files are read by
 * {@link io.github.thidua.examples.scenario.ScenarioReader}. All types here are immutable and
 * thread-safe.
 */
package io.github.thidua.examples.scenario;
