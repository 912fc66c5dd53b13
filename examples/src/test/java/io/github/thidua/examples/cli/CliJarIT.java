package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar as users do, {@code java -jar target/thidua-cli.jar}, in its own process.
 * Failsafe runs it after {@code package}; run alone before the jar exists, it is skipped.
 */
class CliJarIT {

    private static final Path JAR = Path.of("target", "thidua-cli.jar");

    @TempDir
    Path dir;

    private record Result(int code, String out) {}

    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out);
    }

    @Test
    void shadedJar_ranksSeed002AndExitsWithTheDocumentedCodes() throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR), "the shaded jar exists only after package");
        SeedFiles seed = SeedFiles.writeTo(dir);
        List<String> rank = new ArrayList<>(
                List.of("rank", "--lang", "en", "--policy", seed.policy().toString()));
        rank.addAll(List.of(seed.inputs()));

        Result ranked = java(rank.toArray(String[]::new));

        assertThat(ranked.code()).as(ranked.out()).isZero();
        assertThat(ranked.out())
                .containsPattern("(?m)^1 +Phú Thọ +102 +Excellent +Emulation Flag")
                .containsPattern("(?m)^2 +Hà Giang +94.33 +Good +Certificate of Merit");
        assertThat(java("validate", seed.covenant().toString()).out())
                .isEqualTo("OK " + seed.covenant() + " (covenant)\n");
        assertThat(java("rank", "--colour").code()).isEqualTo(Cli.USAGE);
        assertThat(java("validate", dir.resolve("absent.json").toString()).code())
                .isEqualTo(Cli.INPUT);
    }

    @Test
    void shadedJar_ranksABatchWithinASmallHeap() throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR), "the shaded jar exists only after package");
        BatchWorkload.Batch batch = BatchWorkload.write(dir, 40, 11L);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-jar",
                JAR.toString(),
                "rank",
                "--policy",
                batch.policy().toString(),
                "--covenants",
                batch.covenants().toString(),
                "--assessments",
                batch.assessments().toString(),
                "--threads",
                "2",
                "--quiet"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out.lines()).hasSize(1 + 40 * BatchWorkload.CLUSTER_SIZE);
        assertThat(out).startsWith("cluster,rank,unit,").contains("\ncum-39,8,");
    }
}
