package io.github.thidua.core;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.internal.Checks;
import java.util.Locale;

/**
 * A short text in Vietnamese and English, such as the label of an enumerated concept or part of
 * an error message.
 *
 * <p>Immutable and thread-safe. {@link #in(Locale)} picks Vietnamese for any locale whose
 * language is {@code vi} and English otherwise.
 *
 * <pre>{@code
 * Text head = Text.of("Cụm trưởng", "cluster head");
 * head.in(Locale.forLanguageTag("vi")); // "Cụm trưởng"
 * }</pre>
 *
 * @param vi the Vietnamese text, NFC-normalised, never blank
 * @param en the English text, never blank
 */
public record Text(String vi, String en) {

    /** The Vietnamese locale ({@code vi-VN}), for callers that want Vietnamese output. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /**
     * Checks and normalises both texts.
     *
     * @throws ValidationException if either text is null or blank
     */
    public Text {
        vi = Checks.nonBlank("Text", "vi", vi);
        en = Checks.nonBlank("Text", "en", en);
    }

    /**
     * Returns a text in both languages.
     *
     * @param vi the Vietnamese text, not blank
     * @param en the English text, not blank
     * @return the text
     * @throws ValidationException if either text is null or blank
     */
    public static Text of(String vi, String en) {
        return new Text(vi, en);
    }

    /**
     * Returns the text in the language of {@code locale}: Vietnamese for {@code vi}, otherwise
     * English.
     *
     * @param locale the reader's locale, not null
     * @return the text in that language
     */
    public String in(Locale locale) {
        requireNonNull(locale, "locale");
        return isVietnamese(locale) ? vi : en;
    }

    /**
     * Tells whether a locale asks for Vietnamese.
     *
     * @param locale a locale, not null
     * @return true when the locale's language is Vietnamese
     */
    public static boolean isVietnamese(Locale locale) {
        return "vi".equals(requireNonNull(locale, "locale").getLanguage());
    }

    /** Returns the English text. */
    @Override
    public String toString() {
        return en;
    }
}
