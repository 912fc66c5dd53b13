package io.github.thidua.examples.cli;

import io.github.thidua.core.Text;
import java.util.Locale;

/** The languages the tool prints in: {@code vi} (the default) or {@code en}. */
enum Language {
    /** Vietnamese. */
    VI(Text.VIETNAMESE),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }
}
