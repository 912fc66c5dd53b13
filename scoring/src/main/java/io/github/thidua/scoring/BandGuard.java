package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A condition a classification band adds to its score range, as data: "no criterion scored
 * zero", "every criterion reaches half its maximum", "no corruption case".
 *
 * <p>{@link BandGuardKind#MIN_CRITERION_SHARE} takes a {@link #share()} above 0 and at most 1
 * (at most 6 decimal places); {@link BandGuardKind#NO_EVENT} takes an {@link #event()} code; no
 * kind takes the other's parameter. The label defaults to a sentence made from the kind and its
 * parameter. Immutable and thread-safe.
 *
 * <pre>{@code
 * BandGuard noZero = BandGuard.noCriterionZero();
 * BandGuard half = BandGuard.minCriterionShare(new BigDecimal("0.5"));
 * BandGuard clean = BandGuard.noEvent("corruption");
 * half.label().en(); // "every criterion scores at least 50% of its maximum"
 * }</pre>
 */
@Value.Immutable
public abstract class BandGuard {

    BandGuard() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the guard "no scored criterion has zero points".
     *
     * @return the guard
     */
    public static BandGuard noCriterionZero() {
        return builder().kind(BandGuardKind.NO_CRITERION_ZERO).build();
    }

    /**
     * Returns the guard "every scored criterion reaches {@code share} of its maximum".
     *
     * @param share the share, above 0 and at most 1, at most 6 decimal places; not null
     * @return the guard
     * @throws ValidationException if the share is out of range
     */
    public static BandGuard minCriterionShare(BigDecimal share) {
        return builder()
                .kind(BandGuardKind.MIN_CRITERION_SHARE)
                .share(requireNonNull(share, "share"))
                .build();
    }

    /**
     * Returns the guard "the unit event {@code event} did not happen".
     *
     * @param event the event code, shaped like an id (such as {@code corruption}); not null
     * @return the guard
     * @throws ValidationException if the code is malformed
     */
    public static BandGuard noEvent(String event) {
        return builder()
                .kind(BandGuardKind.NO_EVENT)
                .event(requireNonNull(event, "event"))
                .build();
    }

    /**
     * Returns what the guard checks.
     *
     * @return the kind
     */
    public abstract BandGuardKind kind();

    /**
     * Returns the share of its maximum every criterion must reach, for {@link
     * BandGuardKind#MIN_CRITERION_SHARE}.
     *
     * @return the share, above 0 and at most 1; empty for the other kinds
     */
    public abstract Optional<BigDecimal> share();

    /**
     * Returns the event that must be absent, for {@link BandGuardKind#NO_EVENT}.
     *
     * @return the event code; empty for the other kinds
     */
    public abstract Optional<String> event();

    /**
     * Returns the condition as printed in the policy.
     *
     * @return the label; unless given, made from the kind and its parameter
     */
    @Value.Default
    public Text label() {
        return switch (kind()) {
            case NO_CRITERION_ZERO -> kind().label();
            case MIN_CRITERION_SHARE ->
                share().map(s -> {
                            String percent =
                                    s.movePointRight(2).stripTrailingZeros().toPlainString();
                            return Text.of(
                                    "mọi tiêu chí đạt ít nhất " + percent.replace('.', ',') + "% điểm tối đa",
                                    "every criterion scores at least " + percent + "% of its maximum");
                        })
                        .orElse(kind().label());
            case NO_EVENT ->
                event().map(e -> Text.of("không có sự kiện " + e, "no event " + e))
                        .orElse(kind().label());
        };
    }

    /**
     * Tells whether a unit meets this condition.
     *
     * @param input the unit's total, criteria, events and discipline; not null
     * @return true when met
     */
    public boolean isMetBy(BandInput input) {
        return violations(requireNonNull(input, "input")).isEmpty();
    }

    /**
     * Returns what breaks the condition: the criterion codes below the bar, or the event; empty
     * when the condition is met.
     */
    List<String> violations(BandInput input) {
        List<String> out = new ArrayList<>();
        switch (kind()) {
            case NO_CRITERION_ZERO -> {
                for (Map.Entry<String, Points> e : input.criterionPoints().entrySet()) {
                    if (e.getValue().signum() <= 0) {
                        out.add(e.getKey());
                    }
                }
            }
            case MIN_CRITERION_SHARE -> {
                BigDecimal s = share().orElseThrow();
                for (Map.Entry<String, Points> e : input.criterionPoints().entrySet()) {
                    // Exact: share × maximum is compared as a decimal, never rounded.
                    BigDecimal bar = input.criterionMaxima()
                            .get(e.getKey())
                            .toBigDecimal()
                            .multiply(s);
                    if (e.getValue().toBigDecimal().compareTo(bar) < 0) {
                        out.add(e.getKey());
                    }
                }
            }
            case NO_EVENT -> {
                String event = event().orElseThrow();
                if (input.events().contains(event)) {
                    out.add(event);
                }
            }
        }
        return out;
    }

    @Value.Check
    final void check() {
        if (kind() == BandGuardKind.MIN_CRITERION_SHARE) {
            BigDecimal s = share().orElseThrow(() -> ValidationException.missing("BandGuard", "share"));
            BandChecks.scale("BandGuard", "share", s, 6);
            if (s.signum() <= 0 || s.compareTo(BigDecimal.ONE) > 0) {
                throw ValidationException.invalid(
                        "BandGuard",
                        "share",
                        s,
                        Text.of("tỷ lệ ngoài khoảng cho phép", "share out of range"),
                        Text.of("lớn hơn 0 và không quá 1", "above 0 and at most 1"));
            }
        } else if (share().isPresent()) {
            throw unexpected("share", share().get());
        }
        if (kind() == BandGuardKind.NO_EVENT) {
            BandChecks.key(
                    "BandGuard",
                    "event",
                    event().orElseThrow(() -> ValidationException.missing("BandGuard", "event")),
                    Id.MAX_LENGTH);
        } else if (event().isPresent()) {
            throw unexpected("event", event().get());
        }
    }

    private ValidationException unexpected(String field, Object value) {
        return ValidationException.invalid(
                "BandGuard",
                field,
                value,
                Text.of(
                        "điều kiện loại " + kind() + " không nhận tham số này",
                        "a guard of kind " + kind() + " takes no such parameter"),
                Text.of(
                        "share chỉ cho MIN_CRITERION_SHARE, event chỉ cho NO_EVENT",
                        "share only for MIN_CRITERION_SHARE, event only for NO_EVENT"));
    }

    /** Builds a {@link BandGuard}; {@code kind} is required, then the kind's parameter. */
    public static final class Builder extends ImmutableBandGuard.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
