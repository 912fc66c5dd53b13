package io.github.thidua.scoring;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an {@link AwardPlanner} decided for one unit: the award proposed, or why none was.
 *
 * <p>The explanation has one child per step of the ladder that the unit reached, saying whether
 * the step selected it, which eligibility rule failed, where the quota line fell. Checked when
 * built: an award is given exactly when the status is {@link AwardStatus#PROPOSED}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * AwardDecision d = decisions.get(0);
 * d.status();                         // PROPOSED
 * d.award().orElseThrow().name().vi(); // "Cờ thi đua của bộ, ban, ngành, tỉnh, đoàn thể trung ương"
 * }</pre>
 */
@Value.Immutable
public abstract class AwardDecision {

    AwardDecision() {}

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
     * Returns the award proposed.
     *
     * @return the award, only when {@link #status()} is {@link AwardStatus#PROPOSED}
     */
    public abstract Optional<AwardKind> award();

    /**
     * Returns what was decided.
     *
     * @return the status
     */
    public abstract AwardStatus status();

    /**
     * Returns why.
     *
     * @return the explanation, one child per step reached
     */
    public abstract Explanation explanation();

    @Value.Check
    final void check() {
        if (award().isPresent() != (status() == AwardStatus.PROPOSED)) {
            throw ValidationException.invalid(
                    "AwardDecision",
                    "award",
                    award().map(a -> a.id().value()).orElse(null),
                    Text.of("khen thưởng không khớp trạng thái " + status(), "does not match the status " + status()),
                    Text.of("có khen thưởng khi và chỉ khi PROPOSED", "an award exactly when PROPOSED"));
        }
    }

    /** Builds an {@link AwardDecision}; unit, status and explanation are required. */
    public static final class Builder extends ImmutableAwardDecision.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
