/**
 * Runnable programs over the seed scenarios: {@link io.github.thidua.examples.SeedShowcase} prints
 * the five seed clusters built as values by {@link io.github.thidua.examples.SeedScenarios}.
 */
package io.github.thidua.examples;
