package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A sub-group (nhóm) of a cluster's members that is ranked on its own and may propose its own
 * flag; its head for a year is a {@link RoleAssignment} scoped to it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SubGroup north = SubGroup.of(Id.of("nhom-1"), Name.of("Nhóm 1"), List.of(Id.of("ha-giang"), Id.of("yen-bai")));
 * }</pre>
 */
@Value.Immutable
public abstract class SubGroup {

    SubGroup() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a sub-group.
     *
     * @param id the stable id, not null
     * @param name the name, not null
     * @param members the ids of its members, at least one, each once
     * @return the sub-group
     * @throws ValidationException if an argument is null, or members are empty or repeated
     */
    public static SubGroup of(Id id, Name name, List<Id> members) {
        // A null list would otherwise fail inside the generated builder with a bare NullPointerException.
        return builder()
                .id(id)
                .name(name)
                .addAllMembers(Checks.nonNull("SubGroup", "members", members))
                .build();
    }

    /**
     * Returns the stable id.
     *
     * @return the id
     */
    public abstract Id id();

    /**
     * Returns the name, such as "Nhóm 1".
     *
     * @return the name
     */
    public abstract Name name();

    /**
     * Returns the ids of the members, in the order given.
     *
     * @return one or more member ids, each once
     */
    public abstract List<Id> members();

    @Value.Check
    final void check() {
        if (members().isEmpty()) {
            throw ValidationException.invalid(
                    "SubGroup",
                    "members",
                    "[]",
                    Text.of("nhóm không có thành viên", "no members"),
                    Text.of("ít nhất một thành viên", "at least one member"));
        }
        Checks.unique("SubGroup", "members", members(), m -> m, "");
    }

    /** Builds a {@link SubGroup}; {@code id}, {@code name} and one member are required. */
    public static final class Builder extends ImmutableSubGroup.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
