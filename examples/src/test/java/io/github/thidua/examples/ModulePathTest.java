package io.github.thidua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the showcase in a fresh JVM with only the library's modules on the module path and no
 * {@code --add-opens}: what Surefire opens for tests is not there, so a missing {@code exports}
 * would fail here as it would for a real user.
 */
class ModulePathTest {

    @Test
    void showcase_runsOnThePlainModulePath() throws IOException, InterruptedException {
        String modulePath = System.getProperty("jdk.module.path");
        assertThat(modulePath)
                .as("Surefire runs this module's tests on the module path")
                .isNotBlank();
        String libraries = String.join(
                File.pathSeparator,
                List.of((modulePath + File.pathSeparator + System.getProperty("java.class.path", ""))
                                .split(File.pathSeparator))
                        .stream()
                        .filter(e -> !e.isBlank())
                        .filter(ModulePathTest::isThidua)
                        .toList());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "--module-path",
                        libraries,
                        "--module",
                        "io.github.thidua.examples/io.github.thidua.examples.Showcase",
                        "--lang=en")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(libraries + "\n" + output).isZero();
        assertThat(output)
                .contains("$ thidua rank --policy data/1-cum-2-2023/policy-2023.yaml")
                .contains("Phú Thọ")
                .contains("Leads with ratio 1.3")
                .doesNotContain("exit code");
    }

    // The library's own modules, wherever the reactor put them (target/classes or a jar), and
    // their run-time dependencies; test frameworks and compile-only annotations stay out.
    private static boolean isThidua(String entry) {
        Path path = Path.of(entry);
        String name = path.getFileName().toString();
        return RUNTIME_JARS.stream().anyMatch(name::startsWith)
                || (name.equals("classes")
                        && path.getParent().getFileName().toString().equals("target"));
    }

    private static final List<String> RUNTIME_JARS = List.of(
            "thidua-", "EvalEx-", "jackson-", "snakeyaml-", "picocli-", "json-schema-validator-", "itu-", "slf4j-");
}
