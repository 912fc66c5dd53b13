package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.HA_GIANG;
import static io.github.thidua.core.H3Fixtures.PHU_THO;
import static io.github.thidua.core.H3Fixtures.TUYEN_QUANG;
import static io.github.thidua.core.H3Fixtures.VETERANS;
import static io.github.thidua.core.H3Fixtures.VINH_PHUC;
import static io.github.thidua.core.H3Fixtures.YEN_BAI;
import static io.github.thidua.core.H3Fixtures.clusterNo2;
import static io.github.thidua.core.H3Fixtures.head;
import static io.github.thidua.core.H3Fixtures.id;
import static io.github.thidua.core.H3Fixtures.rejection;
import static io.github.thidua.core.H3Fixtures.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterTest {

    private static final SubGroup NORTH =
            SubGroup.of(id("nhom-1"), Name.of("Nhóm 1"), List.of(id("ha-giang"), id("tuyen-quang"), id("yen-bai")));
    private static final SubGroup SOUTH =
            SubGroup.of(id("nhom-2"), Name.of("Nhóm 2"), List.of(id("vinh-phuc"), id("phu-tho")));

    private static RoleAssignment inGroup(RoleAssignment r, String group) {
        return RoleAssignment.builder()
                .year(r.year())
                .role(r.role())
                .holder(r.holder())
                .method(r.method())
                .subGroup(id(group))
                .build();
    }

    @Test
    void build_clusterNo2_keepsItsAttributes() {
        Cluster c = clusterNo2().build();
        assertThat(c.id()).isEqualTo(id("ccb-cum-2"));
        assertThat(c.kind()).isEqualTo(ClusterKind.CLUSTER);
        assertThat(c.number()).hasValue(2);
        assertThat(c.name().text()).isEqualTo("Cụm thi đua số 2");
        assertThat(c.organiser()).isEqualTo(VETERANS);
        assertThat(c.members()).containsExactly(HA_GIANG, TUYEN_QUANG, VINH_PHUC, YEN_BAI, PHU_THO);
        assertThat(c.subGroups()).isEmpty();
        assertThat(c.roles()).isEmpty();
    }

    @Test
    void memberLookups_answerByIdInTheOrderGiven() {
        Cluster c = clusterNo2().build();
        assertThat(c.memberIds())
                .containsExactly(id("ha-giang"), id("tuyen-quang"), id("vinh-phuc"), id("yen-bai"), id("phu-tho"));
        assertThat(c.member(id("yen-bai"))).contains(YEN_BAI);
        assertThat(c.member(id("ha-noi"))).isEmpty();
        assertThat(c.isMember(id("phu-tho"))).isTrue();
        assertThat(c.isMember(id("ha-noi"))).isFalse();
    }

    @Test
    void membersInVietnameseOrder_sortsByDisplayName() {
        Cluster c = clusterNo2().build();
        assertThat(c.membersInVietnameseOrder())
                .extracting(m -> m.displayName().text())
                .containsExactly("Hà Giang", "Phú Thọ", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái");
    }

    @Test
    void membersInVietnameseOrder_sameNameIsOrderedById() {
        Cluster c = Cluster.builder()
                .id(id("khoi"))
                .kind(ClusterKind.BLOC)
                .name(Name.of("Khối các cơ quan tỉnh"))
                .organiser(VETERANS)
                .addMembers(
                        Collective.of(id("z-2"), Name.of("Sở Tài chính")),
                        Collective.of(id("a-1"), Name.of("Sở Tài chính")),
                        Collective.of(id("m"), Name.of("Đài Phát thanh")),
                        Collective.of(id("n"), Name.of("Ban Dân vận")))
                .build();
        assertThat(c.membersInVietnameseOrder())
                .extracting(m -> m.id().value())
                .containsExactly("n", "m", "a-1", "z-2");
        assertThat(c.number()).isEmpty();
    }

    @Test
    void head_andHeadHistory_phuThoThenYenBai() {
        Cluster c = clusterNo2()
                .addRoles(
                        head(2024, "yen-bai", LocalDate.of(2023, 11, 24)),
                        role(2024, Role.DEPUTY, "phu-tho"),
                        head(2023, "phu-tho", LocalDate.of(2022, 12, 2)))
                .build();
        assertThat(c.head(Year.of(2023))).contains(id("phu-tho"));
        assertThat(c.head(Year.of(2024))).contains(id("yen-bai"));
        assertThat(c.head(Year.of(2025))).isEmpty();
        assertThat(c.headHistory().keySet()).containsExactly(Year.of(2023), Year.of(2024));
        assertThat(c.headHistory().values())
                .extracting(RoleAssignment::holder)
                .containsExactly(id("phu-tho"), id("yen-bai"));
        assertThat(c.headHistory().get(Year.of(2024)).decidedOn()).contains(LocalDate.of(2023, 11, 24));
        assertThat(c.roles(Year.of(2024), Role.DEPUTY))
                .extracting(RoleAssignment::holder)
                .containsExactly(id("phu-tho"));
        assertThatThrownBy(() -> c.headHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void subGroups_partitionTheMembers() {
        Cluster c = clusterNo2()
                .addSubGroups(NORTH, SOUTH)
                .addRoles(
                        role(2024, Role.HEAD, "yen-bai"),
                        inGroup(role(2024, Role.HEAD, "yen-bai"), "nhom-1"),
                        inGroup(role(2024, Role.HEAD, "phu-tho"), "nhom-2"))
                .build();
        assertThat(c.subGroupOf(id("tuyen-quang"))).contains(NORTH);
        assertThat(c.subGroupOf(id("phu-tho"))).contains(SOUTH);
        assertThat(c.subGroupOf(id("ha-noi"))).isEmpty();
        assertThat(c.subGroup(id("nhom-2"))).contains(SOUTH);
        assertThat(c.subGroup(id("nhom-3"))).isEmpty();
        // A sub-group's head is not the cluster's head.
        assertThat(c.head(Year.of(2024))).contains(id("yen-bai"));
        assertThat(c.roles(Year.of(2024), Role.HEAD)).hasSize(3);
        assertThat(c.headHistory()).hasSize(1);
        assertThat(clusterNo2().build().subGroupOf(id("phu-tho"))).isEmpty();
    }

    @Test
    void build_fewerThanTwoMembers_isRejected() {
        ValidationException e = rejection(() -> Cluster.builder()
                .id(id("c"))
                .kind(ClusterKind.CLUSTER)
                .name(Name.of("Cụm"))
                .organiser(VETERANS)
                .addMembers(PHU_THO)
                .build());
        assertThat(e.type()).isEqualTo("Cluster");
        assertThat(e.field()).isEqualTo("members");
        assertThat(e.value()).contains("1");
        assertThat(e.problem().en()).isEqualTo("fewer than 2 member units");
    }

    @Test
    void build_numberBelowOne_isRejected() {
        ValidationException e = rejection(() -> Cluster.builder()
                .id(id("c"))
                .kind(ClusterKind.CLUSTER)
                .number(0)
                .name(Name.of("Cụm"))
                .organiser(VETERANS)
                .addMembers(PHU_THO, YEN_BAI)
                .build());
        assertThat(e.field()).isEqualTo("number");
        assertThat(e.value()).contains("0");
    }

    @Test
    void build_duplicateMemberIds_isRejectedAtTheRepeat() {
        Collective phuThoAgain = Collective.of(id("phu-tho"), Name.of("Phú Thọ (trùng)"));
        ValidationException e = rejection(() -> Cluster.builder()
                .id(id("c"))
                .kind(ClusterKind.CLUSTER)
                .name(Name.of("Cụm"))
                .organiser(VETERANS)
                .addMembers(PHU_THO, YEN_BAI, phuThoAgain)
                .build());
        assertThat(e.field()).isEqualTo("members[2].id");
        assertThat(e.value()).contains("phu-tho");
        assertThat(e.problem().en()).isEqualTo("repeats members[0]");
        assertThat(e.getMessage()).startsWith("Cluster.members[2].id: repeats members[0]; value: phu-tho;");
    }

    @Test
    void build_duplicateSubGroupIds_isRejected() {
        SubGroup northAgain = SubGroup.of(id("nhom-1"), Name.of("Nhóm 2"), List.of(id("vinh-phuc"), id("phu-tho")));
        ValidationException e =
                rejection(() -> clusterNo2().addSubGroups(NORTH, northAgain).build());
        assertThat(e.field()).isEqualTo("subGroups[1].id");
        assertThat(e.value()).contains("nhom-1");
    }

    @Test
    void build_subGroupMemberNotInTheCluster_isRejected() {
        SubGroup withStranger =
                SubGroup.of(id("nhom-2"), Name.of("Nhóm 2"), List.of(id("vinh-phuc"), id("ha-noi"), id("phu-tho")));
        ValidationException e =
                rejection(() -> clusterNo2().addSubGroups(NORTH, withStranger).build());
        assertThat(e.field()).isEqualTo("subGroups[1].members[1]");
        assertThat(e.value()).contains("ha-noi");
        assertThat(e.problem().en()).isEqualTo("unknown");
        assertThat(e.allowed().en()).isEqualTo("the id of a member of the cluster");
    }

    @Test
    void build_memberInTwoSubGroups_isRejected() {
        SubGroup overlapping =
                SubGroup.of(id("nhom-2"), Name.of("Nhóm 2"), List.of(id("yen-bai"), id("vinh-phuc"), id("phu-tho")));
        ValidationException e =
                rejection(() -> clusterNo2().addSubGroups(NORTH, overlapping).build());
        assertThat(e.field()).isEqualTo("subGroups[1].members[0]");
        assertThat(e.value()).contains("yen-bai");
        assertThat(e.problem().en()).isEqualTo("already in subGroups[0]");
        assertThat(e.allowed().en()).isEqualTo("each member in exactly one sub-group");
    }

    @Test
    void build_membersOutsideEverySubGroup_areRejectedAndNamed() {
        SubGroup partial = SubGroup.of(id("nhom-2"), Name.of("Nhóm 2"), List.of(id("phu-tho")));
        ValidationException e =
                rejection(() -> clusterNo2().addSubGroups(partial).build());
        assertThat(e.field()).isEqualTo("subGroups");
        assertThat(e.value()).contains("\"ha-giang, tuyen-quang, vinh-phuc, yen-bai\"");
        assertThat(e.problem().en()).isEqualTo("members outside every sub-group");
    }

    @Test
    void build_roleHolderNotAMember_isRejected() {
        ValidationException e = rejection(() -> clusterNo2()
                .addRoles(role(2024, Role.HEAD, "yen-bai"), role(2024, Role.HOST, "ha-noi"))
                .build());
        assertThat(e.field()).isEqualTo("roles[1].holder");
        assertThat(e.value()).contains("ha-noi");
        assertThat(e.allowed().en()).isEqualTo("the id of a member of the cluster");
    }

    @Test
    void build_roleInUnknownSubGroup_isRejected() {
        ValidationException e = rejection(() -> clusterNo2()
                .addSubGroups(NORTH, SOUTH)
                .addRoles(inGroup(role(2024, Role.HEAD, "yen-bai"), "nhom-9"))
                .build());
        assertThat(e.field()).isEqualTo("roles[0].subGroup");
        assertThat(e.value()).contains("nhom-9");
        assertThat(e.allowed().en()).isEqualTo("the id of a sub-group of the cluster");
    }

    @Test
    void build_subGroupRoleHeldByAMemberOfAnotherSubGroup_isRejected() {
        ValidationException e = rejection(() -> clusterNo2()
                .addSubGroups(NORTH, SOUTH)
                .addRoles(inGroup(role(2024, Role.HEAD, "phu-tho"), "nhom-1"))
                .build());
        assertThat(e.field()).isEqualTo("roles[0].holder");
        assertThat(e.value()).contains("phu-tho");
        assertThat(e.allowed().en()).isEqualTo("the id of a member of that sub-group");
    }

    @Test
    void build_twoHeadsInOneYear_isRejected() {
        ValidationException e = rejection(() -> clusterNo2()
                .addRoles(role(2024, Role.HEAD, "yen-bai"), role(2024, Role.HEAD, "phu-tho"))
                .build());
        assertThat(e.field()).isEqualTo("roles[1].role");
        assertThat(e.value()).contains("\"HEAD 2024\"");
        assertThat(e.problem().en()).isEqualTo("cluster head already assigned at roles[0]");
        assertThat(e.problem().vi()).isEqualTo("vai trò Cụm trưởng đã giao ở roles[0]");
    }

    @Test
    void build_twoHostsInOneYear_isRejected() {
        ValidationException e = rejection(() -> clusterNo2()
                .addRoles(role(2024, Role.HOST, "yen-bai"), role(2024, Role.HOST, "phu-tho"))
                .build());
        assertThat(e.field()).isEqualTo("roles[1].role");
        assertThat(e.problem().en()).isEqualTo("host already assigned at roles[0]");
    }

    @Test
    void build_headAndDeputyInOneYearByOneUnit_isRejected() {
        ValidationException e = rejection(() -> clusterNo2()
                .addRoles(role(2024, Role.HEAD, "yen-bai"), role(2024, Role.DEPUTY, "yen-bai"))
                .build());
        assertThat(e.field()).isEqualTo("roles[1].holder");
        assertThat(e.value()).contains("yen-bai");
        assertThat(e.problem().en()).isEqualTo("already holds a role in 2024 (roles[0])");
    }

    @Test
    void build_rolesThatDoNotClash_areAccepted() {
        Cluster c = clusterNo2()
                .addRoles(
                        role(2024, Role.HEAD, "yen-bai"),
                        role(2024, Role.HOST, "yen-bai"), // the head may host the review
                        role(2024, Role.DEPUTY, "phu-tho"),
                        role(2024, Role.DEPUTY, "ha-giang"), // several deputies
                        role(2023, Role.HEAD, "phu-tho"),
                        role(2025, Role.HEAD, "yen-bai")) // re-acclaimed the next year
                .build();
        assertThat(c.roles()).hasSize(6);
        assertThat(c.roles(Year.of(2024), Role.DEPUTY)).hasSize(2);
    }

    @Test
    void decidedOnAfterTheYear_isRejectedBeforeTheClusterIsBuilt() {
        ValidationException e = rejection(() -> clusterNo2().addRoles(head(2023, "phu-tho", LocalDate.of(2024, 1, 5))));
        assertThat(e.type()).isEqualTo("RoleAssignment");
        assertThat(e.field()).isEqualTo("decidedOn");
    }

    @Test
    void womenCountAboveHeadCount_isRejectedBeforeTheClusterIsBuilt() {
        ValidationException e = rejection(() -> clusterNo2()
                .addMembers(Collective.builder()
                        .id(id("ha-noi"))
                        .name(Name.of("Hà Nội"))
                        .headCount(3)
                        .womenCount(4)
                        .build()));
        assertThat(e.type()).isEqualTo("Collective");
        assertThat(e.field()).isEqualTo("womenCount");
    }

    @Test
    void nulls_areMissingValuesNeverBareNullPointers() {
        assertThatThrownBy(() -> Cluster.builder().name(null))
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Cluster");
                    assertThat(e.field()).isEqualTo("name");
                });
        assertThatThrownBy(() -> Cluster.builder().addMembers(PHU_THO, null))
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Cluster");
                    assertThat(e.field()).isEqualTo("members element");
                });
        assertThatThrownBy(() -> Cluster.builder().addRoles((RoleAssignment) null))
                .isInstanceOfSatisfying(
                        MissingValueException.class, e -> assertThat(e.field()).isEqualTo("roles element"));
        assertThatThrownBy(() -> Cluster.builder()
                        .kind(ClusterKind.CLUSTER)
                        .addMembers(PHU_THO, YEN_BAI)
                        .build())
                .isInstanceOfSatisfying(
                        MissingValueException.class, e -> assertThat(e.field()).isEqualTo("id, name, organiser"));
    }

    @Test
    void equality_isByValue() {
        Cluster a = clusterNo2().addRoles(role(2024, Role.HEAD, "yen-bai")).build();
        Cluster b = clusterNo2().addRoles(role(2024, Role.HEAD, "yen-bai")).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(clusterNo2().build());
        assertThat(a)
                .isNotEqualTo(
                        clusterNo2().addRoles(role(2024, Role.HEAD, "phu-tho")).build());
    }

    @Test
    void lists_areUnmodifiable() {
        Cluster c = clusterNo2().build();
        assertThatThrownBy(() -> c.members().add(PHU_THO)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.memberIds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
