package io.github.thidua.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.serialization.scenario.Expectation;
import io.github.thidua.serialization.scenario.Expectation.Property;
import io.github.thidua.serialization.scenario.Scenario;
import io.github.thidua.serialization.scenario.ScenarioFileException;
import io.github.thidua.serialization.scenario.ScenarioReader;
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
                .hasMessageContaining("exactly one of unit, vote, document, role, recipient, refused");
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
    void ruleAuthorEntries_expandIntoTheirProperties_statusWrittenInAnyCase() throws IOException {
        Scenario s = ScenarioReader.read(file("""
                  name: n
                  inputs: {covenant: c.yaml, policy: p.yaml, assessments: a.yaml}
                  expect:
                    - {unit: a, group: I, subtotal: 40.0, decidedBy: lot, tiedWith: [b, c]}
                    - {unit: a, award: government-flag, status: CUT_BY_QUOTA, reason: "outside the quota"}
                    - {unit: a, status: Not-Qualified}
                    - {refused: "no pledged target"}
                    - {recipient: r, awarded: commendation, year: 2024, cash: 1070000}
                """));
        assertThat(s.expectations())
                .extracting(e ->
                        e.property() + " " + e.subject() + " " + e.qualifier().orElse("-") + " = " + e.expected())
                .containsExactly(
                        "SUBTOTAL a I = 40.0",
                        "DECIDED_BY a - = lot",
                        "TIED_WITH a - = b, c",
                        "AWARD_STATUS a government-flag = cut-by-quota",
                        "AWARD_REASON a government-flag = outside the quota",
                        "AWARD_STATUS a - = not-qualified",
                        "REFUSED evaluation - = no pledged target",
                        "AWARDED r 2024 = commendation",
                        "RECORD_CASH r commendation 2024 = 1070000");
    }

    @Test
    void eligibilityInputs_areRead() throws IOException {
        Scenario s = ScenarioReader.read(file("""
                  name: n
                  inputs:
                    covenant: c.yaml
                    policy: p.yaml
                    assessments: a.yaml
                    history: h.yaml
                    disciplinePending: [b]
                    underInvestigation: [a]
                    standings: {a: {headCount: 30, advancedWorkers: 21}}
                """));
        assertThat(s.inputs().history()).contains(tmp.resolve("h.yaml"));
        assertThat(s.inputs().standings().get(io.github.thidua.core.Id.of("a")).advancedWorkers())
                .isEqualTo(21);
        assertThat(s.inputs().disciplinePending()).containsExactly(io.github.thidua.core.Id.of("b"));
        assertThat(s.inputs().underInvestigation()).containsExactly(io.github.thidua.core.Id.of("a"));
    }

    @Test
    void groupWithoutSubtotal_isRefused() throws IOException {
        assertRefused("- {unit: a, group: I}", "/body/expect/0", "'group' and 'subtotal' go together");
    }

    @Test
    void unknownStatus_isRefusedListingTheAllowedOnes() throws IOException {
        assertRefused(
                "- {unit: a, status: won}",
                "/body/expect/0",
                "unknown award status 'won'; allowed: proposed, cut-by-quota, ineligible,"
                        + " undecided-at-quota-line, not-qualified");
    }

    @Test
    void awardWithoutStatusOrReason_isRefused() throws IOException {
        assertRefused(
                "- {unit: a, award: government-flag}", "/body/expect/0", "'award' needs 'status' and/or 'reason'");
    }

    @Test
    void refusedWithAnotherProperty_isRefused() throws IOException {
        assertRefused(
                "- {refused: x, rank: 1}",
                "/body/expect/0",
                "'rank' does not apply here; allowed with this subject: nothing else");
    }

    @Test
    void subtotalOfAVote_isRefused() throws IOException {
        assertRefused(
                "- {vote: v, group: I, subtotal: 1}",
                "/body/expect/0",
                "'group' does not apply here; allowed with this subject: [decided, elected]");
    }

    @Test
    void standingWithoutHeadCount_isRefusedWithItsPlace() throws IOException {
        Path f = file("""
                  name: n
                  inputs: {covenant: c.yaml, policy: p.yaml, assessments: a.yaml, standings: {a: {advancedWorkers: 3}}}
                """);
        assertThatThrownBy(() -> ScenarioReader.read(f))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("/body/inputs/standings/a")
                .hasMessageContaining("headCount");
    }

    @Test
    void standingAboveItsHeadCount_isRefusedWithTheDomainsMessage() throws IOException {
        Path f = file("""
                  name: n
                  inputs: {covenant: c.yaml, policy: p.yaml, assessments: a.yaml, standings: {a: {headCount: 3, advancedWorkers: 4}}}
                """);
        assertThatThrownBy(() -> ScenarioReader.read(f))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("/body/inputs/standings/a")
                .hasMessageContaining("CollectiveStanding.advancedWorkers: outside 0 to the head count; value: 4");
    }

    @Test
    void eligibilityInputsWithoutAnEvaluation_areRefused() throws IOException {
        Path f = file("""
                  name: n
                  inputs: {covenant: c.yaml, disciplinePending: [a]}
                """);
        assertThatThrownBy(() -> ScenarioReader.read(f))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("/body/inputs")
                .hasMessageContaining("feed the award ladder of an evaluation: add 'policy' and 'assessments'");
    }

    private void assertRefused(String entry, String pointer, String message) throws IOException {
        Path f = file("  name: n\n  inputs: {covenant: c.yaml}\n  expect:\n" + entry.indent(4));
        assertThatThrownBy(() -> ScenarioReader.read(f))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining(pointer)
                .hasMessageContaining(message);
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
