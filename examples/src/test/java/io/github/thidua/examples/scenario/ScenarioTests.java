package io.github.thidua.examples.scenario;

import io.github.thidua.serialization.scenario.ScenarioVerifier;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs every scenario file of a folder as JUnit tests, one per scenario:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return ScenarioTests.dynamicTests(Path.of("data"));
 * }
 * }</pre>
 *
 * <p>The library itself needs no test framework: {@link ScenarioVerifier#files(Path)} finds the
 * scenario files (any {@code scenario.yaml}, {@code scenario.yml} or {@code scenario.json} below
 * the folder) and {@code ScenarioReport.assertPassed()} throws an {@link AssertionError} whose
 * message is the scenario's report in English. This class is that one line, for the examples'
 * own tests.
 */
public final class ScenarioTests {

    private ScenarioTests() {}

    /**
     * Returns one dynamic test per scenario file below a folder, in path order.
     *
     * @param dir the folder, searched recursively; not null
     * @return the tests
     */
    public static Stream<DynamicTest> dynamicTests(Path dir) {
        return ScenarioVerifier.files(dir).stream()
                .map(f -> DynamicTest.dynamicTest(
                        dir.relativize(f).toString(),
                        f.toUri(),
                        () -> ScenarioVerifier.verify(f).assertPassed()));
    }
}
