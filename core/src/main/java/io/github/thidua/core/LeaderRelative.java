package io.github.thidua.core;

import org.immutables.value.Value;

/**
 * A criterion scored relative to the cluster's leader on an indicator: meeting the target earns
 * half the maximum, the best over-achiever (the leader) the full maximum, other over-achievers a
 * share in proportion to their excess over the leader's.
 *
 * <p>Its {@link #kindName()} is {@code leader-relative}. Scoring it is a batch over the whole
 * cluster. Immutable and thread-safe.
 *
 * <pre>{@code
 * LeaderRelative members = LeaderRelative.builder()
 *         .indicator(Id.of("hoi-vien-moi"))
 *         .leaderTie(LeaderTiePolicy.NONE_LEAD)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class LeaderRelative implements CriterionKind {

    LeaderRelative() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the kind for an indicator, with the default tie policy.
     *
     * @param indicator the indicator's id, not null
     * @return the kind
     */
    public static LeaderRelative of(Id indicator) {
        return builder().indicator(indicator).build();
    }

    /**
     * Returns the indicator the units are compared on.
     *
     * @return the indicator's id
     */
    public abstract Id indicator();

    /**
     * Returns who leads when several units share the best result.
     *
     * @return the policy; {@link LeaderTiePolicy#ALL_TIED_LEAD} unless stated
     */
    @Value.Default
    public LeaderTiePolicy leaderTie() {
        return LeaderTiePolicy.ALL_TIED_LEAD;
    }

    /** Returns {@code leader-relative}. */
    @Override
    public final String kindName() {
        return "leader-relative";
    }

    /** Returns "so với đơn vị dẫn đầu" / "relative to the leader". */
    @Override
    public final Text label() {
        return Text.of("so với đơn vị dẫn đầu", "relative to the leader");
    }

    /** Builds a {@link LeaderRelative}; the indicator is required. */
    public static final class Builder extends ImmutableLeaderRelative.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
