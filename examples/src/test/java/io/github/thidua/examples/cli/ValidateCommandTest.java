package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    static Path dir;

    static SeedFiles seed;

    @BeforeAll
    static void writeSeed() throws IOException {
        seed = SeedFiles.writeTo(dir);
    }

    private static Path broken(String name, Path from, String what, String with) throws IOException {
        String text = Files.readString(from, StandardCharsets.UTF_8);
        assertThat(text).contains(what);
        Path file = dir.resolve(name);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(what), with), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everySeedDocument_isOkWithItsKind() {
        Run run = Run.of(
                "validate",
                seed.policy().toString(),
                seed.covenant().toString(),
                seed.assessments().toString(),
                seed.ballots().toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .isEqualTo("OK " + seed.policy() + " (policy)\n"
                        + "OK " + seed.covenant() + " (covenant)\n"
                        + "OK " + seed.assessments() + " (assessments)\n"
                        + "OK " + seed.ballots() + " (ballots)\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aRepeatedMemberInYaml_isOneLineWithFileLineColumnPointerAndMessage() throws IOException {
        Path file = broken("repeated.yaml", seed.covenant(), "- id: tuyen-quang", "- id: ha-giang");

        Run run = Run.of("validate", "--lang", "en", seed.policy().toString(), file.toString());

        assertThat(run.code()).isEqualTo(Cli.INVALID);
        assertThat(run.out().lines().toList().get(0)).isEqualTo("OK " + seed.policy() + " (policy)");
        assertThat(run.out().lines().toList().get(1))
                .matches(java.util.regex.Pattern.quote(file.toString())
                        + ":\\d+:\\d+: /body/cluster/members/1/id: repeats members\\[0\\]; value: ha-giang.*");
        // The position is the repeated id's own, not where the parser stood when the cluster was refused.
        int line = Integer.parseInt(run.out().lines().toList().get(1).split(":")[1]);
        assertThat(Files.readAllLines(file).get(line - 1)).isEqualTo("    - id: ha-giang");
    }

    @Test
    void aBadValueInsideACriterionKind_isOneLineAboutThatKindOnly() throws IOException {
        Path file = broken("leader-tie.yaml", seed.policy(), "leaderTie: ALL_TIED_LEAD", "leaderTie: EVERYONE");

        Run run = Run.of("validate", "--lang", "en", file.toString());

        assertThat(run.code()).isEqualTo(Cli.INVALID);
        // The schema picks the branch by the criterion's "kind", so the other six kinds say nothing.
        assertThat(run.out().lines().toList())
                .singleElement()
                .asString()
                .contains("/kind/leaderTie: schema: ")
                .contains("ALL_TIED_LEAD");
    }

    @Test
    void severalShapeErrors_areAllListedOneLineEach() throws IOException {
        Path once = broken("two-errors-1.json", seed.assessments(), "\"unit\" : \"phu-tho\"", "\"unit\" : 7");
        Path file = broken("two-errors.json", once, "\"period\" : {", "\"colour\" : \"red\",\n    \"period\" : {");

        Run run = Run.of("validate", "--lang", "en", file.toString());

        assertThat(run.code()).isEqualTo(Cli.INVALID);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines).allMatch(l -> l.startsWith(file + ":"));
        assertThat(lines).anyMatch(l -> l.contains(": /body/") && l.contains("colour"));
        assertThat(lines).anyMatch(l -> l.contains("/unit: schema: "));
    }

    @Test
    void aBadValueInJson_pointsAtItsLineAndColumn() throws IOException {
        Path file = broken("bad-id.json", seed.assessments(), "\"unit\" : \"phu-tho\"", "\"unit\" : \"Phú Thọ\"");

        Run run = Run.of("validate", "--lang", "en", file.toString());

        assertThat(run.code()).isEqualTo(Cli.INVALID);
        assertThat(run.out())
                .matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: /body/0/unit: .+\n");
        int line = Integer.parseInt(run.out().split(":")[1]);
        assertThat(Files.readAllLines(file).get(line - 1)).contains("\"unit\" : \"Phú Thọ\"");
    }

    @Test
    void aSyntaxError_isReportedWithItsPosition() throws IOException {
        Path file = dir.resolve("syntax.json");
        Files.writeString(file, "{\"kind\": \"policy\",\n  \"version\": 1,\n  \"body\": {\n}", StandardCharsets.UTF_8);

        Run run = Run.of("validate", "--lang", "en", file.toString());

        assertThat(run.code()).isEqualTo(Cli.INVALID);
        assertThat(run.out()).startsWith(file + ":4:").contains("syntax error");
    }

    @Test
    void anUnknownKind_isPointedAtAndTheKindsListed() throws IOException {
        Path file = dir.resolve("kind.yaml");
        Files.writeString(file, "kind: clusters\nversion: 1\nbody: {}\n", StandardCharsets.UTF_8);

        Run run = Run.of("validate", "--lang", "en", file.toString());

        assertThat(run.code()).isEqualTo(Cli.INVALID);
        assertThat(run.out())
                .isEqualTo(file + ":1:1: /kind: unknown document kind 'clusters'; allowed: cluster, covenant,"
                        + " policy, assessments, ballots, result, covenants\n");
    }

    @Test
    void aMissingKind_isReportedByTheLibrary() throws IOException {
        Path file = dir.resolve("nokind.json");
        Files.writeString(file, "{\"version\": 1, \"body\": {}}", StandardCharsets.UTF_8);

        Run run = Run.of("validate", "--lang", "en", file.toString());

        assertThat(run.code()).isEqualTo(Cli.INVALID);
        assertThat(run.out()).startsWith(file + ":1:1: /kind: missing or of the wrong type");
    }

    @Test
    void aMissingFile_isExitCode3AndTheOtherFilesAreStillChecked() {
        Run run = Run.of(
                "validate",
                "--lang",
                "en",
                dir.resolve("absent.json").toString(),
                seed.ballots().toString());

        assertThat(run.code()).isEqualTo(Cli.INPUT);
        assertThat(run.out())
                .isEqualTo(dir.resolve("absent.json") + ": no such file\n" + "OK " + seed.ballots() + " (ballots)\n");
    }

    @Test
    void vietnamese_isTheDefaultLanguageOfMessages() throws IOException {
        Path file = dir.resolve("kind-vi.yaml");
        Files.writeString(file, "kind: x\nversion: 1\nbody: {}\n", StandardCharsets.UTF_8);

        Run run = Run.of("validate", file.toString());

        assertThat(run.out()).contains(": /kind: loại tài liệu không xác định 'x'");
    }
}
