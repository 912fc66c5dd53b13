/**
 * Scenario files: a cluster's documents plus the outcomes a rule author expects, checked by the
 * engine. Start with {@link io.github.thidua.serialization.scenario.ScenarioVerifier}; files are read by
 * {@link io.github.thidua.serialization.scenario.ScenarioReader}. All types here are immutable and
 * thread-safe.
 */
package io.github.thidua.serialization.scenario;
