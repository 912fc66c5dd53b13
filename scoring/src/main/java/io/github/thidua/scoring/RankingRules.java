package io.github.thidua.scoring;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How a cluster ranks its units: the numbering ({@link RankingKind}), the chain of tie-breakers
 * applied in order to units level on total, and who decides a tie that nothing separates.
 *
 * <p>Immutable and thread-safe. Checked when built: a link appears at most once (the same name
 * with the same parameters).
 *
 * <pre>{@code
 * RankingRules rules = RankingRules.builder()
 *         .kind(RankingKind.COMPETITION)
 *         .addChain(TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", "I"))))
 *         .addChain(TieBreakLink.of("women-share"))
 *         .decider(Text.of("Cụm trưởng và Cụm phó", "the cluster head and deputy"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RankingRules {

    /** The decider when none is named: the competent authority. */
    public static final Text COMPETENT_AUTHORITY = Text.of("người có thẩm quyền", "the competent authority");

    RankingRules() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns rules with a numbering, no tie-breakers and the default decider.
     *
     * @param kind the numbering, not null
     * @return the rules
     * @throws ValidationException if the kind is null
     */
    public static RankingRules of(RankingKind kind) {
        return builder().kind(kind).build();
    }

    /**
     * Returns the numbering.
     *
     * @return the kind; {@link RankingKind#COMPETITION} unless given
     */
    @Value.Default
    public RankingKind kind() {
        return RankingKind.COMPETITION;
    }

    /**
     * Returns the tie-breakers, in the order they are tried.
     *
     * @return the links; empty when only the total counts
     */
    public abstract List<TieBreakLink> chain();

    /**
     * Returns who decides a tie that no link separates, such as "Cụm trưởng và Cụm phó".
     *
     * @return the decider; {@link #COMPETENT_AUTHORITY} unless given
     */
    @Value.Default
    public Text decider() {
        return COMPETENT_AUTHORITY;
    }

    @Value.Check
    final void check() {
        Set<TieBreakLink> seen = new HashSet<>();
        for (int i = 0; i < chain().size(); i++) {
            TieBreakLink link = chain().get(i);
            if (!seen.add(link)) {
                throw ValidationException.invalid(
                        "RankingRules",
                        "chain[" + i + "]",
                        link.name() + " " + link.parameters(),
                        Text.of("tiêu chí phụ lặp lại", "the same tie-breaker twice"),
                        Text.of(
                                "mỗi tiêu chí phụ với cùng tham số một lần",
                                "each tie-breaker with the same parameters once"));
            }
        }
    }

    /** Builds {@link RankingRules}; nothing is required. */
    public static final class Builder extends ImmutableRankingRules.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
