package io.github.thidua.scoring.spi;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The named parameters a policy gives a plug-in, as text, with typed accessors that fail with a
 * clear message.
 *
 * <p>Immutable and thread-safe; keys are kept in sorted order so that two equal parameter sets
 * print and hash alike.
 *
 * <pre>{@code
 * Parameters p = Parameters.of(Map.of("group", "I", "share", "0.7"));
 * p.text("group");      // "I"
 * p.decimal("share");   // 0.7
 * }</pre>
 */
public final class Parameters {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9._-]{0,63}");
    private static final Parameters NONE = new Parameters(new TreeMap<>(), "parameters");

    private final Map<String, String> values;
    private final String owner;

    private Parameters(TreeMap<String, String> values, String owner) {
        this.values = Collections.unmodifiableMap(values);
        this.owner = owner;
    }

    /**
     * Returns no parameters.
     *
     * @return the empty set
     */
    public static Parameters none() {
        return NONE;
    }

    /**
     * Returns the given parameters.
     *
     * @param values keys ({@code [a-zA-Z][a-zA-Z0-9._-]*}, at most 64 characters) to values (at
     *     most 2000 characters, without control characters, unpaired surrogates or Unicode
     *     noncharacters); not null
     * @return the parameters
     * @throws ValidationException if a key or value is invalid
     */
    public static Parameters of(Map<String, String> values) {
        requireNonNull(values, "values");
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k == null || !KEY.matcher(k).matches()) {
                throw ValidationException.invalid(
                        "Parameters",
                        "key",
                        k,
                        Text.of("tên tham số không đúng dạng", "invalid parameter name"),
                        Text.of("chữ cái ASCII rồi chữ, số, . _ -", "an ASCII letter, then letters, digits, . _ -"));
            }
            if (v == null || v.length() > 2000) {
                throw ValidationException.invalid(
                        "Parameters",
                        k,
                        v == null ? null : v.length() + " characters",
                        Text.of("giá trị tham số thiếu hoặc quá dài", "missing or too long"),
                        Text.of("văn bản tối đa 2000 ký tự", "text of at most 2000 characters"));
            }
            plain(k, v);
            copy.put(k, v);
        });
        return copy.isEmpty() ? NONE : new Parameters(copy, "parameters");
    }

    // Values end up in explanations and messages, which refuse what a person cannot read: refused
    // here, where the policy is read, rather than when a unit is scored.
    private static void plain(String key, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int point = value.codePointAt(i);
            boolean paired = Character.isHighSurrogate(c)
                            && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
            boolean noncharacter = (point >= 0xFDD0 && point <= 0xFDEF) || (point & 0xFFFE) == 0xFFFE;
            if (Character.isISOControl(c) && c != '\n' && c != '\t'
                    || Character.isSurrogate(c) && !paired
                    || noncharacter && !Character.isLowSurrogate(c)) {
                String code = String.format("U+%04X", point);
                throw ValidationException.invalid(
                        "Parameters",
                        key,
                        code,
                        Text.of("có ký tự " + code + " không đọc được", "contains the unreadable character " + code),
                        Text.of("chữ, số, dấu câu, xuống dòng", "letters, digits, punctuation, line breaks"));
            }
        }
    }

    /**
     * Returns all parameters, by key in sorted order.
     *
     * @return the parameters
     */
    public Map<String, String> asMap() {
        return values;
    }

    /**
     * Returns a parameter if given.
     *
     * @param key the key, not null
     * @return the value, or empty
     */
    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(requireNonNull(key, "key")));
    }

    /**
     * Returns a required text parameter.
     *
     * @param key the key, not null
     * @return the value
     * @throws ValidationException if it is missing
     */
    public String text(String key) {
        return find(key).orElseThrow(() -> ValidationException.missing(owner, key));
    }

    /**
     * Returns a required decimal parameter.
     *
     * @param key the key, not null
     * @return the exact value
     * @throws ValidationException if it is missing, not a decimal, or has more than 18 digits
     *     before or after the point
     */
    public BigDecimal decimal(String key) {
        String text = text(key);
        try {
            if (text.length() > 40) {
                throw new NumberFormatException();
            }
            BigDecimal value = new BigDecimal(text.strip());
            // 40 characters still write 1E-99999999, which no share or threshold needs and which
            // would make arithmetic compute a power of ten of millions of digits.
            BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            if (normal.scale() > 18 || normal.precision() - normal.scale() > 18) {
                throw new NumberFormatException("out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ValidationException.invalid(
                    owner,
                    key,
                    text,
                    Text.of("không phải số thập phân", "not a decimal number"),
                    Text.of(
                            "số thập phân như 0.7, tối đa 18 chữ số trước và 18 chữ số sau dấu thập phân",
                            "a decimal such as 0.7, with at most 18 digits before and 18 after the point"));
        }
    }

    /**
     * Returns a required whole-number parameter.
     *
     * @param key the key, not null
     * @return the value
     * @throws ValidationException if it is missing or not a whole number
     */
    public long integer(String key) {
        String text = text(key);
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.invalid(
                    owner,
                    key,
                    text,
                    Text.of("không phải số nguyên", "not a whole number"),
                    Text.of("số nguyên như 3", "a whole number such as 3"));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Returns the parameters as {@code {key=value, ...}} in key order. */
    @Override
    public String toString() {
        return values.toString();
    }
}
