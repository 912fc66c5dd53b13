package io.github.thidua.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganiserTest {

    private static Organiser.Builder veterans() {
        Organiser.Builder b = Organiser.builder();
        b.id(Id.of("tw-hoi-ccb"))
                .name(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
                .level(OrganiserLevel.CENTRAL)
                .kind(OrganiserKind.MASS_ORGANISATION);
        return b;
    }

    @Test
    void build_withRequiredAttributes_keepsThem() {
        Organiser o = veterans().build();
        assertThat(o.id()).isEqualTo(Id.of("tw-hoi-ccb"));
        assertThat(o.name().text()).isEqualTo("Trung ương Hội Cựu chiến binh Việt Nam");
        assertThat(o.level()).isEqualTo(OrganiserLevel.CENTRAL);
        assertThat(o.kind()).isEqualTo(OrganiserKind.MASS_ORGANISATION);
        assertThat(o.shortName()).isEmpty();
    }

    @Test
    void build_withShortName_keepsIt() {
        Organiser o = veterans().shortName(Name.of("TW Hội CCB")).build();
        assertThat(o.shortName()).contains(Name.of("TW Hội CCB"));
    }

    @Test
    void build_missingLevelAndKind_namesBoth() {
        assertThatThrownBy(() -> Organiser.builder()
                        .id(Id.of("ubnd-dien-bien"))
                        .name(Name.of("Ủy ban nhân dân tỉnh Điện Biên"))
                        .build())
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Organiser");
                    assertThat(e.field()).isEqualTo("level, kind");
                });
    }

    @Test
    void nullAttribute_isMissingValueNeverABareNullPointer() {
        assertThatThrownBy(() -> Organiser.builder().kind(null))
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Organiser");
                    assertThat(e.field()).isEqualTo("kind");
                });
        assertThatThrownBy(() -> Organiser.builder().shortName((Name) null))
                .isInstanceOfSatisfying(
                        MissingValueException.class, e -> assertThat(e.field()).isEqualTo("shortName"));
    }

    @Test
    void builder_isStrict_anAttributeIsSetOnce() {
        assertThatThrownBy(() -> Organiser.builder().id(Id.of("a")).id(Id.of("b")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already set: id");
    }

    @Test
    void equality_isByValue() {
        assertThat(veterans().build())
                .isEqualTo(veterans().build())
                .hasSameHashCodeAs(veterans().build());
        assertThat(veterans().build())
                .isNotEqualTo(veterans().shortName(Name.of("TW Hội CCB")).build());
        assertThat(H3Fixtures.VETERANS)
                .isEqualTo(veterans().shortName(Name.of("TW Hội CCB")).build());
    }

    @Test
    void labels_ofLevelAndKind() {
        assertThat(OrganiserLevel.MINISTRY_PROVINCE.label(Text.VIETNAMESE)).isEqualTo("cấp bộ, ngành, tỉnh");
        assertThat(OrganiserKind.STATE_COUNCIL.label().en()).isEqualTo("emulation and commendation council");
    }
}
