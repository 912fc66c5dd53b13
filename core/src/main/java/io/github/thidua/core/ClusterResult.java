package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The results of a cluster for a period, with the exact policy they were computed with, so that
 * the same data and policy give the same results to the digit years later.
 *
 * <p>Checked when built: the policy id has the shape of an id; the version is 1 to 64 ASCII
 * letters, digits, {@code . _ : -}; the fingerprint is 8 to 128 hexadecimal digits (kept in
 * lower case); unit ids are unique; units named in a rank's {@link Rank#tiedWith()} are units of
 * this result. Immutable and thread-safe.
 *
 * <pre>{@code
 * ClusterResult result = ClusterResult.builder()
 *         .cluster(Id.of("ccb-cum-2"))
 *         .period(Period.year(2024))
 *         .policyId("ccb-cluster-100")
 *         .policyVersion("2024.1")
 *         .policyFingerprint("9f86d081884c7d65")
 *         .addUnits(phuTho, yenBai)
 *         .build();
 * result.unit(Id.of("phu-tho")); // Optional[phuTho]
 * }</pre>
 */
@Value.Immutable
public abstract class ClusterResult {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{8,128}");

    ClusterResult() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the cluster.
     *
     * @return the cluster's id
     */
    public abstract Id cluster();

    /**
     * Returns the period.
     *
     * @return the period
     */
    public abstract Period period();

    /**
     * Returns the id of the policy used.
     *
     * @return the policy id, shaped like an id
     */
    public abstract String policyId();

    /**
     * Returns the version of the policy used.
     *
     * @return the version, such as {@code 2024.1}
     */
    public abstract String policyVersion();

    /**
     * Returns the fingerprint of the policy's exact content, such as a SHA-256 digest.
     *
     * @return 8 to 128 lower-case hexadecimal digits
     */
    public abstract String policyFingerprint();

    /**
     * Returns each unit's result, in the order given.
     *
     * @return the unit results, with unique unit ids
     */
    public abstract List<UnitResult> units();

    /**
     * Returns one unit's result.
     *
     * @param unit the unit's id, not null
     * @return the result, or empty if the unit has none
     */
    public Optional<UnitResult> unit(Id unit) {
        Objects.requireNonNull(unit, "unit");
        return units().stream().filter(u -> u.unit().equals(unit)).findFirst();
    }

    @Value.Check
    final ClusterResult check() {
        Checks.key("ClusterResult", "policyId", policyId(), Id.MAX_LENGTH);
        Checks.key("ClusterResult", "policyVersion", policyVersion(), 64);
        if (!HEX.matcher(policyFingerprint()).matches()) {
            throw ValidationException.invalid(
                    "ClusterResult",
                    "policyFingerprint",
                    policyFingerprint(),
                    Text.of("không phải chuỗi thập lục phân", "not hexadecimal"),
                    Text.of("8–128 chữ số thập lục phân", "8–128 hexadecimal digits"));
        }
        Checks.unique("ClusterResult", "units", units(), UnitResult::unit, "unit");
        Set<Id> ids = units().stream().map(UnitResult::unit).collect(Collectors.toSet());
        for (int i = 0; i < units().size(); i++) {
            List<Id> tied = units().get(i).rank().map(Rank::tiedWith).orElse(List.of());
            for (int j = 0; j < tied.size(); j++) {
                Checks.memberOf(
                        "ClusterResult",
                        "units[" + i + "].rank.tiedWith[" + j + "]",
                        tied.get(j),
                        ids,
                        Text.of("mã một đơn vị trong kết quả", "the id of a unit in this result"));
            }
        }
        String lower = policyFingerprint().toLowerCase(Locale.ROOT);
        return lower.equals(policyFingerprint()) ? this : ((ImmutableClusterResult) this).withPolicyFingerprint(lower);
    }

    /** Builds a {@link ClusterResult}; every attribute but {@code units} is required. */
    public static final class Builder extends ImmutableClusterResult.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
