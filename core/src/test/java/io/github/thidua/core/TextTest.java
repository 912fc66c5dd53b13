package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    private static final Text HEAD = Text.of("Cụm trưởng", "cluster head");

    @ParameterizedTest
    @ValueSource(strings = {"vi", "vi-VN", "vi-US"})
    void in_vietnameseLanguage_picksVietnamese(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        assertThat(HEAD.in(locale)).isEqualTo("Cụm trưởng");
        assertThat(Text.isVietnamese(locale)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "fr", "fr-FR", "und", "zh-Hant-TW"})
    void in_otherLanguage_picksEnglish(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        assertThat(HEAD.in(locale)).isEqualTo("cluster head");
        assertThat(Text.isVietnamese(locale)).isFalse();
    }

    @Test
    void in_rootLocale_picksEnglish() {
        assertThat(HEAD.in(Locale.ROOT)).isEqualTo("cluster head");
        assertThat(HEAD.in(Locale.FRENCH)).isEqualTo("cluster head");
        assertThat(HEAD.in(Text.VIETNAMESE)).isEqualTo("Cụm trưởng");
        assertThat(Text.VIETNAMESE.toLanguageTag()).isEqualTo("vi-VN");
    }

    @Test
    void in_nullLocale_isRejectedByName() {
        assertThatThrownBy(() -> HEAD.in(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale");
    }

    @Test
    void of_normalisesAndStripsBothTexts() {
        Text t = Text.of("  Cu\u0323m tru\u031bo\u031b\u0309ng ", " cluster head\n");
        assertThat(t.vi()).isEqualTo("Cụm trưởng");
        assertThat(t.en()).isEqualTo("cluster head");
        assertThat(t).isEqualTo(HEAD).hasSameHashCodeAs(HEAD);
        assertThat(t).hasToString("cluster head");
    }

    @Test
    void of_blankOrMissingText_isRejectedWithTheLanguageField() {
        ValidationException vi = rejection(() -> Text.of(" ", "head"));
        assertThat(vi.type()).isEqualTo("Text");
        assertThat(vi.field()).isEqualTo("vi");
        assertThat(rejection(() -> Text.of("trưởng", "")).field()).isEqualTo("en");
        assertThatThrownBy(() -> Text.of(null, "head"))
                .isInstanceOfSatisfying(
                        MissingValueException.class, e -> assertThat(e.field()).isEqualTo("vi"));
    }

    @Test
    void labelled_enumsPickTheirLanguage() {
        assertThat(Role.HEAD.label(Locale.forLanguageTag("vi"))).isEqualTo("Cụm trưởng");
        assertThat(Role.HEAD.label(Locale.ENGLISH)).isEqualTo("cluster head");
        assertThat(SelectionMethod.ACCLAIMED.label(Text.VIETNAMESE)).isEqualTo("suy tôn");
        assertThat(ClusterKind.BLOC.label(Locale.ROOT)).isEqualTo("emulation bloc");
        assertThat(RecipientKind.HOUSEHOLD.label().vi()).isEqualTo("hộ gia đình");
    }
}
