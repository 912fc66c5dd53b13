/**
 * The interfaces that Java developers implement to plug their own rule kinds, tie-breakers, vote
 * methods and eligibility checks into thidua, and the values those implementations receive.
 *
 * <p>Every plug-in has a stable {@link io.github.thidua.scoring.spi.Plugin#name() name} by which
 * policies and documents refer to it; implementations are stateless, receive their parameters on
 * each call and must be thread-safe. Register them in a {@link io.github.thidua.scoring.Registry}.
 */
@ValueStyle
package io.github.thidua.scoring.spi;

import io.github.thidua.core.ValueStyle;
