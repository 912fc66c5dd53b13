package io.github.thidua.scoring;

import static io.github.thidua.scoring.internal.VoteFixtures.params;
import static io.github.thidua.scoring.internal.VoteFixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.MissingValueException;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Parameters;
import org.junit.jupiter.api.Test;

class VoteRulesTest {

    @Test
    void of_keepsTheMethodAndParameters() {
        VoteRules rules = VoteRules.of("approval", params("threshold", "2/3"));

        assertThat(rules.method()).isEqualTo("approval");
        assertThat(rules.parameters().text("threshold")).isEqualTo("2/3");
        assertThat(rules).isEqualTo(VoteRules.of("approval", params("threshold", "2/3")));
    }

    @Test
    void of_withoutParameters_hasNone() {
        assertThat(VoteRules.of("plurality").parameters()).isEqualTo(Parameters.none());
    }

    @Test
    void of_malformedName_isRejected() {
        ValidationException e = rejected(() -> VoteRules.of("Approval"));

        assertThat(e.type()).isEqualTo("VoteRules");
        assertThat(e.field()).isEqualTo("method");
        assertThat(e.getMessage()).contains("invalid vote method name");
    }

    @Test
    void of_null_isReportedAsMissing() {
        assertThat(rejected(() -> VoteRules.of(null, Parameters.none()))).isInstanceOf(MissingValueException.class);
        assertThat(rejected(() -> VoteRules.of("approval", null))).isInstanceOf(MissingValueException.class);
    }
}
