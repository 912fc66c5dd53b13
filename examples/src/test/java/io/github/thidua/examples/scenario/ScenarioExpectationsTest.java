package io.github.thidua.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.serialization.scenario.ScenarioReport;
import io.github.thidua.serialization.scenario.ScenarioVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expectations a rule author states about subtotals, tie-breaks, award decisions, refusals and
 * recorded cash: each fails, when the expected value is wrong, with the expected and the actual
 * value and the explanation line that matters.
 */
class ScenarioExpectationsTest {

    @TempDir
    Path tmp;

    /** Verifies, against a rule family's documents, a scenario with these inputs and expectations. */
    private String verify(String family, String inputs, String expect) throws IOException {
        Path dir = RuleScenarioFilesTest.copy(Path.of("data/rules", family), tmp.resolve(family));
        Path scenario = dir.resolve("planted.yaml");
        Files.writeString(
                scenario,
                "kind: scenario\nversion: 1\nbody:\n  name: planted\n  inputs: " + inputs + "\n  expect:\n"
                        + expect.indent(4));
        ScenarioReport report = ScenarioVerifier.verify(scenario);
        String text = report.render(Locale.ENGLISH);
        assertThat(report.passed()).as(text).isFalse();
        return text;
    }

    private static final String EVALUATED =
            "{covenant: covenant.yaml, policy: policy.yaml, assessments: assessments.yaml}";

    private static final String WITH_BALLOTS =
            "{covenant: covenant.yaml, policy: policy.yaml, assessments: assessments.yaml, ballots: ballots.yaml}";

    @Test
    void assertPassed_onAFailedScenario_throwsAnAssertionErrorCarryingTheReport() throws IOException {
        Path dir = RuleScenarioFilesTest.copy(Path.of("data/rules", "12-tie-breakers"), tmp.resolve("assert"));
        Path scenario = dir.resolve("planted.yaml");
        Files.writeString(
                scenario,
                "kind: scenario\nversion: 1\nbody:\n  name: planted\n  inputs: " + WITH_BALLOTS
                        + "\n  expect:\n    - {unit: an-giang, group: I, subtotal: 21}\n");
        ScenarioReport report = ScenarioVerifier.verify(scenario);

        assertThatThrownBy(report::assertPassed)
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessage(report.render(Locale.ENGLISH))
                .hasMessageContaining("expected 21 but was 20");
        // The seed's own scenario holds, so it does not throw.
        ScenarioVerifier.verify(Path.of("data/rules/12-tie-breakers/scenario.yaml"))
                .assertPassed();
    }

    @Test
    void files_findsEveryScenarioBelowAFolderInPathOrder() {
        assertThat(ScenarioVerifier.files(Path.of("data/rules")))
                .hasSize(31)
                .isSorted()
                .allMatch(f -> f.getFileName().toString().equals("scenario.yaml"))
                .contains(Path.of("data/rules/20-phase/average/scenario.yaml"));
        assertThat(ScenarioVerifier.files(Path.of("data/rules/01-qualitative")))
                .containsExactly(Path.of("data/rules/01-qualitative/scenario.yaml"));
    }

    @Test
    void subtotal_wrong_showsTheGroupsStep() throws IOException {
        assertThat(verify("12-tie-breakers", WITH_BALLOTS, "- {unit: an-giang, group: I, subtotal: 21}"))
                .contains("FAIL an-giang subtotal I: expected 21 but was 20\n")
                .contains("Group I Nhiệm vụ chính trị: 20 / 20 points (group: I)")
                .doesNotContain("Group II");
    }

    @Test
    void subtotal_ofAnUnknownGroup_namesTheTablesGroups() throws IOException {
        assertThat(verify("12-tie-breakers", WITH_BALLOTS, "- {unit: an-giang, group: III, subtotal: 1}"))
                .contains(
                        "FAIL an-giang subtotal III: expected 1 but was — (no group III; the table's groups: [I, II])");
    }

    @Test
    void decidedBy_wrong_showsTheRanksSteps() throws IOException {
        assertThat(verify("12-tie-breakers", WITH_BALLOTS, "- {unit: ca-mau, decidedBy: group-subtotal}"))
                .contains("FAIL ca-mau decided by: expected group-subtotal but was fewer-deductions\n")
                .contains("Position 3: level on 28 points with dong-thap; separated by tie-breaker 'fewer-deductions'")
                .contains("Tie-breaker 'group-subtotal' does not separate");
    }

    @Test
    void decidedBy_ofAnUnresolvedTie_isUnresolved_andOfAUnitLevelWithNobody_none() throws IOException {
        String text = verify("13-unresolved-tie", EVALUATED, """
                - {unit: an-giang, decidedBy: lot}
                - {unit: dong-thap, decidedBy: lot}
                """);
        assertThat(text)
                .contains("FAIL an-giang decided by: expected lot but was unresolved")
                .contains("awaits a decision by the bloc's head and deputy head")
                .contains("FAIL dong-thap decided by: expected lot but was none");
    }

    @Test
    void tiedWith_wrong_namesWhoIsStillLevel() throws IOException {
        assertThat(verify("13-unresolved-tie", EVALUATED, "- {unit: an-giang, tiedWith: []}"))
                .contains("FAIL an-giang tied with: expected [] but was ben-tre\n");
    }

    @Test
    void status_wrong_showsTheDecision() throws IOException {
        assertThat(verify("15-award-ladder", EVALUATED, "- {unit: kien-giang, status: proposed}"))
                .contains("FAIL kien-giang award status: expected proposed but was cut-by-quota\n")
                .contains("No award: cut by the quota")
                .contains("Step 4 (Certificate of Commendation): outside the quota 50 % of the step's qualifying"
                        + " candidates = 1 of 2 qualifying units");
    }

    @Test
    void statusForAnAward_wrong_showsThatStepOnly() throws IOException {
        String text =
                verify("15-award-ladder", EVALUATED, "- {unit: ben-tre, award: government-flag, status: proposed}");
        assertThat(text)
                .contains("FAIL ben-tre award status government-flag: expected proposed but was cut-by-quota\n")
                .contains("Step 1 (Government Emulation Flag): outside the quota 20 % of 5 = 1 of 2 qualifying units")
                .doesNotContain("Step 2");
    }

    @Test
    void statusForAnAward_thatNoStepGives_orTheUnitNeverReached_saysSo() throws IOException {
        String text = verify("15-award-ladder", EVALUATED, """
                - {unit: an-giang, award: advanced-worker, status: proposed}
                - {unit: an-giang, award: commendation, status: proposed}
                """);
        assertThat(text)
                .contains("FAIL an-giang award status advanced-worker: expected proposed but was — (no step of the"
                        + " award ladder gives advanced-worker; the steps give [government-flag,"
                        + " ministry-province-flag, ministry-province-merit, commendation])")
                .contains("FAIL an-giang award status commendation: expected proposed but was — (no step giving"
                        + " commendation was reached: Proposed for the Government Emulation Flag)");
    }

    @Test
    void reason_missingFromTheExplanation_failsQuotingIt() throws IOException {
        assertThat(verify(
                        "17-eligibility",
                        "{covenant: covenant.yaml, policy: policy.yaml, assessments: assessments.yaml,"
                                + " history: history.yaml}",
                        "- {unit: ca-mau, award: ministry-province-flag, reason: consecutive-years}"))
                .contains("FAIL ca-mau award reason ministry-province-flag: expected to contain “consecutive-years”"
                        + " but was: Step 2 (Emulation Flag of a ministry, sector, province or central mass"
                        + " organisation): fails one-award-per-year\n");
    }

    @Test
    void refused_whenTheEngineAccepts_failsSayingSo() throws IOException {
        assertThat(verify("01-qualitative", EVALUATED, "- {refused: no pledged target}"))
                .contains("FAIL evaluation refused: expected to contain “no pledged target” but was: — (the engine"
                        + " accepted the inputs)");
    }

    @Test
    void refused_withAnotherMessage_failsQuotingIt_andUnitExpectationsNameTheRefusal() throws IOException {
        String text = verify("02-quantitative/reject", EVALUATED, """
                - {refused: "unit an-giang"}
                - {unit: an-giang, total: 10}
                """);
        assertThat(text)
                .contains(
                        "FAIL evaluation refused: expected to contain “unit an-giang” but was: "
                                + "RuleInput.units[ca-mau].criteria[II.1].target: unit ca-mau, criterion II.1: no pledged target")
                .contains("FAIL an-giang total: expected 10 but was — (no evaluation: the engine refused the inputs: ");
    }

    @Test
    void recordedCash_wrong_showsTheHouseholdComputation() throws IOException {
        assertThat(verify(
                        "18-cash",
                        "{covenant: covenant.yaml, policy: policy.yaml, awards: awards.yaml, decisionDate: 2024-12-20}",
                        "- {recipient: ho-tran-van-binh, awarded: commendation, cash: 1060000}"))
                .contains("FAIL ho-tran-van-binh recorded award cash commendation: expected 1060000 but was 1070000\n")
                .contains("(household: 1.5 times the individual amount)")
                .contains("0.3 × 2,340,000 = 702,000 VND, rounded up to 710,000 VND");
    }

    @Test
    void recordedCash_withoutADecisionDate_saysWhatIsMissing() throws IOException {
        assertThat(verify(
                        "18-cash",
                        "{covenant: covenant.yaml, policy: policy.yaml, awards: awards.yaml}",
                        "- {recipient: ho-tran-van-binh, awarded: commendation, cash: 1070000}"))
                .contains("but was — (no decision date: the record has no decidedOn and the scenario no decisionDate)");
    }
}
