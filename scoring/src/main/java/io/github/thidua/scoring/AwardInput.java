package io.github.thidua.scoring;

import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Id;
import io.github.thidua.core.Rank;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.CollectiveStanding;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One unit as an {@link AwardPlanner} sees it: its place in the ranking, its band, its award
 * history, its members' standing and whether discipline or an investigation is pending.
 *
 * <p>Checked when built: a band code has 1 to 32 ASCII letters, digits, {@code . _ -}. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * AwardInput phuTho = AwardInput.builder()
 *         .unit(Id.of("phu-tho"))
 *         .recipientKind(RecipientKind.COLLECTIVE)
 *         .rank(Rank.of(1))
 *         .band("excellent")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AwardInput {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    AwardInput() {}

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
     * Returns what kind of recipient the unit is.
     *
     * @return collective, individual or household
     */
    public abstract RecipientKind recipientKind();

    /**
     * Returns the unit's place in the ranking; units with equal positions are tied.
     *
     * @return the rank
     */
    public abstract Rank rank();

    /**
     * Returns the code of the band the unit reached.
     *
     * @return the band code, such as {@code excellent}, if banded
     */
    public abstract Optional<String> band();

    /**
     * Returns the unit's past awards.
     *
     * @return the records, any order
     */
    public abstract List<AwardRecord> history();

    /**
     * Returns the standing of the unit's members in the year planned, for collectives.
     *
     * @return the standing, if known
     */
    public abstract Optional<CollectiveStanding> standing();

    /**
     * Tells whether discipline of the unit is being considered.
     *
     * @return true while pending; false unless given
     */
    @Value.Default
    public boolean disciplinePending() {
        return false;
    }

    /**
     * Tells whether the unit is under investigation or inspection for a violation.
     *
     * @return true while pending; false unless given
     */
    @Value.Default
    public boolean underInvestigation() {
        return false;
    }

    @Value.Check
    final void check() {
        if (band().isPresent() && !CODE.matcher(band().get()).matches()) {
            throw ValidationException.invalid(
                    "AwardInput",
                    "band",
                    band().get(),
                    Text.of("mã xếp loại không đúng dạng", "invalid band code"),
                    Text.of("1–32 ký tự ASCII: chữ, số, . _ -", "1–32 ASCII letters, digits, . _ -"));
        }
    }

    /** Builds an {@link AwardInput}; unit, recipient kind and rank are required. */
    public static final class Builder extends ImmutableAwardInput.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
