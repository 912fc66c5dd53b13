package io.github.thidua.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.CriterionKind;
import io.github.thidua.scoring.spi.CriterionRule;
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {

    @Test
    void all_namesEveryBuiltInKindOnce() {
        assertThat(BuiltInRules.all())
                .extracting(CriterionRule::name)
                .containsExactlyInAnyOrderElementsOf(CriterionKind.BUILT_IN_NAMES)
                .doesNotHaveDuplicates();
    }

    @Test
    void all_labelsAreBilingual() {
        for (CriterionRule rule : BuiltInRules.all()) {
            assertThat(rule.label().vi()).isNotBlank();
            assertThat(rule.label().en()).isNotBlank();
        }
    }
}
