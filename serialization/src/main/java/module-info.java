/**
 * JSON and YAML documents for thidua's values, with their schemas and readable errors.
 *
 * <p>The Jackson module arrives with the documents issue; this module already exists so that the
 * artifact layout, module graph and build are fixed from the start.
 */
module io.github.thidua.serialization {
    requires transitive io.github.thidua.core;
}
