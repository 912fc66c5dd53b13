package io.github.thidua.core;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.internal.Checks;

/**
 * A stable identifier of something in the domain: a unit, an organiser, a cluster, an indicator,
 * an award kind.
 *
 * <p>Ids are chosen by the people who keep the data (for example {@code phu-tho} or {@code
 * HCCB.PT}); they are ASCII so that they survive every file, URL and spreadsheet unchanged, and
 * are never derived from a Vietnamese name by stripping its marks. Comparison is exact and
 * case-sensitive; ordering is by UTF-16 code unit, so it never depends on the locale.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Id phuTho = Id.of("phu-tho");
 * }</pre>
 */
public final class Id implements Comparable<Id> {

    /** The longest id accepted. */
    public static final int MAX_LENGTH = 64;

    private final String value;

    private Id(String value) {
        this.value = value;
    }

    /**
     * Returns the id with the given text.
     *
     * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}, starting with a letter or
     *     digit; not null
     * @return the id
     * @throws ValidationException if the text has another shape
     */
    public static Id of(String value) {
        if (value == null) {
            throw ValidationException.missing("Id", "value");
        }
        // [A-Za-z0-9][A-Za-z0-9._:-]{0,63}, scanned by hand: every id of every document is checked.
        if (!Checks.isKey(value, MAX_LENGTH)) {
            throw ValidationException.invalid(
                    "Id",
                    "value",
                    value,
                    Text.of("mã không đúng dạng", "not a valid id"),
                    Text.of(
                            "1–64 ký tự ASCII: chữ, số, . _ : -, bắt đầu bằng chữ hoặc số",
                            "1–64 ASCII letters, digits, . _ : -, starting with a letter or digit"));
        }
        return new Id(value);
    }

    /**
     * Returns the text of the id.
     *
     * @return the id as given
     */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(Id other) {
        return value.compareTo(requireNonNull(other, "other").value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Id other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns the text of the id. */
    @Override
    public String toString() {
        return value;
    }
}
