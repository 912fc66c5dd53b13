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
}
