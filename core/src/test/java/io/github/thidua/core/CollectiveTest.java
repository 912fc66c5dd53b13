package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CollectiveTest {

    private static Collective.Builder phuTho() {
        Collective.Builder b = Collective.builder();
        b.id(Id.of("phu-tho")).name(Name.of("Hội CCB tỉnh Phú Thọ"));
        return b;
    }

    @Test
    void of_idAndName_isACollectiveWithNothingElse() {
        Collective c = Collective.of(Id.of("phu-tho"), Name.of("Hội CCB tỉnh Phú Thọ"));
        assertThat(c.id()).isEqualTo(Id.of("phu-tho"));
        assertThat(c.name()).isEqualTo(Name.of("Hội CCB tỉnh Phú Thọ"));
        assertThat(c.shortName()).isEmpty();
        assertThat(c.headCount()).isEmpty();
        assertThat(c.womenCount()).isEmpty();
        assertThat(c.recipientKind()).isEqualTo(RecipientKind.COLLECTIVE);
        assertThat(c).isEqualTo(phuTho().build());
    }

    @Test
    void displayName_isTheShortNameWhenThereIsOne() {
        assertThat(phuTho().build().displayName()).isEqualTo(Name.of("Hội CCB tỉnh Phú Thọ"));
        assertThat(phuTho().shortName(Name.of("Phú Thọ")).build().displayName()).isEqualTo(Name.of("Phú Thọ"));
    }

    @Test
    void headCounts_withinRange_areKept() {
        Collective c = phuTho().headCount(120).womenCount(84).build();
        assertThat(c.headCount()).hasValue(120);
        assertThat(c.womenCount()).hasValue(84);
        assertThat(phuTho().headCount(0).womenCount(0).build().womenCount()).hasValue(0);
        assertThat(phuTho().headCount(10).womenCount(10).build().womenCount()).hasValue(10);
    }

    @Test
    void womenCount_aboveHeadCount_isRejected() {
        ValidationException e =
                rejection(() -> phuTho().headCount(10).womenCount(11).build());
        assertThat(e.type()).isEqualTo("Collective");
        assertThat(e.field()).isEqualTo("womenCount");
        assertThat(e.value()).contains("11");
        assertThat(e.problem().en()).isEqualTo("exceeds headCount 10");
        assertThat(e.allowed().en()).isEqualTo("0 to headCount");
    }

    @Test
    void womenCount_withoutHeadCount_isRejected() {
        ValidationException e = rejection(() -> phuTho().womenCount(5).build());
        assertThat(e.field()).isEqualTo("womenCount");
        assertThat(e.problem().en()).isEqualTo("given without headCount");
    }

    @Test
    void negativeCounts_areRejected() {
        ValidationException head = rejection(() -> phuTho().headCount(-1).build());
        assertThat(head.field()).isEqualTo("headCount");
        assertThat(head.value()).contains("-1");
        assertThat(head.problem().en()).isEqualTo("below 0");
        ValidationException women =
                rejection(() -> phuTho().headCount(5).womenCount(-2).build());
        assertThat(women.field()).isEqualTo("womenCount");
        assertThat(women.value()).contains("-2");
    }

    @Test
    void nulls_areMissingValues() {
        assertThatThrownBy(() -> Collective.of(null, Name.of("Hội CCB tỉnh Phú Thọ")))
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Collective");
                    assertThat(e.field()).isEqualTo("id");
                });
        assertThatThrownBy(() -> Collective.of(Id.of("phu-tho"), null))
                .isInstanceOfSatisfying(
                        MissingValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> Collective.builder().id(Id.of("phu-tho")).build())
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Collective");
                    assertThat(e.field()).isEqualTo("name");
                });
    }

    @Test
    void equality_isByValue() {
        Collective a = phuTho().shortName(Name.of("Phú Thọ")).headCount(3).build();
        Collective b = phuTho().shortName(Name.of("Phú Thọ")).headCount(3).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a)
                .isNotEqualTo(
                        phuTho().shortName(Name.of("Phú Thọ")).headCount(4).build());
        assertThat(a).isNotEqualTo(phuTho().build());
    }
}
