package io.github.thidua.serialization.scenario;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario read from a file: what it shows, the documents it evaluates and the outcomes it
 * expects. Immutable and thread-safe.
 *
 * <pre>{@code
 * Scenario s = ScenarioReader.read(Path.of("data/1-cum-2-2023/scenario.yaml"));
 * }</pre>
 *
 * @param file the scenario file, against which {@code inputs} paths were resolved
 * @param name the scenario's name
 * @param source where it comes from and what in it is illustrative
 * @param notes further notes, such as the movement's themes; may be empty
 * @param inputs the documents and values evaluated
 * @param expectations the expected outcomes, one per check, in file order
 */
public record Scenario(
        Path file,
        String name,
        String source,
        List<String> notes,
        ScenarioInputs inputs,
        List<Expectation> expectations) {

    /** Checks and copies the parts. */
    public Scenario {
        requireNonNull(file, "file");
        requireNonNull(name, "name");
        requireNonNull(source, "source");
        notes = List.copyOf(notes);
        requireNonNull(inputs, "inputs");
        expectations = List.copyOf(expectations);
    }
}
