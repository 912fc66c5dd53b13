package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Id;
import io.github.thidua.examples.EvaluationShowcase;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankCommandTest {

    @TempDir
    static Path dir;

    static SeedFiles seed;

    @BeforeAll
    static void writeSeed() throws IOException {
        seed = SeedFiles.writeTo(dir);
    }

    private static Run rank(String... options) {
        String[] head = List.of("rank", "--policy", seed.policy().toString()).toArray(String[]::new);
        String[] all = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(head), java.util.Arrays.stream(seed.inputs()))
                .toArray(String[]::new);
        return Run.of(all, options);
    }

    @Test
    void seed002_table_ranksPhuThoFirstWithTheFlagAndGivesHaGiangAndYenBaiCertificates() {
        Run run = rank();

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Cụm Công tác thi đua số 2 — năm 2023 — quy chế ccb-cum-2-quy-che v2023.1")
                .containsPattern(
                        "(?m)^1 +Phú Thọ +102 +Hoàn thành xuất sắc nhiệm vụ +Cờ thi đua .* +14\\.400\\.000 đồng$")
                .containsPattern("(?m)^2 +Hà Giang +94,33 +Hoàn thành tốt nhiệm vụ +Bằng khen .* +3\\.600\\.000 đồng$")
                .containsPattern("(?m)^3 +Yên Bái +87,67 +Hoàn thành tốt nhiệm vụ +Bằng khen .*$")
                .containsPattern("(?m)^5 +Vĩnh Phúc +77,5 +Hoàn thành nhiệm vụ$");
    }

    @Test
    void seed002_csvInEnglish_hasStableHeadersIdsAndWholeDong() {
        Run run = rank("--lang", "en", "--format", "csv");

        assertThat(run.code()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("rank,unit,name,total,band,band_label,proposals,cash_vnd");
        assertThat(lines.get(1))
                .isEqualTo("1,phu-tho,Phú Thọ,102,excellent,Excellent,"
                        + "\"Emulation Flag of a ministry, sector, province or central mass organisation\",14400000");
        assertThat(lines.get(2)).startsWith("2,ha-giang,Hà Giang,94.33,good,Good,\"Certificate of Merit");
        assertThat(lines.get(3)).startsWith("3,yen-bai,Yên Bái,87.67,good,Good,\"Certificate of Merit");
        assertThat(lines).hasSize(6);
    }

    @Test
    void seed002_markdown_isATableWithAHeading() {
        Run run = rank("--format", "markdown", "--lang", "en");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .startsWith("### Cụm Công tác thi đua số 2 — 2023 — policy ccb-cum-2-quy-che v2023.1\n\n")
                .contains("| Rank | Unit | Total | Band | Award proposals | Cash |\n|---:|")
                .contains("| 1 | Phú Thọ | 102 | Excellent | Emulation Flag");
    }

    @Test
    void seed002_json_isTheResultDocumentOfTheSameEvaluation() {
        Run run = rank("--format", "json");

        assertThat(run.code()).as(run.toString()).isZero();
        Evaluation read = Documents.json().read(DocumentKind.RESULT, run.out());
        assertThat(read).isEqualTo(EvaluationShowcase.evaluate());
    }

    @Test
    void output_writesTheYamlResultToAFileAndNothingToStdout() throws IOException {
        Path file = dir.resolve("result.yaml");

        Run run = rank("--format", "yaml", "--output", file.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        Evaluation read = Documents.yaml().read(DocumentKind.RESULT, Files.readString(file));
        assertThat(read.result().unit(Id.of("phu-tho")).orElseThrow().proposals())
                .singleElement()
                .satisfies(p -> assertThat(p.awardKind().id().value()).isEqualTo("ministry-province-flag"));
    }

    @Test
    void cluster_thatMatchesTheCovenant_isAccepted() throws IOException {
        Path clusterFile = dir.resolve("cluster.json");
        SeedFiles.write(
                clusterFile,
                DocumentKind.CLUSTER,
                io.github.thidua.examples.SeedEvaluation.input().covenant().cluster());

        assertThat(rank("--cluster", "ccb-cum-2").code()).isZero();
        assertThat(rank("--cluster", clusterFile.toString()).code()).isZero();
    }

    @Test
    void cluster_thatDiffersFromTheCovenant_isAnInputErrorOnOneLine() {
        Run run = rank("--cluster", "ccb-cum-3", "--lang", "en");

        assertThat(run.code()).isEqualTo(Cli.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(seed.covenant() + ": the covenant is for cluster ccb-cum-2, not ccb-cum-3\n");
    }

    @Test
    void withoutDecisionDate_noCashIsComputed() {
        Run run = Run.of(
                "rank",
                "--policy",
                seed.policy().toString(),
                "--covenant",
                seed.covenant().toString(),
                "--assessments",
                seed.assessments().toString(),
                "--format",
                "csv");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out().lines().skip(1))
                .allSatisfy(line -> assertThat(line).endsWith(","));
    }

    @Test
    void withoutAssessments_isAUsageError() {
        Run run = Run.of(
                "rank",
                "--policy",
                seed.policy().toString(),
                "--covenant",
                seed.covenant().toString());

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--assessments FILE").contains("Usage: thidua rank");
    }
}
