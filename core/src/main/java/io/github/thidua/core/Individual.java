package io.github.thidua.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who can be commended (cá nhân): a veteran, an official, a worker.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Individual dai = Individual.builder()
 *         .id(Id.of("le-quang-dai"))
 *         .name(Name.of("Lê Quang Đại"))
 *         .gender(Gender.MALE)
 *         .position(Name.of("Chủ tịch Hội CCB tỉnh Phú Thọ"))
 *         .collective(Id.of("phu-tho"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Individual implements Recipient {

    Individual() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Id id();

    @Override
    public abstract Name name();

    /**
     * Returns the person's sex, used by the statutory preference between equal candidates.
     *
     * @return the gender, if recorded
     */
    public abstract Optional<Gender> gender();

    /**
     * Returns the person's position, such as "Chủ tịch Hội CCB tỉnh".
     *
     * @return the position, if any
     */
    public abstract Optional<Name> position();

    /**
     * Returns the collective the person works in or belongs to.
     *
     * @return the collective's id, if any
     */
    public abstract Optional<Id> collective();

    @Override
    public final RecipientKind recipientKind() {
        return RecipientKind.INDIVIDUAL;
    }

    /** Builds an {@link Individual}; {@code id} and {@code name} are required. */
    public static final class Builder extends ImmutableIndividual.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
