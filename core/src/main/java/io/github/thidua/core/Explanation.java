package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * One step of how a result was reached, as a tree: a stable message key, the sentence in both
 * languages, the value it produced, the inputs it used and the steps below it.
 *
 * <p>The key (such as {@code criterion.leader-relative}) lets tools find and translate steps
 * without parsing the text; it has the shape of an id. Input names have the same shape; input
 * values are NFC-normalised, non-blank text of at most 500 characters, kept in the order given.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Explanation step = Explanation.builder()
 *         .key("criterion.leader-relative")
 *         .text(Text.of("Vượt chỉ tiêu, xếp sau đơn vị dẫn đầu", "Above target, behind the leader"))
 *         .value(Points.parse("7.5"))
 *         .putInputs("actual", "8.1")
 *         .putInputs("target", "7.8")
 *         .build();
 * step.render(Locale.ENGLISH); // "Above target, behind the leader = 7.5 (actual: 8.1, target: 7.8)"
 * }</pre>
 */
@Value.Immutable
public abstract class Explanation {

    /** The longest input value, in UTF-16 code units. */
    public static final int MAX_INPUT_LENGTH = 500;

    Explanation() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a step with only a key and a text.
     *
     * @param key the message key, shaped like an id; not null
     * @param text the sentence, not null
     * @return the step
     * @throws ValidationException if an argument is null or the key is malformed
     */
    public static Explanation of(String key, Text text) {
        return builder().key(key).text(text).build();
    }

    /**
     * Returns an explanation that is worked out on first use, by {@code source}, and kept. Results
     * carry their explanations this way so that a large evaluation pays for an explanation only
     * when someone reads it; a deferred explanation equals, hashes and renders exactly as the
     * explanation it resolves to. Resolution happens once, even when several threads ask at once.
     *
     * <pre>{@code
     * Explanation later = Explanation.deferred(() -> explainAgain(unit));
     * later.render(Locale.ENGLISH); // computed now, then kept
     * }</pre>
     *
     * @param source computes the explanation; called at most once; must return a non-null
     *     explanation
     * @return the deferred explanation
     */
    public static Explanation deferred(Supplier<? extends Explanation> source) {
        return new DeferredExplanation(Objects.requireNonNull(source, "source"));
    }

    /**
     * Returns the stable message key, such as {@code criterion.leader-relative}.
     *
     * @return the key, 1 to 128 ASCII letters, digits, {@code . _ : -}
     */
    public abstract String key();

    /**
     * Returns the sentence, in Vietnamese and English.
     *
     * @return the text
     */
    public abstract Text text();

    /**
     * Returns the value this step produced.
     *
     * @return the points, if the step produced some
     */
    public abstract Optional<Points> value();

    /**
     * Returns the inputs the step used, name to value, in the order given.
     *
     * @return the inputs
     */
    public abstract Map<String, String> inputs();

    /**
     * Returns the steps below this one.
     *
     * @return the children, in order
     */
    public abstract List<Explanation> children();

    /**
     * Renders the tree as indented lines, two spaces per level: each line is the text, then
     * {@code = value} when there is one and the text does not already state it, then the inputs
     * in parentheses. Vietnamese output writes
     * decimals with a comma.
     *
     * @param locale the reader's locale, not null
     * @return the lines, separated by {@code \n}, without a trailing line break
     */
    public String render(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        StringBuilder out = new StringBuilder();
        render(locale, 0, out);
        return out.toString();
    }

    private void render(Locale locale, int depth, StringBuilder out) {
        if (depth > 0) {
            out.append('\n');
        }
        String sentence = text().in(locale);
        out.append("  ".repeat(depth)).append(sentence);
        value().ifPresent(v -> {
            String shown = Text.isVietnamese(locale) ? v.toString().replace('.', ',') : v.toString();
            // A sentence that already states its value ("Phú Thọ: 102 points") is not repeated.
            if (!java.util.regex.Pattern.compile("(?<![0-9.,])" + java.util.regex.Pattern.quote(shown) + "(?![0-9])")
                    .matcher(sentence)
                    .find()) {
                out.append(" = ").append(shown);
            }
        });
        if (!inputs().isEmpty()) {
            out.append(" (");
            String sep = "";
            for (Map.Entry<String, String> e : inputs().entrySet()) {
                out.append(sep).append(e.getKey()).append(": ").append(e.getValue());
                sep = ", ";
            }
            out.append(')');
        }
        for (Explanation child : children()) {
            child.render(locale, depth + 1, out);
        }
    }

    /**
     * Tells whether another explanation has the same key, text, value, inputs and children,
     * whether either is {@linkplain #deferred deferred} or not.
     *
     * @param other the object to compare with
     * @return true when equal
     */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Explanation that
                && key().equals(that.key())
                && text().equals(that.text())
                && value().equals(that.value())
                && inputs().equals(that.inputs())
                && children().equals(that.children());
    }

    /**
     * Returns a hash of the key, text, value, inputs and children.
     *
     * @return the hash
     */
    @Override
    public final int hashCode() {
        int h = 5381;
        h += (h << 5) + key().hashCode();
        h += (h << 5) + text().hashCode();
        h += (h << 5) + value().hashCode();
        h += (h << 5) + inputs().hashCode();
        h += (h << 5) + children().hashCode();
        return h;
    }

    /**
     * Returns the attributes, for debugging.
     *
     * @return {@code Explanation{key=…, text=…, value=…, inputs=…, children=…}}
     */
    @Override
    public final String toString() {
        return "Explanation{key=" + key() + ", text=" + text()
                + value().map(v -> ", value=" + v).orElse("") + ", inputs=" + inputs() + ", children=" + children()
                + "}";
    }

    @Value.Check
    final Explanation check() {
        Checks.key("Explanation", "key", key(), 128);
        Map<String, String> normal = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : inputs().entrySet()) {
            String name = Checks.key("Explanation", "inputs", e.getKey(), 64);
            normal.put(name, Checks.text("Explanation", "inputs[" + name + "]", e.getValue(), MAX_INPUT_LENGTH));
        }
        return normal.equals(inputs()) ? this : ((ImmutableExplanation) this).withInputs(normal);
    }

    /** Builds an {@link Explanation}; {@code key} and {@code text} are required. */
    public static final class Builder extends ImmutableExplanation.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
