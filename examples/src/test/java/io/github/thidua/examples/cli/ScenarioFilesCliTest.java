package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code thidua verify} over every scenario kept in the repository, the seeds and the rule
 * families, in one run as a rule author would start it.
 */
class ScenarioFilesCliTest {

    @Test
    void verify_everySeedAndRuleScenario_exitsZero() throws IOException {
        List<String> scenarios;
        try (Stream<Path> files = Files.walk(Path.of("data"))) {
            scenarios = files.filter(p -> p.getFileName().toString().equals("scenario.yaml"))
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
        assertThat(scenarios)
                .anyMatch(s -> s.startsWith(Path.of("data", "rules").toString()))
                .anyMatch(s -> !s.startsWith(Path.of("data", "rules").toString()));
        List<String> args = new ArrayList<>(List.of("verify", "--lang", "en"));
        args.addAll(scenarios);

        Run run = Run.of(args.toArray(String[]::new));

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .doesNotContain("FAIL")
                .contains("Scenario: Cụm Công tác thi đua số 2, tổng kết năm 2023")
                .contains("ok   tien-giang decided by: lot")
                .endsWith("0 of " + scenarios.size() + " scenarios had a failed expectation." + System.lineSeparator());
    }
}
