package io.github.thidua.scoring;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The cap on how many units one {@link AwardStep} may propose: either a count ("at most 2
 * collectives") or a share of a base ("not more than 20 % of the cluster leaders"), with the
 * declared rule for a tie straddling the line.
 *
 * <p>A share cap rounds <em>down</em>: 20 % of 11 is 2.2, so 2 units. The base of a share is
 * either a {@link QuotaBase} counted when the step is planned or an explicit number (for a base
 * outside the units being planned, such as all cluster leaders of a ministry). Checked when
 * built: exactly one of count and share; a count is 0 or more; a share lies in (0, 1] and has
 * exactly one of base and base count, a base count being 0 or more. Immutable and thread-safe.
 *
 * <pre>{@code
 * Quota two = Quota.ofCount(2, StraddleRule.REFER_TO_VOTE);
 * Quota fifth = Quota.ofShare(new BigDecimal("0.2"), QuotaBase.MEMBERS, StraddleRule.EXCLUDE_ALL);
 * fifth.limit(5, 11); // 2
 * }</pre>
 */
@Value.Immutable
public abstract class Quota {

    Quota() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a cap of a fixed number of units.
     *
     * @param count the most units proposed, 0 or more
     * @param straddle the rule for a tie across the line, not null
     * @return the quota
     * @throws ValidationException if the count is negative
     */
    public static Quota ofCount(int count, StraddleRule straddle) {
        return builder().count(count).straddle(straddle).build();
    }

    /**
     * Returns a cap of a share of a base counted when the step is planned.
     *
     * @param share the share, above 0 and at most 1, not null
     * @param base what the share is of, not null
     * @param straddle the rule for a tie across the line, not null
     * @return the quota
     * @throws ValidationException if the share is out of range
     */
    public static Quota ofShare(BigDecimal share, QuotaBase base, StraddleRule straddle) {
        return builder().share(share).base(base).straddle(straddle).build();
    }

    /**
     * Returns a cap of a share of an explicit number.
     *
     * @param share the share, above 0 and at most 1, not null
     * @param baseCount the number the share is of, 0 or more
     * @param straddle the rule for a tie across the line, not null
     * @return the quota
     * @throws ValidationException if the share or base count is out of range
     */
    public static Quota ofShare(BigDecimal share, int baseCount, StraddleRule straddle) {
        return builder().share(share).baseCount(baseCount).straddle(straddle).build();
    }

    /**
     * Returns the fixed cap.
     *
     * @return the count, 0 or more; empty for a share cap
     */
    public abstract OptionalInt count();

    /**
     * Returns the share of the base.
     *
     * @return the share in (0, 1]; empty for a count cap
     */
    public abstract Optional<BigDecimal> share();

    /**
     * Returns the set the share is of, when it is counted at planning time.
     *
     * @return the base; empty for a count cap or an explicit base count
     */
    public abstract Optional<QuotaBase> base();

    /**
     * Returns the explicit number the share is of.
     *
     * @return the base count, 0 or more; empty for a count cap or a {@link #base()}
     */
    public abstract OptionalInt baseCount();

    /**
     * Returns the declared rule for a tie across the line.
     *
     * @return the rule
     */
    public abstract StraddleRule straddle();

    /**
     * Returns the most units this quota lets a step propose.
     *
     * @param candidates the step's candidates (units qualifying for it), 0 or more
     * @param members the units being planned (cluster or sub-group), 0 or more
     * @return the count, or the share of the base rounded down
     * @throws ValidationException if a number is negative
     */
    public int limit(int candidates, int members) {
        if (candidates < 0 || members < 0) {
            throw ValidationException.invalid(
                    "Quota",
                    candidates < 0 ? "candidates" : "members",
                    Math.min(candidates, members),
                    Text.of("số âm", "negative number"),
                    Text.of("từ 0 trở lên", "0 or more"));
        }
        if (count().isPresent()) {
            return count().getAsInt();
        }
        int of = baseCount().isPresent()
                ? baseCount().getAsInt()
                : base().orElseThrow() == QuotaBase.CANDIDATES ? candidates : members;
        // A share cap never rounds up: "not more than 20 %" of 11 is 2, not 3.
        return share().orElseThrow()
                .multiply(BigDecimal.valueOf(of))
                .setScale(0, RoundingMode.DOWN)
                .intValueExact();
    }

    /**
     * Describes the cap for explanations, such as "2" or "20 % of the members".
     *
     * @return the description in both languages
     */
    public Text describe() {
        if (count().isPresent()) {
            return Text.of(String.valueOf(count().getAsInt()), String.valueOf(count().getAsInt()));
        }
        String percent =
                share().orElseThrow().movePointRight(2).stripTrailingZeros().toPlainString();
        Text of = baseCount().isPresent()
                ? Text.of(
                        String.valueOf(baseCount().getAsInt()),
                        String.valueOf(baseCount().getAsInt()))
                : base().orElseThrow().label();
        return Text.of(percent.replace('.', ',') + " % của " + of.vi(), percent + " % of " + of.en());
    }

    @Value.Check
    final void check() {
        if (count().isPresent() == share().isPresent()) {
            throw ValidationException.invalid(
                    "Quota",
                    "count",
                    count().isPresent() ? count().getAsInt() : null,
                    Text.of("cần đúng một trong số lượng và tỷ lệ", "needs exactly one of count and share"),
                    Text.of("số lượng, hoặc tỷ lệ của một cơ sở", "a count, or a share of a base"));
        }
        if (count().isPresent() && count().getAsInt() < 0) {
            throw ValidationException.invalid(
                    "Quota",
                    "count",
                    count().getAsInt(),
                    Text.of("số lượng âm", "negative count"),
                    Text.of("từ 0 trở lên", "0 or more"));
        }
        if (count().isPresent() && (base().isPresent() || baseCount().isPresent())) {
            throw ValidationException.invalid(
                    "Quota",
                    "base",
                    base().map(Object::toString)
                            .orElse(String.valueOf(baseCount().orElse(0))),
                    Text.of("cơ sở chỉ dùng cho chỉ tiêu theo tỷ lệ", "a base belongs to a share cap only"),
                    Text.of("bỏ trống khi có số lượng", "empty with a count"));
        }
        if (share().isPresent()) {
            BigDecimal share = share().get();
            if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw ValidationException.invalid(
                        "Quota",
                        "share",
                        share,
                        Text.of("tỷ lệ ngoài khoảng", "share out of range"),
                        Text.of("lớn hơn 0 và không quá 1, như 0.2", "above 0 and at most 1, such as 0.2"));
            }
            // 1E-99999999 is above 0, but taking that share would compute a power of ten of
            // millions of digits.
            BandChecks.scale("Quota", "share", share, 12);
            if (base().isPresent() == baseCount().isPresent()) {
                throw ValidationException.invalid(
                        "Quota",
                        "base",
                        base().map(Object::toString).orElse(null),
                        Text.of("cần đúng một trong cơ sở và số cơ sở", "needs exactly one of base and base count"),
                        Text.of(
                                "CANDIDATES, MEMBERS, hoặc một số cụ thể",
                                "CANDIDATES, MEMBERS, or an explicit count"));
            }
            if (baseCount().isPresent() && baseCount().getAsInt() < 0) {
                throw ValidationException.invalid(
                        "Quota",
                        "baseCount",
                        baseCount().getAsInt(),
                        Text.of("số cơ sở âm", "negative base count"),
                        Text.of("từ 0 trở lên", "0 or more"));
            }
        }
    }

    /** Builds a {@link Quota}; the straddle rule and one of count and share are required. */
    public static final class Builder extends ImmutableQuota.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
