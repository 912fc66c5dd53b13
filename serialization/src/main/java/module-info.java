/**
 * JSON and YAML documents for thidua's values: one Jackson module ({@link
 * io.github.thidua.serialization.ThiDuaModule}) for every public type of core and scoring,
 * versioned documents, their JSON Schemas and readable errors; scenario files ({@link
 * io.github.thidua.serialization.scenario.ScenarioVerifier}) that check a policy against expected
 * outcomes.
 */
module io.github.thidua.serialization {
    requires transitive io.github.thidua.core;
    requires transitive io.github.thidua.scoring;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;

    exports io.github.thidua.serialization;
    exports io.github.thidua.serialization.scenario;

    // Scenario files are bound to the reader's private records by Jackson.
    opens io.github.thidua.serialization.scenario to
            com.fasterxml.jackson.databind;

    provides com.fasterxml.jackson.databind.Module with
            io.github.thidua.serialization.ThiDuaModule;
}
