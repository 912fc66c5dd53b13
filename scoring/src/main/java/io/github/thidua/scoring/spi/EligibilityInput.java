package io.github.thidua.scoring.spi;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Id;
import io.github.thidua.core.RecipientKind;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an {@link EligibilityCheck} may look at: the recipient, the award proposed and its year,
 * the recipient's award history, its members' standing (for collectives) and pending matters.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EligibilityInput in = EligibilityInput.builder()
 *         .recipient(Id.of("tuan-giao")).recipientKind(RecipientKind.COLLECTIVE)
 *         .award(AwardKinds.MINISTRY_PROVINCE_FLAG).year(Year.of(2017)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class EligibilityInput {

    EligibilityInput() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the recipient.
     *
     * @return the recipient's id
     */
    public abstract Id recipient();

    /**
     * Returns what kind of recipient it is.
     *
     * @return collective, individual or household
     */
    public abstract RecipientKind recipientKind();

    /**
     * Returns the award being proposed.
     *
     * @return the award kind
     */
    public abstract AwardKind award();

    /**
     * Returns the year the award is proposed for.
     *
     * @return the year
     */
    public abstract Year year();

    /**
     * Returns the recipient's past awards (any order).
     *
     * @return the award records of this recipient
     */
    public abstract List<AwardRecord> history();

    /**
     * Returns the standing of a collective's members in {@link #year()}.
     *
     * @return the standing, if known
     */
    public abstract Optional<CollectiveStanding> standing();

    /**
     * Tells whether discipline of the recipient is being considered.
     *
     * @return true while pending
     */
    @Value.Default
    public boolean disciplinePending() {
        return false;
    }

    /**
     * Tells whether the recipient is under investigation or inspection for a violation.
     *
     * @return true while pending
     */
    @Value.Default
    public boolean underInvestigation() {
        return false;
    }

    /** Builds an {@link EligibilityInput}; recipient, kind, award and year are required. */
    public static final class Builder extends ImmutableEligibilityInput.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
