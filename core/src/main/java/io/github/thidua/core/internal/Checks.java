package io.github.thidua.core.internal;

import io.github.thidua.core.MissingValueException;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Checks used by the value types when they are built; each throws a {@link ValidationException}. */
public final class Checks {

    /** Powers of ten for {@link #decimal}, so that a check does not compute one each time. */
    private static final BigDecimal[] POWERS_OF_TEN = new BigDecimal[65];

    static {
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = BigDecimal.TEN.pow(i);
        }
    }

    private Checks() {}

    /**
     * Returns {@code value} or reports it missing.
     *
     * @param <T> the value's type
     * @param type the type being built
     * @param field the field
     * @param value the value, may be null
     * @return the value, never null
     */
    public static <T> T nonNull(String type, String field, T value) {
        if (value == null) {
            throw new MissingValueException(type, field);
        }
        return value;
    }

    /**
     * Returns {@code text} NFC-normalised and stripped, rejecting blank text, control characters,
     * unpaired surrogates and Unicode noncharacters (U+FDD0–U+FDEF and U+FFFE, U+FFFF of every
     * plane, which are never meant for interchange).
     *
     * @param type the type being built
     * @param field the field
     * @param text the text, may be null
     * @return the normalised text
     */
    public static String nonBlank(String type, String field, String text) {
        nonNull(type, field, text);
        String normal = nfc(text).strip();
        if (normal.isEmpty()) {
            throw ValidationException.invalid(
                    type,
                    field,
                    text,
                    Text.of("văn bản trống", "blank text"),
                    Text.of("văn bản có chữ", "non-blank text"));
        }
        return plain(type, field, text, normal);
    }

    /**
     * Rejects text holding control characters (other than line breaks and tabs), unpaired
     * surrogates or Unicode noncharacters; the text may be empty.
     *
     * @param type the type being built
     * @param field the field
     * @param text the text, not null
     * @return the text
     */
    public static String plainText(String type, String field, String text) {
        return plain(type, field, text, text);
    }

    private static String plain(String type, String field, String text, String normal) {
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw ValidationException.invalid(
                        type,
                        field,
                        text,
                        Text.of("có ký tự điều khiển U+" + hex(c), "contains control character U+" + hex(c)),
                        Text.of("chữ, số, dấu câu, xuống dòng", "letters, digits, punctuation, line breaks"));
            }
            int point = normal.codePointAt(i);
            if (isNoncharacter(point)) {
                String code = String.format("%04X", point);
                throw ValidationException.invalid(
                        type,
                        field,
                        text,
                        Text.of(
                                "có ký tự không dùng để trao đổi (noncharacter) U+" + code,
                                "contains the noncharacter U+" + code),
                        Text.of("văn bản Unicode hợp lệ", "valid Unicode text"));
            }
            if (Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c)
                            && i + 1 < normal.length()
                            && Character.isLowSurrogate(normal.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(normal.charAt(i - 1)))) {
                throw ValidationException.invalid(
                        type,
                        field,
                        text,
                        Text.of("có ký tự Unicode không hợp lệ", "contains an unpaired surrogate (invalid Unicode)"),
                        Text.of("văn bản Unicode hợp lệ", "valid Unicode text"));
            }
        }
        return normal;
    }

    /**
     * Returns free text NFC-normalised and stripped, rejecting blank or over-long text.
     *
     * @param type the type being built
     * @param field the field
     * @param text the text, may be null
     * @param max the longest allowed length
     * @return the normalised text
     */
    public static String text(String type, String field, String text, int max) {
        return maxLength(type, field, nonBlank(type, field, text), max);
    }

    /**
     * Rejects a text longer than {@code max} characters.
     *
     * @param type the type being built
     * @param field the field
     * @param text the text, not null
     * @param max the longest allowed length
     * @return the text
     */
    public static String maxLength(String type, String field, String text, int max) {
        if (text.length() > max) {
            throw ValidationException.invalid(
                    type,
                    field,
                    text,
                    Text.of("dài " + text.length() + " ký tự", "is " + text.length() + " characters long"),
                    Text.of("tối đa " + max + " ký tự", "at most " + max + " characters"));
        }
        return text;
    }

    /**
     * Rejects a number below {@code min}.
     *
     * @param type the type being built
     * @param field the field
     * @param value the number
     * @param min the smallest allowed number
     * @return the number
     */
    public static int atLeast(String type, String field, int value, int min) {
        if (value < min) {
            throw ValidationException.invalid(
                    type,
                    field,
                    value,
                    Text.of("nhỏ hơn " + min, "below " + min),
                    Text.of("số nguyên từ " + min + " trở lên", "a whole number of at least " + min));
        }
        return value;
    }

    /**
     * Rejects a list whose elements repeat a key; the message names the index of the repeat.
     *
     * @param <T> the element type
     * @param <K> the key type
     * @param type the type being built
     * @param field the list field
     * @param items the elements
     * @param key extracts the key that must be unique
     * @param keyName the name of the key field, such as {@code id}
     */
    public static <T, K> void unique(
            String type, String field, List<T> items, Function<? super T, ? extends K> key, String keyName) {
        // Sized for the items, so that it never grows while it is filled.
        Map<K, Integer> seen = new HashMap<>(items.size() * 4 / 3 + 1);
        for (int i = 0; i < items.size(); i++) {
            K k = key.apply(items.get(i));
            Integer first = seen.putIfAbsent(k, i);
            if (first != null) {
                throw ValidationException.invalid(
                        type,
                        field + "[" + i + "]" + (keyName.isEmpty() ? "" : "." + keyName),
                        k,
                        Text.of("trùng với " + field + "[" + first + "]", "repeats " + field + "[" + first + "]"),
                        Text.of("mỗi giá trị một lần", "each value once"));
            }
        }
    }

    /**
     * Rejects an element that is not one of {@code allowed}.
     *
     * @param <K> the element type
     * @param type the type being built
     * @param field the field, with its path
     * @param value the element
     * @param allowed the allowed elements
     * @param what what the allowed elements are, such as "a member of the cluster"
     */
    public static <K> void memberOf(String type, String field, K value, Collection<? extends K> allowed, Text what) {
        if (!allowed.contains(value)) {
            throw ValidationException.invalid(type, field, value, Text.of("không có trong danh sách", "unknown"), what);
        }
    }

    /**
     * Rejects a text that does not match {@code pattern} in full.
     *
     * @param type the type being built
     * @param field the field, with its path
     * @param value the text, may be null
     * @param pattern the shape the whole text must have
     * @param allowed what the shape is, in both languages
     * @return the text
     */
    public static String matches(String type, String field, String value, Pattern pattern, Text allowed) {
        nonNull(type, field, value);
        if (!pattern.matcher(value).matches()) {
            throw ValidationException.invalid(
                    type, field, value, Text.of("không đúng dạng", "has the wrong shape"), allowed);
        }
        return value;
    }

    /**
     * Rejects a decimal outside {@code [min, max]}; a null bound is open.
     *
     * @param type the type being built
     * @param field the field, with its path
     * @param value the decimal, not null
     * @param min the smallest allowed value, or null for none
     * @param max the largest allowed value, or null for none
     * @return the decimal
     */
    public static BigDecimal between(String type, String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        nonNull(type, field, value);
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            String vi = min == null
                    ? "không lớn hơn " + max
                    : max == null ? "từ " + min + " trở lên" : "từ " + min + " đến " + max;
            String en = min == null ? "at most " + max : max == null ? "at least " + min : "from " + min + " to " + max;
            throw ValidationException.invalid(
                    type, field, value, Text.of("ngoài khoảng cho phép", "out of range"), Text.of(vi, en));
        }
        return value;
    }

    /**
     * Rejects a code that is not 1 to 32 ASCII letters, digits, {@code . _ -}: the shape of
     * criterion, group and band codes.
     *
     * @param type the type being built
     * @param field the field, with its path
     * @param code the code, may be null
     * @return the code
     */
    public static String code(String type, String field, String code) {
        nonNull(type, field, code);
        if (!isCode(code)) {
            throw ValidationException.invalid(
                    type,
                    field,
                    code,
                    Text.of("mã không đúng dạng", "not a valid code"),
                    Text.of("1–32 ký tự ASCII: chữ, số, . _ -", "1–32 ASCII letters, digits, . _ -"));
        }
        return code;
    }

    /**
     * Rejects a key that is not shaped like an id: 1 to {@code max} (at most 128) ASCII letters,
     * digits, {@code . _ : -}, starting with a letter or digit. Used for event codes, message
     * keys and policy ids.
     *
     * @param type the type being built
     * @param field the field, with its path
     * @param key the key, may be null
     * @param max the longest allowed length, 1 to 128
     * @return the key
     */
    public static String key(String type, String field, String key, int max) {
        nonNull(type, field, key);
        if (key.length() > max || !isKey(key, 128)) {
            throw ValidationException.invalid(
                    type,
                    field,
                    key,
                    Text.of("mã không đúng dạng", "not a valid key"),
                    Text.of(
                            "1–" + max + " ký tự ASCII: chữ, số, . _ : -, bắt đầu bằng chữ hoặc số",
                            "1–" + max + " ASCII letters, digits, . _ : -, starting with a letter or digit"));
        }
        return key;
    }

    /**
     * Returns an exact decimal without trailing zeros (scale 0 or more), rejecting one with more
     * than {@code maxScale} decimal places or a magnitude of {@code 10^maxExponent} or more.
     *
     * @param type the type being built
     * @param field the field
     * @param value the decimal, may be null
     * @param maxScale the most decimal places allowed
     * @param maxExponent the magnitude must stay below ten to this power
     * @return the normalised decimal, equal by {@link BigDecimal#equals(Object)} to any other
     *     normalised decimal of the same value
     */
    public static BigDecimal decimal(String type, String field, BigDecimal value, int maxScale, int maxExponent) {
        nonNull(type, field, value);
        BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (normal.scale() > maxScale || normal.abs().compareTo(powerOfTen(maxExponent)) >= 0) {
            throw ValidationException.invalid(
                    type,
                    field,
                    value,
                    Text.of("số ngoài phạm vi", "number out of range"),
                    Text.of(
                            "giá trị tuyệt đối dưới 10^" + maxExponent + ", tối đa " + maxScale + " chữ số thập phân",
                            "magnitude below 10^" + maxExponent + " with at most " + maxScale + " decimal places"));
        }
        return normal.scale() < 0 ? normal.setScale(0) : normal;
    }

    /**
     * Returns optional free text NFC-normalised and stripped, rejecting blank or over-long text.
     *
     * @param type the type being built
     * @param field the field
     * @param text the text, or null when absent
     * @param max the longest allowed length
     * @return the normalised text, or null when absent
     */
    public static String optionalText(String type, String field, String text, int max) {
        return text == null ? null : text(type, field, text, max);
    }

    /**
     * Tells whether a text is shaped like a key or an id: 1 to {@code max} ASCII letters, digits,
     * {@code . _ : -}, starting with a letter or digit. The same as matching {@code
     * [A-Za-z0-9][A-Za-z0-9._:-]{0,max-1}}, without a regular expression: ids are checked for
     * every unit of every document read.
     *
     * @param text the text, not null
     * @param max the longest allowed length, 1 or more
     * @return true if the text has that shape
     */
    public static boolean isKey(String text, int max) {
        int length = text.length();
        if (length == 0 || length > max || !isAsciiLetterOrDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * The shape of a criterion, group or band code: 1 to 32 ASCII letters, digits, {@code . _ -};
     * the same as matching {@code [A-Za-z0-9._-]{1,32}}.
     */
    private static boolean isCode(String text) {
        int length = text.length();
        if (length == 0 || length > 32) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * The text in Unicode NFC. Text below U+0300 is already in NFC (no character there
     * decomposes or combines with one before it), which covers ASCII and most of what is read;
     * other text is normalised only if it is not yet in NFC, so that NFC text is kept as it is,
     * without a copy.
     */
    static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                        ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    private static BigDecimal powerOfTen(int exponent) {
        return exponent >= 0 && exponent < POWERS_OF_TEN.length
                ? POWERS_OF_TEN[exponent]
                : BigDecimal.TEN.pow(exponent);
    }

    /**
     * Returns a decimal as people write it ({@code 0.0000001}, not {@code 1E-7}) when that takes at
     * most 120 characters, and in scientific notation otherwise: {@code 1E+999999999} written out
     * is a billion digits, which a bad value must not make the library spell.
     *
     * @param value the decimal, not null
     * @return the text
     */
    public static String plain(BigDecimal value) {
        long digits = value.scale() <= 0
                ? (long) value.precision() - value.scale()
                : Math.max(value.precision(), value.scale() + 1L);
        return digits > 120 ? value.toString() : value.toPlainString();
    }

    /**
     * Tells whether a code point is a Unicode noncharacter: U+FDD0 to U+FDEF, or the last two
     * code points of a plane (U+FFFE, U+FFFF, U+1FFFE, …).
     *
     * @param point the code point
     * @return true for a noncharacter
     */
    public static boolean isNoncharacter(int point) {
        return (point >= 0xFDD0 && point <= 0xFDEF) || (point & 0xFFFE) == 0xFFFE;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
