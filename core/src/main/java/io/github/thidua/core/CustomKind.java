package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A criterion kind of one's own, scored by a rule registered under its {@link #kindName()}, with
 * text parameters for that rule.
 *
 * <p>The name is 2 to 64 lower-case ASCII letters, digits and {@code -}, starting with a letter,
 * and is none of {@link CriterionKind#BUILT_IN_NAMES}. Parameter keys are identifiers; values are
 * NFC-normalised text. Immutable and thread-safe.
 *
 * <pre>{@code
 * CustomKind ranked = CustomKind.builder()
 *         .kindName("rank-points")
 *         .putParameters("first", "10")
 *         .putParameters("second", "8")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class CustomKind implements CriterionKind {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final Pattern KEY = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_.-]{0,63}");

    CustomKind() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the name of the kind, under which its rule is registered.
     *
     * @return the name, such as {@code rank-points}
     */
    @Override
    public abstract String kindName();

    /**
     * Returns the label people read; "tiêu chí tùy chỉnh (name)" / "custom (name)" unless stated.
     *
     * @return the label
     */
    @Override
    @Value.Default
    public Text label() {
        return Text.of("tiêu chí tùy chỉnh (" + kindName() + ")", "custom (" + kindName() + ")");
    }

    /**
     * Returns the parameters of the rule, in the order given.
     *
     * @return parameters with identifier keys (up to 64 ASCII letters, digits, {@code _ . -}, not
     *     starting with a digit) and NFC-normalised values of at most 2000 characters, without
     *     control characters
     */
    public abstract Map<String, String> parameters();

    @Value.Check
    final CustomKind check() {
        Checks.matches(
                "CustomKind",
                "kindName",
                kindName(),
                NAME,
                Text.of(
                        "2–64 ký tự: chữ thường ASCII, số, -, bắt đầu bằng chữ",
                        "2–64 lower-case ASCII letters, digits and -, starting with a letter"));
        if (BUILT_IN_NAMES.contains(kindName())) {
            throw ValidationException.invalid(
                    "CustomKind",
                    "kindName",
                    kindName(),
                    Text.of("trùng tên loại có sẵn", "the name of a built-in kind"),
                    Text.of(
                            "tên khác " + String.join(", ", BUILT_IN_NAMES),
                            "a name other than " + String.join(", ", BUILT_IN_NAMES)));
        }
        Map<String, String> normal = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : parameters().entrySet()) {
            String field = "parameters[" + e.getKey() + "]";
            Checks.matches(
                    "CustomKind",
                    field,
                    e.getKey(),
                    KEY,
                    Text.of(
                            "khóa 1–64 ký tự ASCII: chữ, số, _ . -, không bắt đầu bằng số",
                            "a key of 1–64 ASCII letters, digits, _ . -, not starting with a digit"));
            String value = Checks.maxLength(
                    "CustomKind",
                    field,
                    Checks.plainText("CustomKind", field, Normalizer.normalize(e.getValue(), Normalizer.Form.NFC)),
                    2000);
            normal.put(e.getKey(), value);
        }
        return normal.equals(parameters()) ? this : ((ImmutableCustomKind) this).withParameters(normal);
    }

    /** Builds a {@link CustomKind}; the name is required. */
    public static final class Builder extends ImmutableCustomKind.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
