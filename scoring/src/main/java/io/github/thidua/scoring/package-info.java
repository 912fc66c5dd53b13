/**
 * Scoring policies and the engine that evaluates a cluster with them.
 *
 * <p>Start with {@link io.github.thidua.scoring.Policy}: a rule author builds one, an embedding
 * app evaluates a cluster's covenant and assessments with it and gets every number with its
 * explanation. All value types here are immutable and thread-safe; the engine is stateless and
 * may be shared between threads.
 */
@ValueStyle
package io.github.thidua.scoring;

import io.github.thidua.core.ValueStyle;
