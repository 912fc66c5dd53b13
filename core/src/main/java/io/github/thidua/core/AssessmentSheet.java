package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One member unit's assessments for one period: an {@link Assessment} per criterion, plus the
 * unit-level facts that classification needs: knock-out events (such as {@code
 * did-not-self-score} or {@code corruption}) and the heaviest discipline of the unit's head.
 *
 * <p>Checked when built: criterion codes are unique across entries; event codes are shaped like
 * ids (1 to 64 ASCII letters, digits, {@code . _ : -}) and unique. Immutable and thread-safe.
 *
 * <pre>{@code
 * AssessmentSheet sheet = AssessmentSheet.builder()
 *         .unit(Id.of("phu-tho"))
 *         .period(Period.year(2024))
 *         .addEntries(growth, training)
 *         .leaderDiscipline(Discipline.REPRIMAND)
 *         .build();
 * sheet.entry("1.2"); // Optional[growth]
 * }</pre>
 */
@Value.Immutable
public abstract class AssessmentSheet {

    AssessmentSheet() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the unit assessed.
     *
     * @return the unit's id
     */
    public abstract Id unit();

    /**
     * Returns the period assessed.
     *
     * @return the period
     */
    public abstract Period period();

    /**
     * Returns the assessments, one per criterion, in the order given.
     *
     * @return the assessments, with unique criterion codes
     */
    public abstract List<Assessment> entries();

    /**
     * Returns the codes of unit-level events that bear on classification, such as {@code
     * did-not-self-score}, {@code corruption} or {@code leader-dismissed}; the policy says what
     * each one does.
     *
     * @return the unique event codes, in the order given
     */
    public abstract List<String> events();

    /**
     * Returns the heaviest discipline of the unit's head in the period.
     *
     * @return the discipline; {@link Discipline#NONE} unless given
     */
    @Value.Default
    public Discipline leaderDiscipline() {
        return Discipline.NONE;
    }

    /**
     * Returns the assessment of a criterion.
     *
     * @param criterion the criterion's code, not null
     * @return the assessment, or empty if the sheet has none for that criterion
     */
    public Optional<Assessment> entry(String criterion) {
        Objects.requireNonNull(criterion, "criterion");
        return entries().stream().filter(a -> a.criterion().equals(criterion)).findFirst();
    }

    /**
     * Tells whether an event was recorded.
     *
     * @param event the event code, not null
     * @return true if the sheet lists it
     */
    public boolean hasEvent(String event) {
        return events().contains(Objects.requireNonNull(event, "event"));
    }

    @Value.Check
    final void check() {
        Checks.unique("AssessmentSheet", "entries", entries(), Assessment::criterion, "criterion");
        for (int i = 0; i < events().size(); i++) {
            Checks.key("AssessmentSheet", "events[" + i + "]", events().get(i), Id.MAX_LENGTH);
        }
        Checks.unique("AssessmentSheet", "events", events(), e -> e, "");
    }

    /** Builds an {@link AssessmentSheet}; {@code unit} and {@code period} are required. */
    public static final class Builder extends ImmutableAssessmentSheet.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
