package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member unit holding a role in its cluster (or one of its sub-groups) for a year, and how it
 * came to hold it: "Yên Bái acclaimed head of Cluster No. 2 for 2024 at the review of 24 November
 * 2023".
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RoleAssignment yenBai = RoleAssignment.builder()
 *         .year(Year.of(2024))
 *         .role(Role.HEAD)
 *         .holder(Id.of("yen-bai"))
 *         .method(SelectionMethod.ACCLAIMED)
 *         .decidedOn(LocalDate.of(2023, 11, 24))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RoleAssignment {

    RoleAssignment() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the year the role is held for.
     *
     * @return the year
     */
    public abstract Year year();

    /**
     * Returns the role.
     *
     * @return the role
     */
    public abstract Role role();

    /**
     * Returns the member unit holding the role.
     *
     * @return the holder's id, a member of the cluster
     */
    public abstract Id holder();

    /**
     * Returns how the holder was chosen.
     *
     * @return acclaimed, rotated or appointed
     */
    public abstract SelectionMethod method();

    /**
     * Returns the day the choice was made, such as the year-end review before the year.
     *
     * @return the date, not after the end of {@link #year()}, if recorded
     */
    public abstract Optional<LocalDate> decidedOn();

    /**
     * Returns the reference of the decision or minutes, such as "Biên bản hội nghị ngày
     * 24/11/2023".
     *
     * @return the reference, if recorded
     */
    public abstract Optional<String> decisionReference();

    /**
     * Returns the sub-group the role is held in; empty for the whole cluster.
     *
     * @return the sub-group's id, if any
     */
    public abstract Optional<Id> subGroup();

    @Value.Check
    final RoleAssignment check() {
        if (year().getValue() < 1900 || year().getValue() > 2999) {
            throw ValidationException.invalid(
                    "RoleAssignment",
                    "year",
                    year(),
                    Text.of("năm ngoài phạm vi", "year out of range"),
                    Text.of("năm từ 1900 đến 2999", "a year from 1900 to 2999"));
        }
        if (decidedOn().isPresent() && decidedOn().get().getYear() > year().getValue()) {
            throw ValidationException.invalid(
                    "RoleAssignment",
                    "decidedOn",
                    decidedOn().get(),
                    Text.of("sau năm giữ vai trò " + year(), "after the year of the role " + year()),
                    Text.of("ngày không muộn hơn 31/12/" + year(), "a date no later than " + year() + "-12-31"));
        }
        String reference = decisionReference().orElse(null);
        String normal = reference == null ? null : Checks.text("RoleAssignment", "decisionReference", reference, 500);
        return normal == null || normal.equals(reference)
                ? this
                : ((ImmutableRoleAssignment) this).withDecisionReference(normal);
    }

    /** Builds a {@link RoleAssignment}; year, role, holder and method are required. */
    public static final class Builder extends ImmutableRoleAssignment.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
