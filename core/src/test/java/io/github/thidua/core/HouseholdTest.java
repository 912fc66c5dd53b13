package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HouseholdTest {

    private static Household.Builder sinh() {
        Household.Builder b = Household.builder();
        b.id(Id.of("ho-mua-dung-sinh")).name(Name.of("Hộ ông Mùa Dũng Sính"));
        return b;
    }

    @Test
    void build_withHeadAndAddress_keepsThem() {
        Household h = sinh().head(Name.of("Mùa Dũng Sính"))
                .address("Bản Khó Bua, xã Pú Nhung, huyện Tuần Giáo")
                .build();
        assertThat(h.head()).contains(Name.of("Mùa Dũng Sính"));
        assertThat(h.address()).contains("Bản Khó Bua, xã Pú Nhung, huyện Tuần Giáo");
        assertThat(h.recipientKind()).isEqualTo(RecipientKind.HOUSEHOLD);
        assertThat(sinh().build().address()).isEmpty();
    }

    @Test
    void address_isNormalisedToNfcAndStripped() {
        Household h = sinh().address("  Ba\u0309n Kho\u0301 Bua \n").build();
        assertThat(h.address()).contains("Bản Khó Bua");
        assertThat(h).isEqualTo(sinh().address("Bản Khó Bua").build());
    }

    @Test
    void address_blankOrTooLong_isRejected() {
        ValidationException blank = rejection(() -> sinh().address("   ").build());
        assertThat(blank.type()).isEqualTo("Household");
        assertThat(blank.field()).isEqualTo("address");
        assertThat(blank.problem().en()).isEqualTo("blank text");

        assertThat(sinh().address("x".repeat(500)).build().address())
                .hasValueSatisfying(a -> assertThat(a).hasSize(500));
        ValidationException tooLong =
                rejection(() -> sinh().address("x".repeat(501)).build());
        assertThat(tooLong.field()).isEqualTo("address");
        assertThat(tooLong.allowed().en()).isEqualTo("at most 500 characters");
    }

    @Test
    void address_withControlCharacter_isRejected() {
        ValidationException e =
                rejection(() -> sinh().address("Bản\u001bKhó Bua").build());
        assertThat(e.field()).isEqualTo("address");
        assertThat(e.problem().en()).isEqualTo("contains control character U+001B");
    }

    @Test
    void nulls_areMissingValues() {
        assertThatThrownBy(() -> Household.builder().address((String) null))
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Household");
                    assertThat(e.field()).isEqualTo("address");
                });
        assertThatThrownBy(() -> Household.builder().name(Name.of("Hộ ông A")).build())
                .isInstanceOfSatisfying(
                        MissingValueException.class, e -> assertThat(e.field()).isEqualTo("id"));
    }

    @Test
    void equality_isByValue() {
        assertThat(sinh().head(Name.of("Mùa Dũng Sính")).build())
                .isEqualTo(sinh().head(Name.of("Mùa Dũng Sính")).build())
                .hasSameHashCodeAs(sinh().head(Name.of("Mùa Dũng Sính")).build())
                .isNotEqualTo(sinh().build());
    }
}
