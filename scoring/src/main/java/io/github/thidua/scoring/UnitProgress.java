package io.github.thidua.scoring;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * One member's progress against all its pledged targets at a review, indicator by indicator and
 * overall.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * unitProgress.overall(); // mean of the indicators' shares, each counted up to 1
 * }</pre>
 */
@Value.Immutable
public abstract class UnitProgress {

    UnitProgress() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the member.
     *
     * @return the member's id
     */
    public abstract Id unit();

    /**
     * Returns the progress on each pledged target, in the covenant's indicator order.
     *
     * @return the indicators' progress
     */
    public abstract List<IndicatorProgress> indicators();

    /**
     * Returns the overall share: the mean of the indicators' shares, each counted up to 1 so that
     * one target far exceeded does not hide another behind; 4 decimal places, half up.
     *
     * @return the overall share between 0 and 1, or 0 with no targets
     */
    public abstract BigDecimal overall();

    /**
     * Returns how the overall share was computed.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();

    /** Builds a {@link UnitProgress}. */
    public static final class Builder extends ImmutableUnitProgress.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
