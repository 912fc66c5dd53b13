package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One rung of an {@link AwardLadder}: the award, which units it selects (by rank positions, by
 * band codes, or both), the eligibility standards they must meet and the quota that caps them.
 *
 * <p>A unit is selected when its rank position lies in {@code fromRank..toRank} (inclusive) and,
 * when band codes are given, its band is one of them; with only bands, the rank is not looked
 * at. Checked when built: at least one selector; both rank ends or neither, each 1 or more, in
 * order; band codes of 1 to 32 ASCII letters, digits, {@code . _ -}. Immutable and thread-safe.
 *
 * <pre>{@code
 * AwardStep merit = AwardStep.builder()
 *         .award(AwardKinds.MINISTRY_PROVINCE_MERIT)
 *         .fromRank(2).toRank(3)
 *         .addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()))
 *         .quota(Quota.ofCount(2, StraddleRule.REFER_TO_VOTE))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AwardStep {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    AwardStep() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the award this step proposes.
     *
     * @return the award kind
     */
    public abstract AwardKind award();

    /**
     * Returns the first rank position selected.
     *
     * @return the position, 1 or more; empty when the step selects by band only
     */
    public abstract OptionalInt fromRank();

    /**
     * Returns the last rank position selected, inclusive.
     *
     * @return the position, not below {@link #fromRank()}; empty when the step selects by band only
     */
    public abstract OptionalInt toRank();

    /**
     * Returns the band codes selected.
     *
     * @return the codes, such as {@code excellent} and {@code good}; empty when the step selects
     *     by rank only
     */
    public abstract Set<String> bands();

    /**
     * Returns the eligibility standards a selected unit must meet, all of them.
     *
     * @return the rules, in order; possibly none
     */
    public abstract List<EligibilityRule> eligibility();

    /**
     * Returns the cap on the units this step proposes.
     *
     * @return the quota; empty when every qualifying unit is proposed
     */
    public abstract Optional<Quota> quota();

    /**
     * Tells whether this step selects a unit by its rank position and band, before eligibility
     * and quota.
     *
     * @param unit the unit, not null
     * @return true when the unit lies in the rank range (if given) and holds one of the bands (if
     *     given)
     */
    public boolean selects(AwardInput unit) {
        requireNonNull(unit, "unit");
        if (fromRank().isPresent()) {
            int position = unit.rank().position();
            if (position < fromRank().getAsInt() || position > toRank().getAsInt()) {
                return false;
            }
        }
        return bands().isEmpty() || unit.band().map(bands()::contains).orElse(false);
    }

    /**
     * Describes the selector for explanations, such as "hạng 2–3" / "rank 2–3".
     *
     * @return the description in both languages
     */
    public Text describeSelector() {
        String vi = "";
        String en = "";
        if (fromRank().isPresent()) {
            int from = fromRank().getAsInt();
            int to = toRank().getAsInt();
            String range = from == to ? String.valueOf(from) : from + "–" + to;
            vi = "hạng " + range;
            en = "rank " + range;
        }
        if (!bands().isEmpty()) {
            String codes = String.join(", ", bands());
            vi = vi.isEmpty() ? "xếp loại " + codes : vi + " và xếp loại " + codes;
            en = en.isEmpty() ? "band " + codes : en + " and band " + codes;
        }
        return Text.of(vi, en);
    }

    @Value.Check
    final void check() {
        if (fromRank().isPresent() != toRank().isPresent()) {
            throw ValidationException.invalid(
                    "AwardStep",
                    fromRank().isPresent() ? "toRank" : "fromRank",
                    null,
                    Text.of("thiếu một đầu của khoảng hạng", "one end of the rank range is missing"),
                    Text.of("cả hạng đầu và hạng cuối, hoặc không có cả hai", "both fromRank and toRank, or neither"));
        }
        if (fromRank().isEmpty() && bands().isEmpty()) {
            throw ValidationException.invalid(
                    "AwardStep",
                    "bands",
                    null,
                    Text.of("không có tiêu chí chọn đơn vị", "no selector"),
                    Text.of("một khoảng hạng, một tập xếp loại, hoặc cả hai", "a rank range, band codes, or both"));
        }
        if (fromRank().isPresent()) {
            int from = fromRank().getAsInt();
            int to = toRank().getAsInt();
            if (from < 1) {
                throw ValidationException.invalid(
                        "AwardStep",
                        "fromRank",
                        from,
                        Text.of("hạng nhỏ hơn 1", "rank below 1"),
                        Text.of("từ 1 trở lên", "1 or more"));
            }
            if (to < from) {
                throw ValidationException.invalid(
                        "AwardStep",
                        "toRank",
                        to,
                        Text.of("hạng cuối đứng trước hạng đầu " + from, "before fromRank " + from),
                        Text.of("từ " + from + " trở lên", from + " or more"));
            }
        }
        for (String band : bands()) {
            if (!CODE.matcher(band).matches()) {
                throw ValidationException.invalid(
                        "AwardStep",
                        "bands",
                        band,
                        Text.of("mã xếp loại không đúng dạng", "invalid band code"),
                        Text.of("1–32 ký tự ASCII: chữ, số, . _ -", "1–32 ASCII letters, digits, . _ -"));
            }
        }
    }

    /** Builds an {@link AwardStep}; the award and at least one selector are required. */
    public static final class Builder extends ImmutableAwardStep.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
