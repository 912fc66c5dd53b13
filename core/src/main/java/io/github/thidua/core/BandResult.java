package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The classification band (xếp loại) a unit reached, by code and label, such as {@code excellent}
 * / "Xuất sắc". The bands themselves belong to the policy.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * BandResult band = BandResult.of("excellent", Text.of("Xuất sắc", "Excellent"));
 * }</pre>
 */
@Value.Immutable
public abstract class BandResult {

    BandResult() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a band result.
     *
     * @param code the band's code, 1 to 32 ASCII letters, digits, {@code . _ -}; not null
     * @param label the band's label, not null
     * @return the band result
     * @throws ValidationException if an argument is null or the code is malformed
     */
    public static BandResult of(String code, Text label) {
        return builder().code(code).label(label).build();
    }

    /**
     * Returns the band's code.
     *
     * @return the code, 1 to 32 ASCII letters, digits, {@code . _ -}
     */
    public abstract String code();

    /**
     * Returns the band's label.
     *
     * @return the label, such as "Xuất sắc" / "Excellent"
     */
    public abstract Text label();

    @Value.Check
    final void check() {
        Checks.code("BandResult", "code", code());
    }

    /** Builds a {@link BandResult}; both attributes are required. */
    public static final class Builder extends ImmutableBandResult.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
