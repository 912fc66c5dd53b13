package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member unit's pledged target (chỉ tiêu đăng ký) for one {@link Indicator} of a {@link
 * Covenant}: "Phú Thọ pledges GRDP growth of 7.8 %".
 *
 * <p>The value is an exact decimal kept without trailing zeros, so {@code 7.8} and {@code 7.80}
 * make equal targets. Immutable and thread-safe.
 *
 * <pre>{@code
 * PledgedTarget growth = PledgedTarget.builder()
 *         .unit(Id.of("phu-tho"))
 *         .indicator(Id.of("grdp"))
 *         .value(new BigDecimal("7.8"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PledgedTarget {

    /** The most decimal places a target may have. */
    public static final int MAX_SCALE = 12;

    /** The most digits a target may have before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 18;

    PledgedTarget() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the member unit that pledges.
     *
     * @return the unit's id
     */
    public abstract Id unit();

    /**
     * Returns the indicator pledged for.
     *
     * @return the indicator's id
     */
    public abstract Id indicator();

    /**
     * Returns the pledged value, in the indicator's unit of measure.
     *
     * @return the exact value, at most 18 digits before the point and 12 after
     */
    public abstract BigDecimal value();

    /**
     * Returns a note, such as "phấn đấu vượt".
     *
     * @return the note, NFC-normalised, at most 1000 characters, if any
     */
    public abstract Optional<String> note();

    @Value.Check
    final PledgedTarget check() {
        BigDecimal value = Checks.decimal("PledgedTarget", "value", value(), MAX_SCALE, MAX_INTEGER_DIGITS);
        String note = Checks.optionalText("PledgedTarget", "note", note().orElse(null), 1000);
        // One change per copy: each copy is checked again, which normalises what is left.
        if (note != null && !note.equals(note().get())) {
            return ((ImmutablePledgedTarget) this).withNote(note);
        }
        return value.equals(value()) ? this : ((ImmutablePledgedTarget) this).withValue(value);
    }

    /** Builds a {@link PledgedTarget}; unit, indicator and value are required. */
    public static final class Builder extends ImmutablePledgedTarget.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
