package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A qualitative criterion (định tính): achieved earns the full maximum, otherwise a fixed
 * fraction of it, zero unless stated.
 *
 * <p>Its {@link #kindName()} is {@code qualitative}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Qualitative allOrNothing = Qualitative.of();
 * Qualitative half = Qualitative.builder().fractionIfNotAchieved(new BigDecimal("0.5")).build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Qualitative implements CriterionKind {

    Qualitative() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the all-or-nothing kind: achieved earns the maximum, otherwise zero.
     *
     * @return the kind
     */
    public static Qualitative of() {
        return builder().build();
    }

    /**
     * Returns the share of the maximum earned when the criterion is not achieved.
     *
     * @return a fraction from 0 to 1, without trailing zeros; 0 unless stated
     */
    @Value.Default
    public BigDecimal fractionIfNotAchieved() {
        return BigDecimal.ZERO;
    }

    /** Returns {@code qualitative}. */
    @Override
    public final String kindName() {
        return "qualitative";
    }

    /** Returns "định tính" / "qualitative". */
    @Override
    public final Text label() {
        return Text.of("định tính", "qualitative");
    }

    @Value.Check
    final Qualitative check() {
        BigDecimal f = Checks.decimal("Qualitative", "fractionIfNotAchieved", fractionIfNotAchieved(), 12, 1);
        Checks.between("Qualitative", "fractionIfNotAchieved", f, BigDecimal.ZERO, BigDecimal.ONE);
        return f.equals(fractionIfNotAchieved()) ? this : ((ImmutableQualitative) this).withFractionIfNotAchieved(f);
    }

    /** Builds a {@link Qualitative}; every attribute has a default. */
    public static final class Builder extends ImmutableQualitative.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
