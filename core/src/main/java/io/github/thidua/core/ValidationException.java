package io.github.thidua.core;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.internal.Checks;
import java.util.Optional;

/**
 * A value could not be built because one of its fields broke a rule of the domain.
 *
 * <p>It names the type, the field (with its path inside the value, such as {@code
 * members[2].id}), the bad value and what is allowed, in Vietnamese and English:
 *
 * <pre>{@code
 * Cluster.members[2].id: duplicate id; value: "phu-tho"; allowed: each member once.
 * Cluster.members[2].id: mã bị trùng; giá trị: "phu-tho"; cho phép: mỗi thành viên một lần.
 * }</pre>
 *
 * <p>Nothing is built when it is thrown: builders and factories check everything before they
 * return.
 */
public class ValidationException extends ThiDuaException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String field;
    private final String value;
    private final Text problem;
    private final Text allowed;

    /**
     * Creates the exception.
     *
     * @param type the simple name of the type being built, such as {@code Cluster}; not null
     * @param field the field, with its path inside the value; not null
     * @param value the bad value, or null when the value is missing
     * @param problem what is wrong, in both languages; not null
     * @param allowed what is allowed, in both languages; not null
     */
    public ValidationException(String type, String field, Object value, Text problem, Text allowed) {
        super(render(type, field, value, problem, allowed));
        this.type = type;
        this.field = field;
        this.value = value == null ? null : quote(value);
        this.problem = problem;
        this.allowed = allowed;
    }

    /**
     * Reports a field that must be given but was missing or null.
     *
     * @param type the type being built, not null
     * @param field the missing field, not null
     * @return a {@link MissingValueException}, to be thrown by the caller
     */
    public static ValidationException missing(String type, String field) {
        // The documented subtype, so that callers can tell a missing value from a bad one.
        return new MissingValueException(type, field);
    }

    /**
     * Reports a value outside what a field allows.
     *
     * @param type the type being built, not null
     * @param field the field, not null
     * @param value the bad value, may be null
     * @param problem what is wrong, not null
     * @param allowed what is allowed, not null
     * @return the exception, to be thrown by the caller
     */
    public static ValidationException invalid(String type, String field, Object value, Text problem, Text allowed) {
        return new ValidationException(type, field, value, problem, allowed);
    }

    /**
     * Returns the simple name of the type that could not be built.
     *
     * @return the type, such as {@code Cluster}
     */
    public String type() {
        return type;
    }

    /**
     * Returns the field that broke the rule, with its path inside the value.
     *
     * @return the field, such as {@code members[2].id}
     */
    public String field() {
        return field;
    }

    /**
     * Returns the bad value as it is shown in the message (strings quoted).
     *
     * @return the value, or empty when it was missing
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns what was wrong.
     *
     * @return the problem in both languages
     */
    public Text problem() {
        return problem;
    }

    /**
     * Returns what the field allows.
     *
     * @return the allowed values in both languages
     */
    public Text allowed() {
        return allowed;
    }

    private static Text render(String type, String field, Object value, Text problem, Text allowed) {
        requireNonNull(type, "type");
        requireNonNull(field, "field");
        requireNonNull(problem, "problem");
        requireNonNull(allowed, "allowed");
        String where = field.isEmpty() ? type : type + "." + field;
        String shown = value == null ? null : quote(value);
        String vi = where + ": " + problem.vi() + (shown == null ? "" : "; giá trị: " + shown) + "; cho phép: "
                + allowed.vi() + ".";
        String en = where + ": " + problem.en() + (shown == null ? "" : "; value: " + shown) + "; allowed: "
                + allowed.en() + ".";
        return Text.of(vi, en);
    }

    private static String quote(Object value) {
        // Decimals show as written by people (0.0000001), never in scientific notation (1E-7),
        // unless the plain form would be too long to show: 1E+999999999 written out is a billion
        // digits, which a bad document must not make the library spell.
        String text = value instanceof java.math.BigDecimal d ? Checks.plain(d) : String.valueOf(value);
        if (text.length() > 120) {
            text = text.substring(0, 117) + "...";
        }
        text = escape(text);
        return value instanceof CharSequence ? '"' + text + '"' : text;
    }

    // The message is itself a Text, which refuses control characters, broken surrogate pairs and
    // noncharacters: without escaping, a bad value containing one (or a pair cut by the
    // truncation) was reported as an error in Text.vi instead of the field that was wrong.
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            boolean noncharacter = Checks.isNoncharacter(text.codePointAt(i))
                    || Character.isLowSurrogate(c) && i > 0 && Checks.isNoncharacter(text.codePointAt(i - 1));
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !paired || noncharacter) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
