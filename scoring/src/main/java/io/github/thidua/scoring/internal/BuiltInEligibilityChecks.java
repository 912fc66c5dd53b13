package io.github.thidua.scoring.internal;

import io.github.thidua.scoring.spi.EligibilityCheck;
import java.util.List;

/**
 * The built-in eligibility checks: {@code member-share}, {@code consecutive-years}, {@code
 * no-pending-matters}, {@code one-award-per-year}.
 */
public final class BuiltInEligibilityChecks {

    private static final List<EligibilityCheck> ALL = List.of(
            new MemberShareCheck(),
            new ConsecutiveYearsCheck(),
            new NoPendingMattersCheck(),
            new OneAwardPerAchievementCheck());

    private BuiltInEligibilityChecks() {}

    /**
     * Returns one instance of each built-in check, in a fixed order.
     *
     * @return the checks
     */
    public static List<EligibilityCheck> all() {
        return ALL;
    }
}
