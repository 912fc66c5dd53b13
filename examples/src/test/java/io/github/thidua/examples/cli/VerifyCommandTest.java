package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code verify} run on its own, as the examples' top command will run it. */
class VerifyCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new VerifyCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void seedScenario_holds_exitsZeroAndPrintsTheReport() {
        int exit = run("--lang", "en", "data/1-cum-2-2023/scenario.yaml");
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("Scenario: Cụm Công tác thi đua số 2, tổng kết năm 2023")
                .contains("ok   phu-tho rank: 1")
                .contains("ok   suy-ton-cum-truong-2024 elected: yen-bai")
                .contains("22 of 22 expectations held.");
    }

    @Test
    void vietnamese_isTheDefault() {
        assertThat(run("data/3-cum-5-so-ket-2023/scenario.yaml")).isZero();
        assertThat(out.toString()).contains("Kịch bản: ").contains("7/7 kỳ vọng đạt.");
    }

    @Test
    void wrongExpectation_exitsOneWithExpectedButWas(@TempDir Path tmp) throws IOException {
        Path copy = copy(Path.of("data/1-cum-2-2023"), tmp);
        Path scenario = copy.resolve("scenario.yaml");
        Files.writeString(
                scenario,
                Files.readString(scenario).replace("{unit: ha-giang, total: 94.33", "{unit: ha-giang, total: 95"));
        int exit = run("--lang", "en", scenario.toString());
        assertThat(exit).as(out + "\n" + err).isEqualTo(VerifyCommand.MISMATCH);
        assertThat(out.toString())
                .contains("FAIL ha-giang total: expected 95 but was 94.33")
                .contains("Hà Giang: 94.33 points, rank 2")
                .contains("21 of 22 expectations held.");
    }

    @Test
    void unreadableScenario_exitsThreeNamingFileAndField(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("scenario.yaml");
        Files.writeString(bad, """
                kind: scenario
                version: 1
                body:
                  name: x
                  inputs: {covenant: c.yaml}
                  expect:
                    - {unit: a, rnak: 1}
                """);
        assertThat(run("--lang", "en", bad.toString())).isEqualTo(VerifyCommand.UNREADABLE);
        assertThat(err.toString())
                .contains(bad.toString())
                .contains("/body/expect/0/rnak")
                .contains("unknown field 'rnak'");
    }

    @Test
    void missingDocument_exitsThree(@TempDir Path tmp) throws IOException {
        Path copy = copy(Path.of("data/1-cum-2-2023"), tmp);
        Files.delete(copy.resolve("policy-2023.yaml"));
        assertThat(run("--lang", "en", copy.resolve("scenario.yaml").toString()))
                .isEqualTo(VerifyCommand.UNREADABLE);
        assertThat(err.toString()).contains("policy-2023.yaml");
    }

    private static Path copy(Path from, Path to) throws IOException {
        Path target = to.resolve(from.getFileName());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = target.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return target;
    }
}
