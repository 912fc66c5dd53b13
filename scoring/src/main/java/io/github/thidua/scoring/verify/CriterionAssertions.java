package io.github.thidua.scoring.verify;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;

/**
 * The checks on one criterion of a unit's result. {@link #hasPoints(String)} returns the unit's
 * checks, so that the next check, on the unit or another of its criteria, follows on the same
 * line.
 *
 * <pre>{@code
 * verification.unit("lao-cai").criterion("I.1").hasPoints("19").criterion("II.2").hasPoints(0);
 * }</pre>
 *
 * <p>Points compare by exact value: {@code "8"} equals {@code 8.00}. A failed check throws a
 * {@link VerificationFailure} showing the criterion's explanation: the rule, its inputs, any
 * rounding.
 */
public final class CriterionAssertions {

    private final UnitAssertions unit;
    private final CriterionResult result;
    private final String criterion;

    CriterionAssertions(UnitAssertions unit, CriterionResult result, String criterion) {
        this.unit = unit;
        this.result = result;
        this.criterion = criterion;
    }

    /**
     * Checks the criterion's points, after the policy's criterion rounding. Deductions are
     * negative: a deduction of 0.5 is {@code "-0.5"}.
     *
     * @param points the points, a decimal such as {@code "35"} or {@code "-0.5"}
     * @return the unit's checks, for more
     * @throws ValidationException if the text is not a decimal
     * @throws VerificationFailure if the points differ; shows the criterion's explanation
     */
    public UnitAssertions hasPoints(String points) {
        return hasPoints(Points.parse(requireNonNull(points, "points")));
    }

    /**
     * Checks the criterion's points; see {@link #hasPoints(String)}.
     *
     * @param points the points
     * @return the unit's checks, for more
     * @throws VerificationFailure if the points differ
     */
    public UnitAssertions hasPoints(long points) {
        return hasPoints(Points.of(points));
    }

    private UnitAssertions hasPoints(Points points) {
        if (result != null && !result.points().equals(points)) {
            unit.failCriterion(
                    criterion,
                    Text.of("điểm", "points"),
                    unit.show(points),
                    unit.show(result.points()),
                    result.explanation().orElse(null));
        }
        return unit;
    }

    /**
     * Checks that the criterion's explanation says something, in Vietnamese or in English, such
     * as {@code "Leads with ratio 1.2"}.
     *
     * @param fragment the words to find; not null
     * @return the unit's checks, for more
     * @throws VerificationFailure if neither rendering contains them; shows the explanation
     */
    public UnitAssertions hasExplanationContaining(String fragment) {
        requireNonNull(fragment, "fragment");
        if (result != null
                && result.explanation().isPresent()
                && !Wording.mentions(result.explanation().get(), fragment)) {
            unit.failCriterion(
                    criterion,
                    Text.of("giải thích chứa", "explanation containing"),
                    "“" + fragment + "”",
                    Text.of("không thấy", "not found").in(unit.language()),
                    result.explanation().get());
        }
        return unit;
    }
}
