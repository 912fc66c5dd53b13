package io.github.thidua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void run_printsTheHeadExactPointsRewardAndABilingualError() {
        assertThat(QuickStart.run())
                .containsExactly(
                        "head 2024: yen-bai",
                        "total: 73.75",
                        "reward: 710.000 đồng",
                        "Cluster.members[1].id: repeats members[0]; value: phu-tho; allowed: each value once.",
                        "Cluster.members[1].id: trùng với members[0]; giá trị: phu-tho; cho phép: mỗi giá trị một lần.");
    }

    @Test
    void readme_showsExactlyTheQuickStartCode() throws IOException {
        assertThat(readme())
                .as("README quick start must match QuickStart.java")
                .contains(region("QuickStart.java", "README: quick start begins", "README: quick start ends"));
    }

    static String readme() throws IOException {
        return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    }

    /** The lines between two marker comments of an example's source, without their indentation. */
    static String region(String file, String begin, String end) throws IOException {
        String source =
                Files.readString(Path.of("src/main/java/io/github/thidua/examples/" + file), StandardCharsets.UTF_8);
        int from = source.indexOf('\n', source.indexOf("// " + begin)) + 1;
        int to = source.lastIndexOf('\n', source.indexOf("// " + end)) + 1;
        return source.substring(from, to).stripTrailing().stripIndent();
    }
}
