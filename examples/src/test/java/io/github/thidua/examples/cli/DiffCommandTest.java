package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @TempDir
    static Path dir;

    static SeedFiles seed;

    @BeforeAll
    static void writeSeed() throws IOException {
        seed = SeedFiles.writeTo(dir);
    }

    // The seed policy with one part of its YAML text replaced: a variant as a rule author writes it.
    private static Path variant(String name, String from, String to) throws IOException {
        String text = Files.readString(seed.policy(), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Path file = dir.resolve(name);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    private static Run diff(Path before, Path after, String... options) {
        return Run.of(
                Stream.concat(
                                Stream.of("diff", "--policy", before.toString(), "--policy", after.toString()),
                                Arrays.stream(options))
                        .toArray(String[]::new),
                seed.inputs());
    }

    @Test
    void denseRanking_changesNothingInSeed002_whichHasNoTies() throws IOException {
        Path dense = variant("dense.yaml", "kind: COMPETITION", "kind: DENSE");

        Run run = diff(seed.policy(), dense, "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).endsWith("No unit changed.\n");
    }

    @Test
    void wholePointTotals_moveTheFractionalTotalsAndSayWhy() throws IOException {
        Path whole = variant("whole.yaml", "    total:\n      scale: 2\n", "    total:\n      scale: 0\n");

        Run run = diff(seed.policy(), whole, "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .startsWith("ccb-cum-2-quy-che v2023.1 (")
                .contains("ha-giang: total 94.33 → 94, stays 2")
                .contains("yen-bai: total 87.67 → 88, stays 3")
                .contains("vinh-phuc: total 77.5 → 78, stays 5")
                .doesNotContain("phu-tho")
                .doesNotContain("No unit changed");
    }

    @Test
    void twoResults_ofTheSameEvaluation_haveNoChangesInVietnamese() {
        Path result = dir.resolve("same.json");
        Run rank = Run.of(
                Stream.of("rank", "--policy", seed.policy().toString(), "--format", "json", "-o", result.toString())
                        .toArray(String[]::new),
                seed.inputs());
        assertThat(rank.code()).as(rank.toString()).isZero();

        Run run = Run.of("diff", "--result", result.toString(), "--result", result.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).endsWith("Không đơn vị nào thay đổi.\n");
    }

    @Test
    void onePolicy_isAUsageError() {
        Run run = Run.of(Stream.of("diff", "--policy", seed.policy().toString()).toArray(String[]::new), seed.inputs());

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("Give --policy exactly twice");
    }
}
