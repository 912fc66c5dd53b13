package io.github.thidua.scoring;

import io.github.thidua.core.MissingValueException;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks the band types run when built. They repeat, with the same messages, the few checks
 * of core's {@code internal.Checks} they need: core does not export that package to this module.
 */
final class BandChecks {

    /** The shape of a criterion or band code, as in core. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    /** The shape of an event code, as in core's keys. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private BandChecks() {}

    static String code(String type, String field, String code) {
        if (code == null) {
            throw new MissingValueException(type, field);
        }
        if (!CODE.matcher(code).matches()) {
            throw ValidationException.invalid(
                    type,
                    field,
                    code,
                    Text.of("mã không đúng dạng", "not a valid code"),
                    Text.of("1–32 ký tự ASCII: chữ, số, . _ -", "1–32 ASCII letters, digits, . _ -"));
        }
        return code;
    }

    static String key(String type, String field, String key, int max) {
        if (key == null) {
            throw new MissingValueException(type, field);
        }
        if (key.length() > max || !KEY.matcher(key).matches()) {
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

    static <T, K> void unique(
            String type, String field, List<T> items, Function<? super T, ? extends K> key, String keyName) {
        Map<K, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            K k = key.apply(items.get(i));
            Integer first = seen.putIfAbsent(k, i);
            if (first != null) {
                throw ValidationException.invalid(
                        type,
                        field + "[" + i + "]." + keyName,
                        k,
                        Text.of("trùng với " + field + "[" + first + "]", "repeats " + field + "[" + first + "]"),
                        Text.of("mỗi giá trị một lần", "each value once"));
            }
        }
    }

    static <K> void memberOf(String type, String field, K value, Collection<? extends K> allowed, Text what) {
        if (!allowed.contains(value)) {
            throw ValidationException.invalid(type, field, value, Text.of("không có trong danh sách", "unknown"), what);
        }
    }

    static void scale(String type, String field, BigDecimal value, int maxScale) {
        BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (normal.scale() > maxScale) {
            throw ValidationException.invalid(
                    type,
                    field,
                    value,
                    Text.of("quá nhiều chữ số thập phân", "too many decimal places"),
                    Text.of("tối đa " + maxScale + " chữ số thập phân", "at most " + maxScale + " decimal places"));
        }
    }
}
