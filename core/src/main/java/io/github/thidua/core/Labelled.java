package io.github.thidua.core;

import java.util.Locale;

/**
 * A concept with a label in Vietnamese and English; every enumerated type of the domain has one.
 *
 * <pre>{@code
 * Role.HEAD.label().vi();                 // "Cụm trưởng"
 * Role.HEAD.label(Locale.ENGLISH);        // "cluster head"
 * }</pre>
 */
public interface Labelled {

    /**
     * Returns the label in both languages.
     *
     * @return the label, never null
     */
    Text label();

    /**
     * Returns the label in the language of {@code locale}.
     *
     * @param locale the reader's locale, not null
     * @return the label in Vietnamese for {@code vi}, otherwise in English
     */
    default String label(Locale locale) {
        return label().in(locale);
    }
}
