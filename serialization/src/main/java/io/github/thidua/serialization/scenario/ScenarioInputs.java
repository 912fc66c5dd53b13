package io.github.thidua.serialization.scenario;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Id;
import io.github.thidua.scoring.spi.CollectiveStanding;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a scenario evaluates: document paths (already resolved against the scenario file) and
 * values written in the scenario itself. Immutable and thread-safe.
 *
 * <pre>{@code
 * scenario.inputs().covenant(); // data/1-cum-2-2023/covenant-2023.yaml
 * }</pre>
 *
 * @param covenant the covenant document, with the cluster, targets and scoring table
 * @param policy the policy document; present together with {@code assessments} for an annual
 *     evaluation, and needed by a phase review
 * @param assessments the assessments document, if the scenario scores the covenant's period
 * @param ballots the ballots document, if votes were held
 * @param awards an award-records document ({@code kind: awards}), for awards decided outside the
 *     engine, such as the cluster's own certificates of commendation to non-members
 * @param documents further documents that must read, such as next year's covenant
 * @param decisionDate the decision date for cash rewards, if any
 * @param progress actual values to date for a half-year review: member id → indicator id →
 *     value; may be empty
 * @param phase a phase review over annual assessments, if any
 * @param history an award-records document ({@code kind: awards}) of past awards, given to the
 *     evaluation as the members' award history for eligibility chains
 * @param standings what is known of each member's people this year, for title standards such as
 *     {@code member-share}; member id → standing; may be empty
 * @param disciplinePending the members whose discipline is being considered; may be empty
 * @param underInvestigation the members under investigation or inspection; may be empty
 */
public record ScenarioInputs(
        Path covenant,
        Optional<Path> policy,
        Optional<Path> assessments,
        Optional<Path> ballots,
        Optional<Path> awards,
        List<Path> documents,
        Optional<LocalDate> decisionDate,
        Map<Id, Map<Id, BigDecimal>> progress,
        Optional<ScenarioPhase> phase,
        Optional<Path> history,
        Map<Id, CollectiveStanding> standings,
        Set<Id> disciplinePending,
        Set<Id> underInvestigation) {

    /** Checks and copies the parts. */
    public ScenarioInputs {
        requireNonNull(covenant, "covenant");
        requireNonNull(policy, "policy");
        requireNonNull(assessments, "assessments");
        requireNonNull(ballots, "ballots");
        requireNonNull(awards, "awards");
        documents = List.copyOf(documents);
        requireNonNull(decisionDate, "decisionDate");
        progress = Map.copyOf(progress);
        requireNonNull(phase, "phase");
        requireNonNull(history, "history");
        standings = Map.copyOf(standings);
        disciplinePending = Set.copyOf(disciplinePending);
        underInvestigation = Set.copyOf(underInvestigation);
    }
}
