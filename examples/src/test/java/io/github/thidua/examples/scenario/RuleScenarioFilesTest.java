package io.github.thidua.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.serialization.scenario.ScenarioReport;
import io.github.thidua.serialization.scenario.ScenarioVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule-family scenarios under {@code examples/data/rules}: each holds, each is listed in the
 * folder's index and says which rule it shows, and each fails when its rule is changed.
 */
class RuleScenarioFilesTest {

    private static final Path RULES = Path.of("data/rules");

    @TestFactory
    Stream<DynamicTest> ruleFamilies() {
        return ScenarioTests.dynamicTests(RULES);
    }

    static List<Path> scenarioFolders() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            return files.filter(p -> p.getFileName().toString().equals("scenario.yaml"))
                    .map(p -> RULES.relativize(p.getParent()))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void index_listsEveryScenarioFolder() throws IOException {
        String index = Files.readString(RULES.resolve("README.md"));
        List<Path> folders = scenarioFolders();
        assertThat(folders).hasSizeGreaterThanOrEqualTo(20);
        for (Path folder : folders) {
            assertThat(index)
                    .as("README.md lists " + folder)
                    .contains("](" + folder.toString().replace('\\', '/') + "/)");
        }
    }

    @Test
    void everyDocument_isHeadedByTheRuleItShowsAndTheDomainTextItFollows() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(file);
                assertThat(text)
                        .as(file.toString())
                        .startsWith("# Rule family: ")
                        .contains("Domain primer §");
            }
        }
    }

    /**
     * Each family's scenario pins its rule: the same documents under a changed rule (the change
     * applied to every document of the family's folder, so that the covenant keeps the policy's
     * table) fail the scenario, on the expectation named.
     */
    @ParameterizedTest(name = "{0}: {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            01-qualitative                  | .                | fractionIfNotAchieved: 0.5  | fractionIfNotAchieved: 0.25 | ben-tre criterion I.2
            02-quantitative                 | .                | ratioCap: 1.2               | ratioCap: 1.5               | an-giang criterion II.1
            02-quantitative                 | .                | missingTarget: ZERO         | missingTarget: FULL         | ca-mau criterion II.3
            02-quantitative                 | reject           | indicator: thu-ngan-sach}}  | indicator: thu-ngan-sach, missingTarget: ZERO}} | evaluation refused
            03-leader-relative              | .                | leaderTie: ALL_TIED_LEAD    | leaderTie: NONE_LEAD        | an-giang criterion I.1
            03-leader-relative              | none-lead        | leaderTie: NONE_LEAD        | leaderTie: ALL_TIED_LEAD    | ca-mau criterion I.1
            04-count-bonus-deduction        | .                | bonusCap: 3                 | bonusCap: 4                 | an-giang total
            04-count-bonus-deduction        | .                | deductionCap: 3             | deductionCap: 5             | ben-tre total
            05-formula                      | .                | count * 0.75                | count * 0.5                 | an-giang criterion IV.2
            06-rounding                     | .                | step: 0.25                  | step: 0.5                   | an-giang subtotal I
            07-recorded-points              | .                | missingStage: FALL_BACK     | missingStage: ZERO          | an-giang criterion I.2
            07-recorded-points              | zero             | countingStage: FINAL        | countingStage: SELF         | an-giang criterion I.2
            08-missing-sheet                | reject           | missingSheet: REJECT        | missingSheet: EMPTY         | evaluation refused
            09-sub-group-scope              | .                | scope: SUB_GROUP            | scope: CLUSTER              | dong-thap criterion I.1
            10-bands                        | .                | {REPRIMAND: good, WARNING: completed} | {REPRIMAND: good} | long-an band
            10-bands                        | named-band       | fallbackBand: completed     | fallbackBand: not-completed | ben-tre band
            11-ranking-kinds                | dense            | kind: DENSE                 | kind: COMPETITION           | dong-thap rank
            11-ranking-kinds                | ordinal          | kind: ORDINAL               | kind: DENSE                 | dong-thap rank
            12-tie-breakers                 | .                | {name: more-full-marks}     | {name: women-share}         | hau-giang decided by
            13-unresolved-tie               | .                | straddle: CONTINUE_TIE_CHAIN | straddle: INCLUDE_ALL      | an-giang award status
            14-votes                        | .                | threshold: 0.8, base: membership} | threshold: 0.7, base: membership} | suy-ton-toan-the elected
            15-award-ladder                 | .                | share: 0.3, base: MEMBERS   | share: 0.4, base: MEMBERS   | hau-giang award status ministry-province-merit
            16-quota-straddle               | .                | straddle: EXCLUDE_ALL       | straddle: INCLUDE_ALL       | dong-thap award status
            17-eligibility                  | .                | years: 2                    | years: 1                    | ben-tre award status government-flag
            18-cash                         | .                | householdFactor: 1.5        | householdFactor: 1.45       | ho-tran-van-binh recorded award cash
            19-progress                     | .                | unitOfMeasure: "%", direction: LOWER_IS_BETTER | unitOfMeasure: "%", direction: HIGHER_IS_BETTER | an-giang progress
            20-phase                        | average          | method: average             | method: sum                 | ben-tre phase score
            """)
    void changedRule_failsTheFamilysScenario(String family, String variant, String from, String to, String failing)
            throws IOException {
        Path copy = copy(RULES.resolve(family), tmp.resolve(family));
        int changed = 0;
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(file);
                if (text.contains(from)) {
                    Files.writeString(file, text.replace(from, to));
                    changed++;
                }
            }
        }
        assertThat(changed).as("the rule to change is in the documents").isPositive();

        ScenarioReport report = ScenarioVerifier.verify(copy.resolve(variant).resolve("scenario.yaml"));

        assertThat(report.passed()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(report.failures())
                .extracting(o -> o.expectation().describe().en())
                .anySatisfy(d -> assertThat(d).startsWith(failing));
    }

    @TempDir
    Path tmp;

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }
}
