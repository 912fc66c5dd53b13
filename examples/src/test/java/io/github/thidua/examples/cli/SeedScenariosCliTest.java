package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every seed scenario in {@code examples/data}, run through the command line as a user would. */
class SeedScenariosCliTest {

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("data"))) {
            // The rule-family scenarios under data/rules are run by ScenarioFilesCliTest.
            return files.filter(p -> p.getFileName().toString().equals("scenario.yaml"))
                    .filter(p -> !p.startsWith(Path.of("data", "rules")))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void verify_seedScenario_passesEveryExpectation(Path scenario) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(
                new PrintWriter(out, true), new PrintWriter(err, true), "verify", scenario.toString(), "--lang", "en");
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("ok ").doesNotContain("FAIL");
    }

    @org.junit.jupiter.api.Test
    void scenarios_areTheFiveSeeds() throws IOException {
        assertThat(scenarios()).hasSize(5);
    }
}
