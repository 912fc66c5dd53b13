/**
 * Plain Java classes with public fields that mirror the {@code assessments} document field for
 * field, so that plain Jackson databind can read the same JSON without thidua's module: the
 * baseline of {@link io.github.thidua.benchmarks.DocumentIoComparison}. Start with {@link
 * io.github.thidua.benchmarks.pojo.PojoDocument}. Mutable, not thread-safe; benchmark use only.
 */
package io.github.thidua.benchmarks.pojo;
