package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The points a unit scored on one criterion, with how they were reached.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CriterionResult growth = CriterionResult.of("1.2", Points.parse("7.5"));
 * }</pre>
 */
@Value.Immutable
public abstract class CriterionResult {

    CriterionResult() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a result without an explanation.
     *
     * @param criterion the criterion's code, not null
     * @param points the points, not null
     * @return the result
     * @throws ValidationException if an argument is null or the code is malformed
     */
    public static CriterionResult of(String criterion, Points points) {
        return builder().criterion(criterion).points(points).build();
    }

    /**
     * Returns the criterion's code.
     *
     * @return the code, 1 to 32 ASCII letters, digits, {@code . _ -}
     */
    public abstract String criterion();

    /**
     * Returns the points scored.
     *
     * @return the points
     */
    public abstract Points points();

    /**
     * Returns how the points were reached.
     *
     * @return the explanation, if recorded
     */
    public abstract Optional<Explanation> explanation();

    @Value.Check
    final void check() {
        Checks.code("CriterionResult", "criterion", criterion());
    }

    /** Builds a {@link CriterionResult}; {@code criterion} and {@code points} are required. */
    public static final class Builder extends ImmutableCriterionResult.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
