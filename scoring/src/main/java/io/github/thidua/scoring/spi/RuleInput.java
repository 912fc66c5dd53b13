package io.github.thidua.scoring.spi;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.PledgedTarget;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one unit brings to one criterion: its assessment entry, and for criteria measured against
 * an indicator, its pledged target and the indicator.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleInput in = RuleInput.builder().unit(Id.of("phu-tho")).assessment(entry).build();
 * }</pre>
 */
@Value.Immutable
public abstract class RuleInput {

    RuleInput() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the unit.
     *
     * @return the unit's id
     */
    public abstract Id unit();

    /**
     * Returns the unit's assessment of the criterion.
     *
     * @return the entry, or empty when the unit has none for this criterion
     */
    public abstract Optional<Assessment> assessment();

    /**
     * Returns the unit's pledged target for the criterion's indicator.
     *
     * @return the target, or empty when the criterion has no indicator or the unit pledged none
     */
    public abstract Optional<PledgedTarget> target();

    /**
     * Returns the criterion's indicator.
     *
     * @return the indicator, or empty when the criterion is not measured against one
     */
    public abstract Optional<Indicator> indicator();

    /** Builds a {@link RuleInput}; the unit is required. */
    public static final class Builder extends ImmutableRuleInput.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
