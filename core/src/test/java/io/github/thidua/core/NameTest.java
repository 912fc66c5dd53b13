package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NameTest {

    /** The Vietnamese alphabet, in order. */
    private static final List<String> ALPHABET = List.of(
            "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q",
            "r", "s", "t", "u", "ư", "v", "x", "y");

    private static List<String> sortedTexts(Stream<String> texts) {
        return texts.map(Name::of)
                .sorted(Name.vietnameseOrder())
                .map(Name::text)
                .toList();
    }

    @Test
    void of_decomposedText_isNormalisedToNfc() {
        Name decomposed = Name.of("Ho\u0302\u0323i Cựu chiến binh");
        Name composed = Name.of("Hội Cựu chiến binh");
        assertThat(decomposed).isEqualTo(composed).hasSameHashCodeAs(composed);
        assertThat(decomposed.text()).isEqualTo("H\u1ed9i Cựu chiến binh");
        assertThat(decomposed.text()).hasSize("Hội Cựu chiến binh".length());
    }

    @Test
    void of_surroundingSpace_isStripped() {
        assertThat(Name.of("  Phú Thọ \n").text()).isEqualTo("Phú Thọ");
        assertThat(Name.of("\u3000Yên Bái").text()).isEqualTo("Yên Bái");
        assertThat(Name.of("Phú Thọ")).hasToString("Phú Thọ");
    }

    @Test
    void of_blankText_isRejected() {
        ValidationException e = rejection(() -> Name.of(" \t "));
        assertThat(e.type()).isEqualTo("Name");
        assertThat(e.field()).isEqualTo("text");
        assertThat(e.value()).contains("\" \\u0009 \"");
        assertThat(e.problem().en()).isEqualTo("blank text");
        assertThat(rejection(() -> Name.of("")).field()).isEqualTo("text");
    }

    @Test
    void of_null_isMissingValue() {
        assertThatThrownBy(() -> Name.of(null)).isInstanceOfSatisfying(MissingValueException.class, e -> {
            assertThat(e.type()).isEqualTo("Name");
            assertThat(e.field()).isEqualTo("text");
            assertThat(e.getMessage()).isEqualTo("Name.text: missing; allowed: a value.");
        });
    }

    @Test
    void of_threeHundredCharacters_isTheLongestAccepted() {
        assertThat(Name.of("ă".repeat(300)).text()).hasSize(300);
        ValidationException e = rejection(() -> Name.of("ă".repeat(301)));
        assertThat(e.field()).isEqualTo("text");
        assertThat(e.problem().en()).isEqualTo("is 301 characters long");
        assertThat(e.allowed().en()).isEqualTo("at most 300 characters");
        // The value shown in the message is cut short.
        assertThat(e.value().orElseThrow()).hasSize(122).endsWith("...\"");
    }

    @Test
    void of_lengthIsCountedAfterNormalisation() {
        // 150 letters each written as base + two combining marks: 450 code units, 150 after NFC.
        assertThat(Name.of("o\u0302\u0323".repeat(150)).text()).isEqualTo("ộ".repeat(150));
    }

    @Test
    void of_controlCharacter_isRejectedAndNamed() {
        ValidationException e = rejection(() -> Name.of("Phú\u0007Thọ"));
        assertThat(e.field()).isEqualTo("text");
        assertThat(e.value()).contains("\"Phú\\u0007Thọ\"");
        assertThat(e.problem().en()).isEqualTo("contains control character U+0007");
        assertThat(e.problem().vi()).isEqualTo("có ký tự điều khiển U+0007");
        assertThat(rejection(() -> Name.of("a\u0000b")).problem().en()).isEqualTo("contains control character U+0000");
        assertThat(rejection(() -> Name.of("a\u009Fb")).problem().en()).isEqualTo("contains control character U+009F");
    }

    @Test
    void of_lineBreakAndTabInside_areAllowed() {
        assertThat(Name.of("Hội CCB\ntỉnh Phú Thọ").text()).isEqualTo("Hội CCB\ntỉnh Phú Thọ");
        assertThat(Name.of("a\tb").text()).isEqualTo("a\tb");
    }

    @Test
    void of_unpairedSurrogate_isRejected() {
        ValidationException e = rejection(() -> Name.of("Phú\uD800Thọ"));
        assertThat(e.field()).isEqualTo("text");
        assertThat(e.value()).contains("\"Phú\\uD800Thọ\"");
        assertThat(e.problem().en()).isEqualTo("contains an unpaired surrogate (invalid Unicode)");
        assertThat(rejection(() -> Name.of("Phú\uDC00")).problem().en())
                .isEqualTo("contains an unpaired surrogate (invalid Unicode)");
        assertThat(rejection(() -> Name.of("\uDC00\uD800")).field()).isEqualTo("text");
        // A proper pair (U+20000, a Han character used in Nôm) is valid.
        assertThat(Name.of("\uD840\uDC00 Nôm").text()).isEqualTo("\uD840\uDC00 Nôm");
    }

    @Test
    void equality_isByExactText() {
        assertThat(Name.of("Phú Thọ")).isNotEqualTo(Name.of("phú thọ")).isNotEqualTo(Name.of("Phu Tho"));
        assertThat(Name.of("Phú Thọ")).isNotEqualTo("Phú Thọ");
    }

    @Test
    void vietnameseOrder_sortsPlaceNamesAsTheJdkCollatorDoes() {
        List<String> places = List.of("Ơn", "Hà Nội", "Ông", "Điện Biên", "Hạ Long", "Ô Môn", "Đắk Lắk", "Hà Giang");
        assertThat(sortedTexts(places.stream()))
                .containsExactly("Đắk Lắk", "Điện Biên", "Hà Giang", "Hạ Long", "Hà Nội", "Ô Môn", "Ông", "Ơn");
    }

    @Test
    void vietnameseOrder_followsTheVietnameseAlphabet() {
        List<String> shuffled = new ArrayList<>(ALPHABET);
        Collections.shuffle(shuffled, new Random(2024));
        assertThat(sortedTexts(shuffled.stream())).containsExactlyElementsOf(ALPHABET);

        List<String> upper = ALPHABET.stream().map(String::toUpperCase).toList();
        List<String> shuffledUpper = new ArrayList<>(upper);
        Collections.shuffle(shuffledUpper, new Random(2025));
        assertThat(sortedTexts(shuffledUpper.stream())).containsExactlyElementsOf(upper);
    }

    @Test
    void vietnameseOrder_baseLettersBeforeToneMarks() {
        // Tones only break ties between otherwise equal letters.
        assertThat(sortedTexts(Stream.of("Hạ", "Hà", "Ha", "Hb"))).first().isEqualTo("Ha");
        assertThat(sortedTexts(Stream.of("Hạ", "Hà", "Ha", "Hb"))).last().isEqualTo("Hb");
        assertThat(sortedTexts(Stream.of("Mường Ảng", "Mường Chà", "Mường Nhé")))
                .containsExactly("Mường Ảng", "Mường Chà", "Mường Nhé");
    }

    @Test
    void vietnameseOrder_isConsistentWithEquals() {
        assertThat(Name.vietnameseOrder().compare(Name.of("Phú Thọ"), Name.of("Phu\u0301 Tho\u0323")))
                .isZero();
        assertThat(Name.vietnameseOrder().compare(Name.of("Phú Thọ"), Name.of("phú thọ")))
                .isNotZero();
        assertThat(Name.vietnameseOrder().compare(Name.of("Hà"), Name.of("Hạ"))).isNotZero();
    }

    @Test
    void of_unicodeNoncharacter_isRejectedNamingIt_inAWellFormedMessage() {
        for (String nonCharacter : List.of("\ufffe", "\uffff", "\ufdd0", "\ud83f\udfff")) {
            String text = "Hội Cựu chiến binh " + nonCharacter + "Phú Thọ";
            ValidationException e =
                    (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() -> Name.of(text));
            assertThat(e).as(nonCharacter).isNotNull();
            assertThat(e.field()).isEqualTo("text");
            assertThat(e.getMessage()).contains("noncharacter U+");
            assertThat(e.getMessage(Text.VIETNAMESE)).contains("noncharacter");
            // The bad value is shown escaped, so that the message, a Text itself, can be built.
            assertThat(e.value().orElseThrow()).doesNotContain(nonCharacter).contains("\\u");
        }
        assertThat(Name.of("Phú Thọ \ud83d\ude00").text()).endsWith("\ud83d\ude00");
    }
}
