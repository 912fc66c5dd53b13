/**
 * JSON and YAML for thidua: start with {@link io.github.thidua.serialization.ThiDuaModule}, the
 * Jackson module that reads and writes every public value of {@code thidua-core} and {@code
 * thidua-scoring}. Decimals never pass through binary floating point; dates are ISO-8601; names
 * are NFC-normalised on the way in. No document can name a Java class: rule kinds, tie-breakers
 * and vote methods are named by their stable names, and default typing is never enabled.
 *
 * <p>Whole documents are read and written with {@link io.github.thidua.serialization.Documents};
 * list documents too large to hold (the sheets of a million units) element by element with
 * {@link io.github.thidua.serialization.DocumentReader} and {@link
 * io.github.thidua.serialization.DocumentWriter}, under the same checks. Documents, kinds and limits
 * are immutable and thread-safe; a reader or writer serves one thread.
 */
package io.github.thidua.serialization;
