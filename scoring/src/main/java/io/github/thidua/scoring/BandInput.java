package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a {@link BandScheme} classifies: one unit's total, its scored criteria with their maxima,
 * the unit events recorded and the heaviest discipline of its head.
 *
 * <p>Checked when built: criterion codes have the shape of criterion codes; every criterion with
 * points has a maximum above zero and every maximum belongs to a criterion with points (the maps
 * have the same keys); event codes are shaped like ids. Bonus and deduction criteria belong in
 * the total only, not among the scored criteria. Immutable and thread-safe.
 *
 * <pre>{@code
 * BandInput input = BandInput.builder()
 *         .total(Points.of(96))
 *         .criterion("1.1", Points.of(20), Points.of(20))
 *         .criterion("2.1", Points.ZERO, Points.of(10))
 *         .addEvents("late-report")
 *         .discipline(Discipline.REPRIMAND)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class BandInput {

    BandInput() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an input with a total only: no criteria, no events, no discipline.
     *
     * @param total the total, not null
     * @return the input
     */
    public static BandInput of(Points total) {
        return builder().total(requireNonNull(total, "total")).build();
    }

    /**
     * Returns the unit's total, after bonus, deductions and rounding.
     *
     * @return the total
     */
    public abstract Points total();

    /**
     * Returns the points of each scored criterion, by code.
     *
     * @return the points, in the order given
     */
    public abstract Map<String, Points> criterionPoints();

    /**
     * Returns the maximum of each scored criterion, by code; the same codes as {@link
     * #criterionPoints()}.
     *
     * @return the maxima, each above zero
     */
    public abstract Map<String, Points> criterionMaxima();

    /**
     * Returns the unit events recorded, such as {@code corruption} or {@code did-not-self-score}.
     *
     * @return the event codes
     */
    public abstract Set<String> events();

    /**
     * Returns the heaviest discipline of the unit's head in the period.
     *
     * @return the discipline; {@link Discipline#NONE} unless given
     */
    @Value.Default
    public Discipline discipline() {
        return Discipline.NONE;
    }

    @Value.Check
    final void check() {
        for (Map.Entry<String, Points> e : criterionPoints().entrySet()) {
            BandChecks.code("BandInput", "criterionPoints", e.getKey());
            if (!criterionMaxima().containsKey(e.getKey())) {
                throw ValidationException.missing("BandInput", "criterionMaxima[" + e.getKey() + "]");
            }
        }
        for (Map.Entry<String, Points> e : criterionMaxima().entrySet()) {
            String field = "criterionMaxima[" + e.getKey() + "]";
            if (!criterionPoints().containsKey(e.getKey())) {
                throw ValidationException.invalid(
                        "BandInput",
                        field,
                        e.getValue(),
                        Text.of("tiêu chí không có điểm", "a criterion without points"),
                        Text.of(
                                "điểm tối đa của tiêu chí có trong criterionPoints",
                                "maxima of the criteria in criterionPoints"));
            }
            if (e.getValue().signum() <= 0) {
                throw ValidationException.invalid(
                        "BandInput",
                        field,
                        e.getValue(),
                        Text.of("điểm tối đa không lớn hơn 0", "a maximum of zero or less"),
                        Text.of("số điểm lớn hơn 0", "points above zero"));
            }
        }
        for (String event : events()) {
            BandChecks.key("BandInput", "events", event, Id.MAX_LENGTH);
        }
    }

    /** Builds a {@link BandInput}; {@code total} is required. */
    public static final class Builder extends ImmutableBandInput.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}

        /**
         * Adds a scored criterion with its points and maximum.
         *
         * @param code the criterion's code, not null
         * @param points the points scored, not null
         * @param max the criterion's maximum, above zero; not null
         * @return this builder
         */
        public Builder criterion(String code, Points points, Points max) {
            putCriterionPoints(requireNonNull(code, "code"), requireNonNull(points, "points"));
            putCriterionMaxima(code, requireNonNull(max, "max"));
            return this;
        }

        /**
         * Adds a scored criterion from its result and its maximum.
         *
         * @param result the criterion's result, not null
         * @param max the criterion's maximum, above zero; not null
         * @return this builder
         */
        public Builder criterion(CriterionResult result, Points max) {
            requireNonNull(result, "result");
            return criterion(result.criterion(), result.points(), max);
        }
    }
}
