package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Direction;

/**
 * A rule author's promise that criteria of one kind never score less when one of their inputs
 * improves, for the {@linkplain Axioms#monotonicity(MonotoneInput...) monotonicity} axiom to
 * check: {@code MonotoneInput.of("twice-if-achieved", InputField.ACHIEVED)}.
 *
 * <p>The kind is named by its stable name: a {@link io.github.thidua.core.CustomKind}'s name, or
 * {@code formula} for every formula criterion. With {@link Direction#LOWER_IS_BETTER} the promise
 * is the other way round: raising the input never raises the points (as for a deduction).
 *
 * @param kind the kind's stable name, not null
 * @param input the input that improves, not null
 * @param direction which way improves the points, not null
 */
public record MonotoneInput(String kind, InputField input, Direction direction) {

    /**
     * Checks the components.
     *
     * @param kind the kind's stable name, not null
     * @param input the input, not null
     * @param direction the direction, not null
     */
    public MonotoneInput {
        requireNonNull(kind, "kind");
        requireNonNull(input, "input");
        requireNonNull(direction, "direction");
    }

    /**
     * Returns the promise that raising {@code input} never lowers the points of {@code kind}.
     *
     * @param kind the kind's stable name, not null
     * @param input the input, not null
     * @return the promise
     */
    public static MonotoneInput of(String kind, InputField input) {
        return new MonotoneInput(kind, input, Direction.HIGHER_IS_BETTER);
    }
}
