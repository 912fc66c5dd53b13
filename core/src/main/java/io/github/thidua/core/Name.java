package io.github.thidua.core;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.internal.Checks;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * A name as people write it, in Vietnamese with its diacritics kept exactly: "Hội Cựu chiến binh
 * tỉnh Phú Thọ", "Mường Ảng".
 *
 * <p>The text is normalised to Unicode NFC and stripped of surrounding spaces when the name is
 * made, so the same name typed on two keyboards is equal. Names compare equal only when their
 * texts are equal; for the order people read, use {@link #vietnameseOrder()}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Name> sorted = names.stream().sorted(Name.vietnameseOrder()).toList();
 * }</pre>
 */
public final class Name {

    /** The longest name accepted, in UTF-16 code units. */
    public static final int MAX_LENGTH = 300;

    private static final Collator COLLATOR = vietnameseCollator();

    private static final Comparator<Name> VIETNAMESE_ORDER =
            Comparator.<Name, String>comparing(n -> n.text, COLLATOR::compare).thenComparing(n -> n.text);

    private final String text;

    private Name(String text) {
        this.text = text;
    }

    /**
     * Returns the name with the given text, NFC-normalised and stripped.
     *
     * @param text the name; not null, not blank, at most 300 characters, no control characters
     * @return the name
     * @throws ValidationException if the text is blank, too long or not valid Unicode
     */
    public static Name of(String text) {
        return new Name(Checks.maxLength("Name", "text", Checks.nonBlank("Name", "text", text), MAX_LENGTH));
    }

    /**
     * Returns the order in which Vietnamese readers expect names: by the Vietnamese alphabet (a ă
     * â b c d đ e ê … ơ … ư …), then by tone marks, then, so that the order is total, by the raw
     * text.
     *
     * @return a comparator consistent with {@link #equals(Object)}
     */
    public static Comparator<Name> vietnameseOrder() {
        return VIETNAMESE_ORDER;
    }

    /**
     * Returns the text of the name.
     *
     * @return the NFC-normalised text
     */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Name other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** Returns the text of the name. */
    @Override
    public String toString() {
        return text;
    }

    private static Collator vietnameseCollator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return requireNonNull(collator, "collator");
    }
}
