package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

    @TempDir
    static Path dir;

    static SeedFiles seed;

    @BeforeAll
    static void writeSeed() throws IOException {
        seed = SeedFiles.writeTo(dir);
    }

    private static Run explain(String... options) {
        return Run.of(
                Stream.concat(Stream.of("explain"), Arrays.stream(options)).toArray(String[]::new),
                Stream.concat(Stream.of("--policy", seed.policy().toString()), Arrays.stream(seed.inputs()))
                        .toArray(String[]::new));
    }

    @Test
    void phuTho_inEnglish_saysItLeadsWithRatio13() {
        Run run = explain("phu-tho", "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .startsWith("Phú Thọ: 102 points, rank 1, band Excellent")
                .contains("Leads with ratio 1.3: the maximum 40")
                .contains("8 × 1,800,000 = 14,400,000 VND");
    }

    @Test
    void phuTho_inVietnamese_isTheDefault() {
        Run run = explain("phu-tho");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Phú Thọ: 102 điểm, hạng 1");
    }

    @Test
    void fromAResultDocument_givesTheSameExplanation() {
        Path result = dir.resolve("result.json");
        Run rank = Run.of(
                Stream.concat(
                                Stream.of("rank", "--policy", seed.policy().toString(), "--format", "json", "-o"),
                                Stream.of(result.toString()))
                        .toArray(String[]::new),
                seed.inputs());
        assertThat(rank.code()).as(rank.toString()).isZero();

        Run fromResult = Run.of("explain", "ha-giang", "--result", result.toString(), "--lang", "en");

        assertThat(fromResult.code()).as(fromResult.toString()).isZero();
        assertThat(fromResult.out())
                .isEqualTo(explain("ha-giang", "--lang", "en").out());
    }

    @Test
    void unknownUnit_isAUsageErrorListingTheUnits() {
        Run run = explain("ha-noi");

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("No unit 'ha-noi' in the result; units: ");
    }

    @Test
    void malformedUnitId_isAUsageError() {
        Run run = explain("Phú Thọ");

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("UNIT");
    }

    @Test
    void resultTogetherWithPolicy_isAUsageError() {
        Run run = Run.of(
                "explain",
                "phu-tho",
                "--result",
                "r.json",
                "--policy",
                seed.policy().toString());

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("Give either --result or --policy");
    }
}
