package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {

    @ParameterizedTest
    @ValueSource(strings = {"phu-tho", "HCCB.PT", "a", "0", "ns:cum_2", "x-1.2_3:4"})
    void of_asciiId_keepsTheText(String text) {
        Id id = Id.of(text);
        assertThat(id.value()).isEqualTo(text);
        assertThat(id).hasToString(text);
    }

    @Test
    void of_sixtyFourCharacters_isTheLongestAccepted() {
        assertThat(Id.of("a".repeat(64)).value()).hasSize(64);
        ValidationException e = rejection(() -> Id.of("a".repeat(65)));
        assertThat(e.field()).isEqualTo("value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-phu-tho", ".x", "phu tho", "phú-thọ", "Hà-Nội", "a/b", "a b"})
    void of_wrongShape_isRejectedWithTheBadText(String text) {
        ValidationException e = rejection(() -> Id.of(text));
        assertThat(e.type()).isEqualTo("Id");
        assertThat(e.field()).isEqualTo("value");
        assertThat(e.value()).contains('"' + text + '"');
        assertThat(e.problem().en()).isEqualTo("not a valid id");
    }

    @Test
    void of_controlCharacter_isRejectedAndShownEscaped() {
        ValidationException e = rejection(() -> Id.of("phu\u0007tho"));
        assertThat(e.type()).isEqualTo("Id");
        assertThat(e.field()).isEqualTo("value");
        assertThat(e.value()).contains("\"phu\\u0007tho\"");
    }

    @Test
    void of_null_isMissingValue() {
        assertThatThrownBy(() -> Id.of(null)).isInstanceOfSatisfying(MissingValueException.class, e -> {
            assertThat(e.type()).isEqualTo("Id");
            assertThat(e.field()).isEqualTo("value");
        });
    }

    @Test
    void equality_isExactAndCaseSensitive() {
        assertThat(Id.of("phu-tho")).isEqualTo(Id.of("phu-tho")).hasSameHashCodeAs(Id.of("phu-tho"));
        assertThat(Id.of("phu-tho")).isNotEqualTo(Id.of("Phu-tho")).isNotEqualTo("phu-tho");
    }

    @Test
    void ordering_isByCodeUnitNotLocale() {
        List<Id> ids = new ArrayList<>(List.of(Id.of("b"), Id.of("a"), Id.of("B"), Id.of("10"), Id.of("9")));
        Collections.sort(ids);
        assertThat(ids).extracting(Id::value).containsExactly("10", "9", "B", "a", "b");
    }
}
