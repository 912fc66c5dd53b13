package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A collective (tập thể, đơn vị): a province's Veterans Association, a district People's
 * Committee, a department, an enterprise, a cooperative. The members of a {@link Cluster} are
 * collectives (đơn vị thành viên), and collectives outside any cluster can be commended too.
 *
 * <p>Head counts are optional; when given they support the statutory preference for a
 * collective whose members are at least 70 % women. Immutable and thread-safe.
 *
 * <pre>{@code
 * Collective phuTho = Collective.of(Id.of("phu-tho"), Name.of("Hội CCB tỉnh Phú Thọ"));
 * }</pre>
 */
@Value.Immutable
public abstract class Collective implements Recipient {

    Collective() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a collective with only an id and a name.
     *
     * @param id the stable id, not null
     * @param name the name, not null
     * @return the collective
     * @throws ValidationException if an argument is null
     */
    public static Collective of(Id id, Name name) {
        return builder().id(id).name(name).build();
    }

    @Override
    public abstract Id id();

    @Override
    public abstract Name name();

    /**
     * Returns the short name used in tables, such as "Phú Thọ".
     *
     * @return the short name, if any
     */
    public abstract Optional<Name> shortName();

    /**
     * Returns the number of people in the collective.
     *
     * @return the head count, zero or more, if known
     */
    public abstract OptionalInt headCount();

    /**
     * Returns the number of women in the collective.
     *
     * @return the number of women, at most {@link #headCount()}, if known
     */
    public abstract OptionalInt womenCount();

    @Override
    public final RecipientKind recipientKind() {
        return RecipientKind.COLLECTIVE;
    }

    /**
     * Returns the short name when there is one, otherwise the name.
     *
     * @return the name to show in tables
     */
    public final Name displayName() {
        return shortName().orElse(name());
    }

    @Value.Check
    final void check() {
        if (headCount().isPresent()) {
            Checks.atLeast("Collective", "headCount", headCount().getAsInt(), 0);
        }
        if (womenCount().isPresent()) {
            int women = Checks.atLeast("Collective", "womenCount", womenCount().getAsInt(), 0);
            if (headCount().isEmpty()) {
                throw ValidationException.invalid(
                        "Collective",
                        "womenCount",
                        women,
                        Text.of("có số nữ nhưng thiếu tổng số người", "given without headCount"),
                        Text.of("womenCount cùng với headCount", "womenCount together with headCount"));
            }
            if (women > headCount().getAsInt()) {
                throw ValidationException.invalid(
                        "Collective",
                        "womenCount",
                        women,
                        Text.of(
                                "lớn hơn tổng số người " + headCount().getAsInt(),
                                "exceeds headCount " + headCount().getAsInt()),
                        Text.of("từ 0 đến headCount", "0 to headCount"));
            }
        }
    }

    /** Builds a {@link Collective}; {@code id} and {@code name} are required. */
    public static final class Builder extends ImmutableCollective.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
