package io.github.thidua.scoring;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One member's progress on one indicator at a review: the pledged target, the actual value to
 * date and the share achieved.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * progress.share(); // 0.55 for 55 % of the year's target reached at mid-year
 * }</pre>
 */
@Value.Immutable
public abstract class IndicatorProgress {

    IndicatorProgress() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator's id
     */
    public abstract Id indicator();

    /**
     * Returns the pledged target for the whole period.
     *
     * @return the target
     */
    public abstract BigDecimal target();

    /**
     * Returns the actual value to date.
     *
     * @return the actual value, or empty when none was reported
     */
    public abstract Optional<BigDecimal> actual();

    /**
     * Returns the share of the target achieved: actual ÷ target, or target ÷ actual when lower is
     * better; 0 when nothing was reported. Kept to 4 decimal places (0.5525 = 55.25 %), half up.
     *
     * @return the share, zero or more (above 1 when the target is already exceeded)
     */
    public abstract BigDecimal share();

    /**
     * Returns how the share was computed.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();

    /** Builds an {@link IndicatorProgress}. */
    public static final class Builder extends ImmutableIndicatorProgress.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
