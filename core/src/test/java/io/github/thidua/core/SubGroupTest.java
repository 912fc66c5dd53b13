package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.id;
import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubGroupTest {

    @Test
    void of_keepsMembersInTheOrderGiven() {
        SubGroup g = SubGroup.of(id("nhom-1"), Name.of("Nhóm 1"), List.of(id("yen-bai"), id("ha-giang")));
        assertThat(g.id()).isEqualTo(id("nhom-1"));
        assertThat(g.name()).isEqualTo(Name.of("Nhóm 1"));
        assertThat(g.members()).containsExactly(id("yen-bai"), id("ha-giang"));
        assertThat(SubGroup.of(id("nhom-2"), Name.of("Nhóm 2"), List.of(id("phu-tho")))
                        .members())
                .containsExactly(id("phu-tho"));
    }

    @Test
    void of_noMembers_isRejected() {
        ValidationException e = rejection(() -> SubGroup.of(id("nhom-1"), Name.of("Nhóm 1"), List.of()));
        assertThat(e.type()).isEqualTo("SubGroup");
        assertThat(e.field()).isEqualTo("members");
        assertThat(e.value()).contains("\"[]\"");
        assertThat(e.allowed().en()).isEqualTo("at least one member");
    }

    @Test
    void of_repeatedMember_isRejectedAtItsIndex() {
        ValidationException e = rejection(() ->
                SubGroup.of(id("nhom-1"), Name.of("Nhóm 1"), List.of(id("yen-bai"), id("ha-giang"), id("yen-bai"))));
        assertThat(e.field()).isEqualTo("members[2]");
        assertThat(e.value()).contains("yen-bai");
        assertThat(e.problem().en()).isEqualTo("repeats members[0]");
    }

    @Test
    void nulls_areMissingValues() {
        assertThatThrownBy(() -> SubGroup.of(null, Name.of("Nhóm 1"), List.of(id("a"))))
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("SubGroup");
                    assertThat(e.field()).isEqualTo("id");
                });
        assertThatThrownBy(() -> SubGroup.builder().addMembers((Id) null))
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("SubGroup");
                    assertThat(e.field()).isEqualTo("members element");
                });
    }

    @Test
    void equality_isByValueAndMemberOrder() {
        SubGroup a = SubGroup.of(id("nhom-1"), Name.of("Nhóm 1"), List.of(id("a"), id("b")));
        assertThat(a)
                .isEqualTo(SubGroup.of(id("nhom-1"), Name.of("Nhóm 1"), List.of(id("a"), id("b"))))
                .hasSameHashCodeAs(SubGroup.of(id("nhom-1"), Name.of("Nhóm 1"), List.of(id("a"), id("b"))))
                .isNotEqualTo(SubGroup.of(id("nhom-1"), Name.of("Nhóm 1"), List.of(id("b"), id("a"))))
                .isNotEqualTo(SubGroup.of(id("nhom-1"), Name.of("Nhóm một"), List.of(id("a"), id("b"))));
    }
}
