/** The engine's implementation; not exported, not an API. */
package io.github.thidua.scoring.internal;
