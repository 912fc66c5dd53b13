package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter err = new StringWriter();

    @Test
    void countedWork_aboveTheThreshold_printsALineEveryTenth() {
        Progress progress = new Progress(new PrintWriter(err), false, false);

        progress.start("validating", 2_000);
        for (int i = 1; i <= 2_000; i++) {
            progress.advance("validating", i);
        }

        assertThat(err.toString().lines()).hasSize(11).first().isEqualTo("thidua: validating: 0% (0/2000)");
        assertThat(err.toString().lines().toList().get(10)).startsWith("thidua: validating: 100% (2000/2000, ");
    }

    @Test
    void countedWork_atTheThreshold_isSilent() {
        Progress progress = new Progress(new PrintWriter(err), false, false);

        progress.start("validating", Progress.THRESHOLD);
        progress.advance("validating", Progress.THRESHOLD);

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void quiet_silencesEvenLargeWork() {
        Progress progress = new Progress(new PrintWriter(err), true, true);

        progress.step("evaluating 5000 sheets", 5_000);
        progress.done("evaluated");

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void measuredWork_printsItsFirstLineThenOneLineEachNewTenth() {
        Progress progress = new Progress(new PrintWriter(err), false, false);

        progress.start(true, 1_000, "ranking…");
        for (long bytes = 0; bytes <= 1_000; bytes += 30) {
            progress.advance(bytes, (percent, elapsed) -> percent + "% read");
        }
        progress.advance(5_000, (percent, elapsed) -> percent + "% read");

        assertThat(err.toString().lines())
                .containsExactly(
                        "thidua: ranking…",
                        "thidua: 10% read",
                        "thidua: 20% read",
                        "thidua: 30% read",
                        "thidua: 40% read",
                        "thidua: 50% read",
                        "thidua: 60% read",
                        "thidua: 70% read",
                        "thidua: 80% read",
                        "thidua: 90% read",
                        "thidua: 100% read");
    }

    @Test
    void measuredWork_notReported_orQuiet_isSilent() {
        new Progress(new PrintWriter(err), false, false).start(false, 10, "small");
        Progress quiet = new Progress(new PrintWriter(err), true, true);
        quiet.start(true, 10, "quiet");
        quiet.advance(10, (percent, elapsed) -> "done");

        assertThat(err.toString()).isEmpty();
    }
}
