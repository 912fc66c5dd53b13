package io.github.thidua.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.scoring.Registry;
import io.github.thidua.scoring.spi.EligibilityCheck;
import io.github.thidua.scoring.spi.Plugin;
import org.junit.jupiter.api.Test;

class BuiltInEligibilityChecksTest {

    @Test
    void all_listsTheFourChecksByTheirStableNames() {
        assertThat(BuiltInEligibilityChecks.all())
                .extracting(Plugin::name)
                .containsExactly("member-share", "consecutive-years", "no-pending-matters", "one-award-per-year");
    }

    @Test
    void all_registerInARegistryWithoutClashes() {
        Registry registry = Registry.empty().with(BuiltInEligibilityChecks.all().toArray(Plugin[]::new));

        assertThat(registry.names(EligibilityCheck.class))
                .containsExactly("consecutive-years", "member-share", "no-pending-matters", "one-award-per-year");
    }
}
