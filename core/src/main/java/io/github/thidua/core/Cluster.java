package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.time.Year;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An emulation cluster or bloc (cụm / khối thi đua): member units that compete with one another,
 * run by an {@link Organiser}, optionally split into {@link SubGroup}s, with the roles its
 * members hold year by year.
 *
 * <p>Checked when built: member ids are unique; sub-groups, when declared, partition the members
 * (every member in exactly one); each role holder is a member (of the sub-group, for a role
 * scoped to one); a year has at most one head and one host per cluster or sub-group, and nobody
 * holds two roles in the same scope and year. Immutable and thread-safe.
 *
 * <pre>{@code
 * Cluster cluster = Cluster.builder()
 *         .id(Id.of("ccb-cum-2"))
 *         .kind(ClusterKind.CLUSTER)
 *         .number(2)
 *         .name(Name.of("Cụm Công tác thi đua số 2"))
 *         .organiser(veterans)
 *         .addMembers(haGiang, tuyenQuang, vinhPhuc, yenBai, phuTho)
 *         .addRoles(phuThoHead2023, yenBaiHead2024)
 *         .build();
 * cluster.head(Year.of(2024)); // Optional[yen-bai]
 * }</pre>
 */
@Value.Immutable
public abstract class Cluster {

    Cluster() {}

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
     * Returns whether this is a cluster or a bloc.
     *
     * @return the kind
     */
    public abstract ClusterKind kind();

    /**
     * Returns the number the organiser gave the cluster ("Cụm thi đua số 2").
     *
     * @return the number, 1 or more, if any
     */
    public abstract OptionalInt number();

    /**
     * Returns the name.
     *
     * @return the name, such as "Cụm thi đua số 1 - Hội Cựu chiến binh các tỉnh Tây Bắc"
     */
    public abstract Name name();

    /**
     * Returns the body that runs the cluster.
     *
     * @return the organiser
     */
    public abstract Organiser organiser();

    /**
     * Returns the member units, in the order given.
     *
     * @return two or more members with unique ids
     */
    public abstract List<Collective> members();

    /**
     * Returns the sub-groups; empty when the cluster is ranked as one.
     *
     * @return sub-groups that partition the members
     */
    public abstract List<SubGroup> subGroups();

    /**
     * Returns the roles held by members, across years.
     *
     * @return the role assignments, in the order given
     */
    public abstract List<RoleAssignment> roles();

    /**
     * Returns the member with the given id.
     *
     * @param id the id, not null
     * @return the member, or empty if no member has that id
     */
    public Optional<Collective> member(Id id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(membersById().get(id));
    }

    /**
     * Tells whether a unit is a member.
     *
     * @param id the unit's id, not null
     * @return true for a member
     */
    public boolean isMember(Id id) {
        return membersById().containsKey(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the ids of the members, in the order given.
     *
     * @return the member ids
     */
    public Set<Id> memberIds() {
        return membersById().keySet();
    }

    /**
     * Returns the members in the order Vietnamese readers expect (by {@link
     * Collective#displayName()}, see {@link Name#vietnameseOrder()}), then by id.
     *
     * @return the members, sorted
     */
    public List<Collective> membersInVietnameseOrder() {
        return members().stream()
                .sorted((a, b) -> {
                    int byName = Name.vietnameseOrder().compare(a.displayName(), b.displayName());
                    return byName != 0 ? byName : a.id().compareTo(b.id());
                })
                .toList();
    }

    /**
     * Returns the sub-group a member belongs to.
     *
     * @param member the member's id, not null
     * @return the sub-group, or empty when there are none or the id is not a member
     */
    public Optional<SubGroup> subGroupOf(Id member) {
        Objects.requireNonNull(member, "member");
        return subGroups().stream().filter(g -> g.members().contains(member)).findFirst();
    }

    /**
     * Returns the sub-group with the given id.
     *
     * @param id the sub-group's id, not null
     * @return the sub-group, or empty if there is none with that id
     */
    public Optional<SubGroup> subGroup(Id id) {
        Objects.requireNonNull(id, "id");
        return subGroups().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * Returns the assignments of a role for a year, over the whole cluster and its sub-groups.
     *
     * @param year the year, not null
     * @param role the role, not null
     * @return the assignments, in the order given
     */
    public List<RoleAssignment> roles(Year year, Role role) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(role, "role");
        return roles().stream()
                .filter(r -> r.year().equals(year) && r.role() == role)
                .toList();
    }

    /**
     * Returns the head of the whole cluster for a year.
     *
     * @param year the year, not null
     * @return the head's id, or empty if none is recorded
     */
    public Optional<Id> head(Year year) {
        return roles(year, Role.HEAD).stream()
                .filter(r -> r.subGroup().isEmpty())
                .map(RoleAssignment::holder)
                .findFirst();
    }

    /**
     * Returns the heads of the whole cluster, year by year, oldest first.
     *
     * @return each recorded year's head assignment
     */
    public SortedMap<Year, RoleAssignment> headHistory() {
        SortedMap<Year, RoleAssignment> history = new TreeMap<>();
        for (RoleAssignment r : roles()) {
            if (r.role() == Role.HEAD && r.subGroup().isEmpty()) {
                history.put(r.year(), r);
            }
        }
        return Collections.unmodifiableSortedMap(history);
    }

    @Value.Lazy
    Map<Id, Collective> membersById() {
        Map<Id, Collective> byId = new LinkedHashMap<>();
        members().forEach(m -> byId.put(m.id(), m));
        return Collections.unmodifiableMap(byId);
    }

    @Value.Check
    final void check() {
        if (number().isPresent()) {
            Checks.atLeast("Cluster", "number", number().getAsInt(), 1);
        }
        if (members().size() < 2) {
            throw ValidationException.invalid(
                    "Cluster",
                    "members",
                    members().size(),
                    Text.of("ít hơn 2 đơn vị thành viên", "fewer than 2 member units"),
                    Text.of("ít nhất 2 đơn vị thi đua với nhau", "at least 2 units competing with one another"));
        }
        Checks.unique("Cluster", "members", members(), Collective::id, "id");
        checkSubGroups();
        checkRoles();
    }

    private void checkSubGroups() {
        Checks.unique("Cluster", "subGroups", subGroups(), SubGroup::id, "id");
        if (subGroups().isEmpty()) {
            return;
        }
        Set<Id> members = memberIds();
        Map<Id, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < subGroups().size(); g++) {
            List<Id> ids = subGroups().get(g).members();
            for (int i = 0; i < ids.size(); i++) {
                String field = "subGroups[" + g + "].members[" + i + "]";
                Checks.memberOf(
                        "Cluster",
                        field,
                        ids.get(i),
                        members,
                        Text.of("mã một đơn vị thành viên của cụm", "the id of a member of the cluster"));
                Integer other = groupOf.putIfAbsent(ids.get(i), g);
                if (other != null) {
                    throw ValidationException.invalid(
                            "Cluster",
                            field,
                            ids.get(i),
                            Text.of("đã thuộc subGroups[" + other + "]", "already in subGroups[" + other + "]"),
                            Text.of("mỗi thành viên trong đúng một nhóm", "each member in exactly one sub-group"));
                }
            }
        }
        Set<Id> missing = new LinkedHashSet<>(members);
        missing.removeAll(groupOf.keySet());
        if (!missing.isEmpty()) {
            throw ValidationException.invalid(
                    "Cluster",
                    "subGroups",
                    missing.stream().map(Id::value).collect(Collectors.joining(", ")),
                    Text.of("có thành viên không thuộc nhóm nào", "members outside every sub-group"),
                    Text.of(
                            "các nhóm chia hết thành viên, mỗi thành viên một nhóm",
                            "sub-groups that partition the members, each member in exactly one"));
        }
    }

    private void checkRoles() {
        Set<Id> members = memberIds();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < roles().size(); i++) {
            RoleAssignment r = roles().get(i);
            String field = "roles[" + i + "]";
            Set<Id> scope = members;
            Text what = Text.of("mã một đơn vị thành viên của cụm", "the id of a member of the cluster");
            if (r.subGroup().isPresent()) {
                Checks.memberOf(
                        "Cluster",
                        field + ".subGroup",
                        r.subGroup().get(),
                        subGroups().stream().map(SubGroup::id).toList(),
                        Text.of("mã một nhóm của cụm", "the id of a sub-group of the cluster"));
                scope = new LinkedHashSet<>(
                        subGroup(r.subGroup().get()).orElseThrow().members());
                what = Text.of("mã một thành viên của nhóm", "the id of a member of that sub-group");
            }
            Checks.memberOf("Cluster", field + ".holder", r.holder(), scope, what);
            String where = r.year() + "/" + r.subGroup().map(Id::value).orElse("");
            if (r.role() != Role.DEPUTY) {
                Integer before = seen.putIfAbsent(where + "/" + r.role(), i);
                if (before != null) {
                    throw ValidationException.invalid(
                            "Cluster",
                            field + ".role",
                            r.role() + " " + r.year(),
                            Text.of(
                                    "vai trò " + r.role().label().vi() + " đã giao ở roles[" + before + "]",
                                    r.role().label().en() + " already assigned at roles[" + before + "]"),
                            Text.of("một Cụm trưởng và một đơn vị đăng cai mỗi năm", "one head and one host per year"));
                }
            }
            if (r.role() != Role.HOST) {
                Integer before = seen.putIfAbsent(where + "/holder/" + r.holder(), i);
                if (before != null) {
                    throw ValidationException.invalid(
                            "Cluster",
                            field + ".holder",
                            r.holder(),
                            Text.of(
                                    "đã giữ vai trò khác trong năm " + r.year() + " (roles[" + before + "])",
                                    "already holds a role in " + r.year() + " (roles[" + before + "])"),
                            Text.of(
                                    "mỗi đơn vị giữ nhiều nhất một vai trò trưởng/phó mỗi năm",
                                    "at most one head or deputy role per unit and year"));
                }
            }
        }
    }

    /** Builds a {@link Cluster}; id, kind, name, organiser and two members are required. */
    public static final class Builder extends ImmutableCluster.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
