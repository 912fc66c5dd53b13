package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A quantitative criterion scored against a pledged target (định lượng): points grow with actual
 * ÷ target, up to a cap on that ratio.
 *
 * <p>Its {@link #kindName()} is {@code quantitative}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Quantitative growth = Quantitative.builder()
 *         .indicator(Id.of("grdp"))
 *         .ratioCap(new BigDecimal("1.2"))
 *         .missingTarget(MissingTargetPolicy.ZERO)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Quantitative implements CriterionKind {

    Quantitative() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the kind for an indicator, with the default cap and missing-target policy.
     *
     * @param indicator the indicator's id, not null
     * @return the kind
     */
    public static Quantitative of(Id indicator) {
        return builder().indicator(indicator).build();
    }

    /**
     * Returns the indicator whose pledged target the actual value is compared with.
     *
     * @return the indicator's id
     */
    public abstract Id indicator();

    /**
     * Returns the largest ratio of actual to target that still earns points; 1 means exceeding
     * the target earns nothing more.
     *
     * @return the cap, at least 1; 1 unless stated
     */
    @Value.Default
    public BigDecimal ratioCap() {
        return BigDecimal.ONE;
    }

    /**
     * Returns what a unit without a pledged target scores.
     *
     * @return the policy; {@link MissingTargetPolicy#REJECT} unless stated
     */
    @Value.Default
    public MissingTargetPolicy missingTarget() {
        return MissingTargetPolicy.REJECT;
    }

    /** Returns {@code quantitative}. */
    @Override
    public final String kindName() {
        return "quantitative";
    }

    /** Returns "định lượng" / "quantitative". */
    @Override
    public final Text label() {
        return Text.of("định lượng", "quantitative");
    }

    @Value.Check
    final Quantitative check() {
        BigDecimal cap = Checks.decimal("Quantitative", "ratioCap", ratioCap(), 12, 6);
        Checks.between("Quantitative", "ratioCap", cap, BigDecimal.ONE, null);
        return cap.equals(ratioCap()) ? this : ((ImmutableQuantitative) this).withRatioCap(cap);
    }

    /** Builds a {@link Quantitative}; the indicator is required. */
    public static final class Builder extends ImmutableQuantitative.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
