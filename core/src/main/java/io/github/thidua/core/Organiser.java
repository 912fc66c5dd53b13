package io.github.thidua.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body that runs a cluster and hands out its awards (cơ quan tổ chức): the Central Committee
 * of a mass organisation, a ministry, a province's Emulation and Commendation Council.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Organiser veterans = Organiser.builder()
 *         .id(Id.of("tw-hoi-ccb"))
 *         .name(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
 *         .level(OrganiserLevel.CENTRAL)
 *         .kind(OrganiserKind.MASS_ORGANISATION)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Organiser {

    Organiser() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the stable id.
     *
     * @return the id
     */
    public abstract Id id();

    /**
     * Returns the full name, such as "Ủy ban nhân dân tỉnh Điện Biên".
     *
     * @return the name
     */
    public abstract Name name();

    /**
     * Returns the level in the hierarchy.
     *
     * @return the level
     */
    public abstract OrganiserLevel level();

    /**
     * Returns the kind of body.
     *
     * @return the kind
     */
    public abstract OrganiserKind kind();

    /**
     * Returns the short name used in running text, such as "TW Hội CCB".
     *
     * @return the short name, if any
     */
    public abstract Optional<Name> shortName();

    /** Builds an {@link Organiser}; every attribute but {@code shortName} is required. */
    public static final class Builder extends ImmutableOrganiser.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
