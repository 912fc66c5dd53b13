package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Collective;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.TieBreaker;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The statutory preference between collectives level on score ({@code women-share}): a
 * collective whose members are at least 70 % women goes before one below that share.
 *
 * <p>Parameter {@code share}: the threshold as a decimal fraction, greater than 0 and at most 1;
 * 0.7 when not given. The comparison is exact: a collective qualifies when {@code women ≥ share ×
 * headCount}, computed on integers and exact decimals (7 of 10 qualifies, 69 of 100 does not).
 * Two collectives both at or above the share, or both below, compare equal; so do collectives
 * whose head counts are unknown (no collective, no head count, no count of women, or a head count
 * of 0), because nothing can be said of them. Stateless and thread-safe.
 *
 * <pre>{@code
 * new WomenShareTieBreaker().compare(a, b, Parameters.of(Map.of("share", "0.7")));
 * }</pre>
 */
public final class WomenShareTieBreaker implements TieBreaker {

    /** The stable name. */
    public static final String NAME = "women-share";

    /** The statutory share, 70 %. */
    public static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.7");

    /** Creates the tie-breaker. */
    public WomenShareTieBreaker() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return Text.of("ưu tiên tập thể có từ 70 % nữ trở lên", "preference for a collective with at least 70 % women");
    }

    /**
     * Checks that {@code share}, when given, is a decimal greater than 0 and at most 1.
     *
     * @param parameters the parameters, not null
     * @throws ValidationException if {@code share} is not such a decimal
     */
    @Override
    public void validate(Parameters parameters) {
        share(parameters);
    }

    @Override
    public int compare(Candidate a, Candidate b, Parameters parameters) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        BigDecimal share = share(parameters);
        Optional<Boolean> x = qualifies(a, share);
        Optional<Boolean> y = qualifies(b, share);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        // A qualifying collective first; equal when both or neither qualify.
        return Boolean.compare(y.get(), x.get());
    }

    @Override
    public Text describe(Candidate candidate, Parameters parameters) {
        requireNonNull(candidate, "candidate");
        BigDecimal share = share(parameters);
        Optional<Boolean> qualifies = qualifies(candidate, share);
        if (qualifies.isEmpty()) {
            return Text.of("không rõ số nữ", "share of women unknown");
        }
        Collective c = candidate.collective().orElseThrow();
        String counts = c.womenCount().getAsInt() + "/" + c.headCount().getAsInt();
        String percent = share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
        return qualifies.get()
                ? Text.of(counts + " nữ, đạt " + percent, counts + " women, at least " + percent)
                : Text.of(counts + " nữ, dưới " + percent, counts + " women, below " + percent);
    }

    private static Optional<Boolean> qualifies(Candidate candidate, BigDecimal share) {
        Optional<Collective> collective = candidate.collective();
        if (collective.isEmpty()
                || collective.get().headCount().isEmpty()
                || collective.get().womenCount().isEmpty()
                || collective.get().headCount().getAsInt() == 0) {
            return Optional.empty();
        }
        BigDecimal women = BigDecimal.valueOf(collective.get().womenCount().getAsInt());
        BigDecimal threshold =
                share.multiply(BigDecimal.valueOf(collective.get().headCount().getAsInt()));
        return Optional.of(women.compareTo(threshold) >= 0);
    }

    private static BigDecimal share(Parameters parameters) {
        requireNonNull(parameters, "parameters");
        if (parameters.find("share").isEmpty()) {
            return DEFAULT_SHARE;
        }
        BigDecimal share = parameters.decimal("share");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw ValidationException.invalid(
                    NAME,
                    "share",
                    share,
                    Text.of("tỷ lệ nữ ngoài khoảng cho phép", "share of women out of range"),
                    Text.of(
                            "số thập phân lớn hơn 0 và tối đa 1, như 0.7",
                            "a decimal above 0 and at most 1, such as 0.7"));
        }
        return share;
    }
}
