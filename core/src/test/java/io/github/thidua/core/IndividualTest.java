package io.github.thidua.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndividualTest {

    private static Individual.Builder dai() {
        Individual.Builder b = Individual.builder();
        b.id(Id.of("le-quang-dai")).name(Name.of("Lê Quang Đại"));
        return b;
    }

    @Test
    void build_withEveryAttribute_keepsThem() {
        Individual i = dai().gender(Gender.MALE)
                .position(Name.of("Chủ tịch Hội CCB tỉnh Phú Thọ"))
                .collective(Id.of("phu-tho"))
                .build();
        assertThat(i.id()).isEqualTo(Id.of("le-quang-dai"));
        assertThat(i.name().text()).isEqualTo("Lê Quang Đại");
        assertThat(i.gender()).contains(Gender.MALE);
        assertThat(i.position()).contains(Name.of("Chủ tịch Hội CCB tỉnh Phú Thọ"));
        assertThat(i.collective()).contains(Id.of("phu-tho"));
        assertThat(i.recipientKind()).isEqualTo(RecipientKind.INDIVIDUAL);
    }

    @Test
    void build_withOnlyIdAndName_leavesTheRestEmpty() {
        Individual i = dai().build();
        assertThat(i.gender()).isEmpty();
        assertThat(i.position()).isEmpty();
        assertThat(i.collective()).isEmpty();
    }

    @Test
    void missingOrNullAttributes_areMissingValues() {
        assertThatThrownBy(() -> Individual.builder().id(Id.of("x")).build())
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Individual");
                    assertThat(e.field()).isEqualTo("name");
                });
        assertThatThrownBy(() -> Individual.builder().gender((Gender) null))
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Individual");
                    assertThat(e.field()).isEqualTo("gender");
                });
    }

    @Test
    void equality_isByValue() {
        assertThat(dai().gender(Gender.MALE).build())
                .isEqualTo(dai().gender(Gender.MALE).build())
                .hasSameHashCodeAs(dai().gender(Gender.MALE).build())
                .isNotEqualTo(dai().gender(Gender.FEMALE).build())
                .isNotEqualTo(dai().build());
        assertThat(Gender.FEMALE.label(Text.VIETNAMESE)).isEqualTo("nữ");
    }
}
