package io.github.thidua.examples.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

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
 * <p>It lives in the test sources because JUnit is only a test dependency of the examples; copy it
 * into your own tests to run your scenarios. A scenario file is any {@code scenario.yaml},
 * {@code scenario.yml} or {@code scenario.json} below the folder; a failed test's message is the
 * scenario's report in English.
 */
public final class ScenarioTests {

    private ScenarioTests() {}

    /**
     * Returns one dynamic test per scenario file below a folder, in path order.
     *
     * @param dir the folder, searched recursively; not null
     * @return the tests
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public static Stream<DynamicTest> dynamicTests(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(ScenarioTests::isScenario).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(dir.relativize(file).toString(), file.toUri(), () -> {
                        ScenarioReport report = ScenarioVerifier.verify(file);
                        if (!report.passed()) {
                            throw new AssertionFailedError(report.render(Locale.ENGLISH));
                        }
                    }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isScenario(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file)
                && (name.equals("scenario.yaml") || name.equals("scenario.yml") || name.equals("scenario.json"));
    }
}
