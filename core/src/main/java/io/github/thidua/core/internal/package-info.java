/**
 * Helpers shared by the types of {@code thidua-core}; not exported, not an API.
 */
package io.github.thidua.core.internal;
