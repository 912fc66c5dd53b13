package io.github.thidua.scoring;

import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Id;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.spi.CollectiveStanding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a cluster brings to an evaluation: its covenant (with the cluster, targets and table), the
 * members' assessment sheets, and what the later steps need: votes held, past awards, members'
 * standing, pending matters and the decision date for cash rewards.
 *
 * <p>Immutable and thread-safe. The order of sheets, votes and records never changes a result.
 *
 * <pre>{@code
 * EvaluationInput input = EvaluationInput.builder().covenant(covenant).addAllSheets(sheets).build();
 * }</pre>
 */
@Value.Immutable
public abstract class EvaluationInput {

    EvaluationInput() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the covenant: the cluster, its period, targets and scoring table.
     *
     * @return the covenant
     */
    public abstract Covenant covenant();

    /**
     * Returns the members' assessment sheets, at most one per member.
     *
     * @return the sheets, in any order
     */
    public abstract List<AssessmentSheet> sheets();

    /**
     * Returns the votes held in the cluster, such as the deliberation on the flag.
     *
     * @return the votes, in any order
     */
    public abstract List<Vote> votes();

    /**
     * Returns past awards of the members and their people, for eligibility chains.
     *
     * @return the award records, in any order
     */
    public abstract List<AwardRecord> awardHistory();

    /**
     * Returns what is known of each collective's members this period, for title standards.
     *
     * @return standing by member id
     */
    public abstract Map<Id, CollectiveStanding> standings();

    /**
     * Returns the members whose discipline is being considered.
     *
     * @return their ids
     */
    public abstract Set<Id> disciplinePending();

    /**
     * Returns the members under investigation or inspection.
     *
     * @return their ids
     */
    public abstract Set<Id> underInvestigation();

    /**
     * Returns the date of the award decision, which fixes the base salary for cash rewards.
     *
     * @return the date, if cash is to be computed
     */
    public abstract Optional<LocalDate> decisionDate();

    /** Builds an {@link EvaluationInput}; the covenant is required. */
    public static final class Builder extends ImmutableEvaluationInput.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
