package io.github.thidua.scoring;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a ranking becomes award proposals: steps in order, the highest award first, such as the
 * flag for the leading unit, certificates of merit for the next two, certificates of commendation
 * for every other unit banded good or better.
 *
 * <p>A unit receives at most one award of a ladder: the first step, in order, whose selector it
 * matches, whose eligibility rules it passes and whose quota line it is within. A unit cut by a
 * step's quota or failing its eligibility goes on to the later steps; a unit left undecided at a
 * step's quota line is held there, because its award depends on that decision (plan again once it
 * is made). Checked when built: at least one step. Immutable and thread-safe.
 *
 * <pre>{@code
 * AwardLadder ladder = AwardLadder.builder()
 *         .addSteps(flagStep, meritStep, commendationStep)
 *         .scope(LadderScope.CLUSTER)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AwardLadder {

    AwardLadder() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the steps, the highest award first.
     *
     * @return one or more steps, in order
     */
    public abstract List<AwardStep> steps();

    /**
     * Returns which units the ladder is applied to at once.
     *
     * @return the scope; {@link LadderScope#CLUSTER} unless given
     */
    @Value.Default
    public LadderScope scope() {
        return LadderScope.CLUSTER;
    }

    @Value.Check
    final void check() {
        if (steps().isEmpty()) {
            throw ValidationException.invalid(
                    "AwardLadder",
                    "steps",
                    0,
                    Text.of("thang khen thưởng không có bậc nào", "a ladder without steps"),
                    Text.of("ít nhất một bậc", "at least one step"));
        }
    }

    /** Builds an {@link AwardLadder}; at least one step is required. */
    public static final class Builder extends ImmutableAwardLadder.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
