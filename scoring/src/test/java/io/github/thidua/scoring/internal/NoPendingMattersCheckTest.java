package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.AwardFixtures.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.EligibilityOutcome;
import io.github.thidua.scoring.spi.Parameters;
import org.junit.jupiter.api.Test;

class NoPendingMattersCheckTest {

    private static final NoPendingMattersCheck CHECK = new NoPendingMattersCheck();

    @Test
    void nothingPending_isEligible() {
        assertThat(CHECK.check(input("a", AwardKinds.ADVANCED_WORKER).build(), Parameters.none())
                        .eligible())
                .isTrue();
    }

    @Test
    void disciplinePending_isNotEligible() {
        EligibilityOutcome outcome = CHECK.check(
                input("a", AwardKinds.ADVANCED_WORKER).disciplinePending(true).build(), Parameters.none());

        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.explanation().text().vi()).isEqualTo("Không đạt: đang bị xem xét kỷ luật");
    }

    @Test
    void underInvestigation_isNotEligible() {
        EligibilityOutcome outcome = CHECK.check(
                input("a", AwardKinds.ADVANCED_WORKER).underInvestigation(true).build(), Parameters.none());

        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.explanation().text().en()).isEqualTo("Not met: under investigation");
    }

    @Test
    void disciplineAndInvestigationBothPending_areBothNamed() {
        EligibilityOutcome outcome = CHECK.check(
                input("a", AwardKinds.ADVANCED_WORKER)
                        .disciplinePending(true)
                        .underInvestigation(true)
                        .build(),
                Parameters.none());

        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.explanation().text())
                .isEqualTo(Text.of(
                        "Không đạt: đang bị xem xét kỷ luật và đang bị điều tra",
                        "Not met: discipline pending and under investigation"));
    }

    @Test
    void label_isInBothLanguages() {
        assertThat(CHECK.label())
                .isEqualTo(Text.of(
                        "Không đang bị xem xét kỷ luật hoặc điều tra", "No discipline or investigation pending"));
    }
}
