package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit's place in its cluster's ranking: the position, the units it shares that position with,
 * the tie-breaker that separated it from units level on score, and whether a tie that nothing
 * separates waits for a named decision (for flags, the cluster head and deputy).
 *
 * <p>{@link #tiedWith()} lists the <em>other</em> units at the same position, never the unit
 * itself (a rank does not know its unit; {@link UnitResult} checks this). It is kept sorted by id
 * whatever order it was given in, so input order never shows. Checked when built: the position is
 * 1 or more; tied ids are unique; an unresolved tie has someone to be tied with and was not
 * separated by a tie-breaker; a decider is named only for an unresolved tie. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Rank second = Rank.builder()
 *         .position(2)
 *         .addTiedWith(Id.of("yen-bai"))
 *         .unresolved(true)
 *         .decider(Text.of("Cụm trưởng và Cụm phó", "the cluster head and deputy"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Rank {

    Rank() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a rank held alone, without a tie.
     *
     * @param position the position, 1 or more
     * @return the rank
     * @throws ValidationException if the position is below 1
     */
    public static Rank of(int position) {
        return builder().position(position).build();
    }

    /**
     * Returns the position, 1 for the leading unit.
     *
     * @return the position, 1 or more
     */
    public abstract int position();

    /**
     * Returns the other units at the same position, sorted by id.
     *
     * @return the ids, without the unit itself; empty when the position is held alone
     */
    public abstract List<Id> tiedWith();

    /**
     * Returns the name of the tie-breaker that separated this unit from units level on score,
     * such as {@code subtotal:group-1} or {@code fewer-deductions}.
     *
     * @return the tie-breaker's name, if one decided
     */
    public abstract Optional<String> decidedBy();

    /**
     * Tells whether the tie at this position is one that no tie-breaker separates and that a
     * person must decide.
     *
     * @return true when a named decision is needed; false unless given
     */
    @Value.Default
    public boolean unresolved() {
        return false;
    }

    /**
     * Returns who must decide an unresolved tie, such as "Cụm trưởng và Cụm phó".
     *
     * @return the decider, only for an unresolved tie, if named
     */
    public abstract Optional<Text> decider();

    /**
     * Tells whether the position is shared.
     *
     * @return true when {@link #tiedWith()} is not empty
     */
    public boolean isTied() {
        return !tiedWith().isEmpty();
    }

    @Value.Check
    final Rank check() {
        Checks.atLeast("Rank", "position", position(), 1);
        Checks.unique("Rank", "tiedWith", tiedWith(), t -> t, "");
        if (unresolved() && tiedWith().isEmpty()) {
            throw ValidationException.invalid(
                    "Rank",
                    "unresolved",
                    true,
                    Text.of("chưa phân định nhưng không hòa với ai", "set without anyone in tiedWith"),
                    Text.of("chỉ khi đồng hạng với đơn vị khác", "only for a position shared with other units"));
        }
        if (unresolved() && decidedBy().isPresent()) {
            throw ValidationException.invalid(
                    "Rank",
                    "decidedBy",
                    decidedBy().get(),
                    Text.of("có tiêu chí phụ đã phân định nhưng vẫn chưa phân định", "given for an unresolved tie"),
                    Text.of("bỏ trống khi chưa phân định", "empty when the tie is unresolved"));
        }
        if (decider().isPresent() && !unresolved()) {
            throw ValidationException.invalid(
                    "Rank",
                    "decider",
                    decider().get(),
                    Text.of("có người quyết định nhưng không có hòa chưa phân định", "given without an unresolved tie"),
                    Text.of("chỉ khi unresolved = true", "only when unresolved is true"));
        }
        String decidedBy = decidedBy().orElse(null);
        String normal = Checks.optionalText("Rank", "decidedBy", decidedBy, 200);
        List<Id> sorted = tiedWith().stream().sorted().toList();
        ImmutableRank self = (ImmutableRank) this;
        if (decidedBy != null && !normal.equals(decidedBy)) {
            self = self.withDecidedBy(normal);
        }
        if (!sorted.equals(tiedWith())) {
            self = self.withTiedWith(sorted);
        }
        return self;
    }

    /** Builds a {@link Rank}; only {@code position} is required. */
    public static final class Builder extends ImmutableRank.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
