package io.github.thidua.scoring;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Vnd;
import org.immutables.value.Value;

/**
 * The cash that comes with an award, and how it was computed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CashReward r = CashRewardTable.decree152Examples()
 *         .cashFor(AwardKinds.GOVERNMENT_FLAG, RecipientKind.COLLECTIVE, LocalDate.of(2025, 1, 10));
 * r.amount();                                      // 28,080,000 VND
 * r.explanation().render(Text.VIETNAMESE);         // "12 × 2.340.000 = 28.080.000 đồng ..."
 * }</pre>
 */
@Value.Immutable
public abstract class CashReward {

    CashReward() {}

    /**
     * Returns a reward.
     *
     * @param amount the amount, not null
     * @param explanation how it was computed, not null
     * @return the reward
     */
    public static CashReward of(Vnd amount, Explanation explanation) {
        return ImmutableCashReward.builder()
                .amount(amount)
                .explanation(explanation)
                .build();
    }

    /**
     * Returns the amount paid.
     *
     * @return the amount, a multiple of the table's rounding step
     */
    public abstract Vnd amount();

    /**
     * Returns how the amount was computed: the multiplier, the base salary in force, the rounding
     * and, for a household, the individual amount it was derived from.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();
}
