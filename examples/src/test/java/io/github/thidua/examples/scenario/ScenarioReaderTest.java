package io.github.thidua.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.examples.scenario.Expectation.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files: one entry gives one expectation per property; bad files name where. */
class ScenarioReaderTest {

    @TempDir
    Path tmp;

    private Path file(String body) throws IOException {
        Path f = tmp.resolve("scenario.yaml");
        Files.writeString(f, "kind: scenario\nversion: 1\nbody:\n" + body);
        return f;
    }

    @Test
    void entry_expandsIntoOneExpectationPerProperty_pathsResolvedAgainstTheFile() throws IOException {
        Scenario s = ScenarioReader.read(file("""
                  name: n
                  inputs: {covenant: c.yaml, policy: p.yaml, assessments: a.yaml}
                  expect:
                    - {unit: phu-tho, rank: 1, band: excellent, proposals: []}
                """));
        assertThat(s.inputs().covenant()).isEqualTo(tmp.resolve("c.yaml"));
        assertThat(s.expectations())
                .extracting(Expectation::property)
                .containsExactly(Property.RANK, Property.BAND, Property.PROPOSALS);
    }

    @Test
    void mixedSubjects_failWithLineAndColumn() throws IOException {
        Path f = file("""
                  name: n
                  inputs: {covenant: c.yaml}
                  expect:
                    - {unit: a, vote: b, rank: 1}
                """);
        assertThatThrownBy(() -> ScenarioReader.read(f))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("/body/expect/0 (line 7")
                .hasMessageContaining("exactly one of unit, vote, document, role, recipient");
    }

    @Test
    void missingCovenant_isNamed() throws IOException {
        Path f = file("  name: n\n  inputs: {policy: p.yaml}\n");
        assertThatThrownBy(() -> ScenarioReader.read(f))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("/body/inputs")
                .hasMessageContaining("covenant");
    }

    @Test
    void otherKind_isRefused() throws IOException {
        Path f = tmp.resolve("x.yaml");
        Files.writeString(f, "kind: covenant\nversion: 1\nbody: {}\n");
        assertThatThrownBy(() -> ScenarioReader.read(f))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("/kind")
                .hasMessageContaining("expected kind: scenario");
    }
}
