package io.github.thidua.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The root of thidua's exceptions: every failure the library reports on purpose is one of these,
 * with its message in Vietnamese and English.
 *
 * <p>{@link #getMessage()} is English; {@link #getMessage(Locale)} picks the language:
 *
 * <pre>{@code
 * try {
 *     cluster = builder.build();
 * } catch (ThiDuaException e) {
 *     log(e.getMessage(Text.VIETNAMESE));
 * }
 * }</pre>
 */
public class ThiDuaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Text text;

    /**
     * Creates an exception with a message in both languages.
     *
     * @param text the message, not null
     * @param cause the underlying cause, or null
     */
    public ThiDuaException(Text text, Throwable cause) {
        super(requireNonNull(text, "text").en(), cause);
        this.text = text;
    }

    /**
     * Creates an exception with a message in both languages.
     *
     * @param text the message, not null
     */
    public ThiDuaException(Text text) {
        this(text, null);
    }

    /**
     * Returns the message in both languages.
     *
     * @return the message, never null
     */
    public Text text() {
        return text;
    }

    /**
     * Returns the message in the language of {@code locale}: Vietnamese for {@code vi}, otherwise
     * English.
     *
     * @param locale the reader's locale, not null
     * @return the message in that language
     */
    public String getMessage(Locale locale) {
        return text.in(locale);
    }
}
