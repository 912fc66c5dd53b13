package io.github.thidua.scoring;

import io.github.thidua.scoring.internal.BuiltInEligibilityChecks;
import io.github.thidua.scoring.internal.BuiltInRules;
import io.github.thidua.scoring.internal.BuiltInTieBreakers;
import io.github.thidua.scoring.internal.BuiltInVoteMethods;
import io.github.thidua.scoring.spi.Plugin;
import java.util.ArrayList;
import java.util.List;

/** The list of thidua's built-in plug-ins, assembled from each family's own list. */
final class BuiltIns {

    private BuiltIns() {}

    static List<Plugin> all() {
        List<Plugin> all = new ArrayList<>();
        all.addAll(BuiltInRules.all());
        all.addAll(BuiltInVoteMethods.all());
        all.addAll(BuiltInEligibilityChecks.all());
        all.addAll(BuiltInTieBreakers.all());
        return List.copyOf(all);
    }
}
