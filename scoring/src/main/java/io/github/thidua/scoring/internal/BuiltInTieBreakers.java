package io.github.thidua.scoring.internal;

import io.github.thidua.scoring.spi.TieBreaker;
import java.util.List;

/**
 * The tie-breakers that come with thidua: {@code group-subtotal}, {@code fewer-deductions},
 * {@code more-full-marks}, {@code women-share}, {@code vote-result} and {@code lot}.
 *
 * <pre>{@code
 * List<TieBreaker> all = BuiltInTieBreakers.all();
 * }</pre>
 */
public final class BuiltInTieBreakers {

    private static final List<TieBreaker> ALL = List.of(
            new FewerDeductionsTieBreaker(),
            new GroupSubtotalTieBreaker(),
            new LotTieBreaker(),
            new MoreFullMarksTieBreaker(),
            new VoteResultTieBreaker(),
            new WomenShareTieBreaker());

    private BuiltInTieBreakers() {}

    /**
     * Returns the built-in tie-breakers, sorted by name.
     *
     * @return one instance of each; stateless and shared
     */
    public static List<TieBreaker> all() {
        return ALL;
    }
}
