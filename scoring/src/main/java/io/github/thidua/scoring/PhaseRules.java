package io.github.thidua.scoring;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How a phase review (tổng kết giai đoạn) combines annual results, ranks the units on the
 * combined score and proposes phase awards.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PhaseRules rules = PhaseRules.builder().method(PhaseMethod.YEARS_IN_BANDS).addBands("excellent").build();
 * }</pre>
 */
@Value.Immutable
public abstract class PhaseRules {

    PhaseRules() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns how annual results are combined.
     *
     * @return the method
     */
    public abstract PhaseMethod method();

    /**
     * Returns the band codes that count for {@link PhaseMethod#YEARS_IN_BANDS}.
     *
     * @return the band codes, non-empty for that method and empty otherwise
     */
    public abstract Set<String> bands();

    /**
     * Returns how units are ranked on the phase score.
     *
     * @return the ranking rules, competition ranking by default
     */
    @Value.Default
    public RankingRules ranking() {
        return RankingRules.of(RankingKind.COMPETITION);
    }

    /**
     * Returns the phase award ladder.
     *
     * @return the ladder, or empty when no phase awards are proposed
     */
    public abstract Optional<AwardLadder> awards();

    @Value.Check
    final void check() {
        if ((method() == PhaseMethod.YEARS_IN_BANDS) == bands().isEmpty()) {
            throw ValidationException.invalid(
                    "PhaseRules",
                    "bands",
                    bands(),
                    Text.of(
                            "không khớp với phương pháp " + method().label().vi(),
                            "does not fit the method " + method()),
                    Text.of(
                            "ít nhất một mã loại với YEARS_IN_BANDS, không có với phương pháp khác",
                            "at least one band code with YEARS_IN_BANDS, none with other methods"));
        }
    }

    /** Builds {@link PhaseRules}; the method is required. */
    public static final class Builder extends ImmutablePhaseRules.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
