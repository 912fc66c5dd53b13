package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The top command: dispatch, help, and the exit code of each kind of failure. */
class CliTest {

    @TempDir
    static Path dir;

    static SeedFiles seed;

    @BeforeAll
    static void writeSeed() throws IOException {
        seed = SeedFiles.writeTo(dir);
    }

    @Test
    void help_listsTheCommandsAndTheExitCodes() {
        Run run = Run.of("--help");

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("validate  Check documents of any kind (kiểm tra tài liệu).")
                .contains("rank      Evaluate and rank a cluster or many (chấm điểm, xếp hạng).")
                .contains("explain")
                .contains("diff")
                .contains("Exit codes (mã thoát):")
                .contains("  3  unreadable or invalid input document");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "rank", "explain", "diff"})
    void everyCommandsHelp_endsWithTheExitCodes(String command) {
        Run run = Run.of(command, "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("Usage: thidua " + command)
                .contains("--lang=vi|en")
                .contains("  4  evaluation error");
    }

    @Test
    void noCommand_isAUsageError() {
        Run run = Run.of();

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).startsWith("Missing a command");
    }

    @Test
    void anUnknownOption_isAUsageErrorWithTheUsage() {
        Run run = Run.of("rank", "--policy", seed.policy().toString(), "--colour");

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).startsWith("Unknown option: '--colour'");
    }

    @Test
    void aBadEnumValue_isAUsageError() {
        Run run = Run.of(Stream.of("rank", "--policy", seed.policy().toString(), "--format", "xml")
                .toArray(String[]::new));

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--format");
    }

    @Test
    void aMissingFile_isExitCode3OnOneLineWithoutAStackTrace() {
        Path absent = dir.resolve("absent.yaml");

        Run run = Run.of(
                Stream.of("rank", "--lang", "en", "--policy", absent.toString()).toArray(String[]::new), seed.inputs());

        assertThat(run.code()).isEqualTo(Cli.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(absent + ": no such file\n");
    }

    @Test
    void aDocumentOfTheWrongKind_isExitCode3WithItsPosition() {
        Run run = Run.of(
                Stream.of("rank", "--lang", "en", "--policy", seed.covenant().toString())
                        .toArray(String[]::new),
                seed.inputs());

        assertThat(run.code()).isEqualTo(Cli.INPUT);
        assertThat(run.err())
                .isEqualTo(
                        seed.covenant() + ":1:1: /kind: a document of kind 'covenant' where 'policy' was expected\n");
    }

    @Test
    void debug_addsTheStackTrace() {
        Path absent = dir.resolve("absent.yaml");

        Run run = Run.of(
                Stream.of("rank", "--debug", "--policy", absent.toString()).toArray(String[]::new), seed.inputs());

        assertThat(run.code()).isEqualTo(Cli.INPUT);
        assertThat(run.err()).contains("NoSuchFileException").contains("\tat ");
    }

    @Test
    void anEvaluationError_isExitCode4OnOneLine() throws IOException {
        // Recorded points with missing stages rejected: the seed's sheets record no points.
        String text = Files.readString(seed.policy(), StandardCharsets.UTF_8)
                .replace("source: COMPUTED", "source: RECORDED")
                .replace("missingStage: FALL_BACK", "missingStage: REJECT");
        Path policy = dir.resolve("recorded.yaml");
        Files.writeString(policy, text, StandardCharsets.UTF_8);

        Run run = Run.of(
                Stream.of("rank", "--lang", "en", "--policy", policy.toString()).toArray(String[]::new), seed.inputs());

        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.EVALUATION);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith(policy + ": the evaluation failed: Unit ")
                .contains("has no points at stage FINAL")
                .hasLineCount(1);
    }

    @Test
    void progress_isSilentForSmallInputs_printedWhenForced_andQuietWins() {
        String[] rank = {"rank", "--policy", seed.policy().toString(), "--lang", "en"};

        assertThat(Run.of(rank, seed.inputs()).err()).isEmpty();
        Run forced =
                Run.of(Stream.concat(Stream.of(rank), Stream.of("--progress")).toArray(String[]::new), seed.inputs());
        assertThat(forced.err())
                .contains("thidua: reading " + seed.assessments() + "…")
                .contains("thidua: 5 sheets read (")
                .contains("thidua: evaluating 5 sheets…")
                .contains("thidua: evaluated (");
        Run quiet = Run.of(
                Stream.concat(Stream.of(rank), Stream.of("--progress", "--quiet"))
                        .toArray(String[]::new),
                seed.inputs());
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).isEqualTo(forced.out());
    }
}
