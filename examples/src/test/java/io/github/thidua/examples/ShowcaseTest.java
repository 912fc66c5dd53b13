package io.github.thidua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.examples.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShowcaseTest {

    @Test
    void commands_rankExplainAndVerifyScenarioOneWithoutError() {
        List<List<String>> commands = Showcase.commands("en");
        assertThat(commands).extracting(c -> c.get(0)).containsExactly("rank", "explain", "verify");
        StringBuilder all = new StringBuilder();
        for (List<String> command : commands) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), command.toArray(String[]::new));
            assertThat(code).as(err.toString()).isZero();
            all.append(out);
        }
        assertThat(all.toString())
                .contains("1     Phú Thọ        102  Excellent  Emulation Flag")
                .contains("Leads with ratio 1.3: the maximum 40")
                .contains("ok   suy-ton-cum-truong-2024 elected: yen-bai");
    }
}
