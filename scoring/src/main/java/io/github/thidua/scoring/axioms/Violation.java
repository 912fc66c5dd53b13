package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.core.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link Axiom} failed on one input: a stable key naming the kind of failure, a one-line
 * summary and detail lines (the differing numbers, the unit and criterion concerned), in
 * Vietnamese and English.
 *
 * <p>The key lets the shrinker keep a counterexample failing <em>in the same way</em> while it
 * simplifies it: a smaller input that fails with another key (for example because it became
 * invalid) is not taken. Immutable and thread-safe when its cause is.
 *
 * <pre>{@code
 * Violation v = Violation.of(
 *         "caps-respected.criterion",
 *         Text.of("điểm tiêu chí vượt điểm tối đa", "criterion points above the maximum"),
 *         List.of(Text.of("u01: c1 = 11 > 10", "u01: c1 = 11 > 10")));
 * }</pre>
 */
public final class Violation {

    /** The key of a violation that is an exception thrown while checking. */
    public static final String THROWN = "evaluation-failed";

    private final String key;
    private final Text summary;
    private final List<Text> details;
    private final Throwable cause;

    private Violation(String key, Text summary, List<Text> details, Throwable cause) {
        this.key = key;
        this.summary = summary;
        this.details = details;
        this.cause = cause;
    }

    /**
     * Returns a violation.
     *
     * @param key the stable kind of failure, such as {@code order-independence.result}; not blank
     * @param summary what is wrong, in one sentence, not null
     * @param details the supporting lines, such as the differing numbers; not null, no null element
     * @return the violation
     * @throws ValidationException if the key is blank
     */
    public static Violation of(String key, Text summary, List<Text> details) {
        requireNonNull(key, "key");
        requireNonNull(summary, "summary");
        requireNonNull(details, "details");
        if (key.isBlank()) {
            throw ValidationException.invalid(
                    "Violation",
                    "key",
                    key,
                    Text.of("khóa trống", "a blank key"),
                    Text.of(
                            "một khóa ổn định, như order-independence.result",
                            "a stable key, such as order-independence.result"));
        }
        return new Violation(key, summary, List.copyOf(details), null);
    }

    /**
     * Returns a violation without detail lines.
     *
     * @param key the stable kind of failure, not blank
     * @param summary what is wrong, not null
     * @return the violation
     */
    public static Violation of(String key, Text summary) {
        return of(key, summary, List.of());
    }

    /**
     * Returns the violation that an exception thrown while checking amounts to: the evaluation of
     * a valid input failed. Its key is {@link #THROWN} followed by the exception's simple class
     * name, such as {@code evaluation-failed:EvaluationException}.
     *
     * @param thrown the exception, not null
     * @return the violation, with the exception as its {@link #cause()}
     */
    public static Violation thrown(Throwable thrown) {
        requireNonNull(thrown, "thrown");
        String vi = thrown instanceof ThiDuaException t ? t.getMessage(Text.VIETNAMESE) : String.valueOf(thrown);
        String en = thrown instanceof ThiDuaException t ? t.getMessage(Locale.ENGLISH) : String.valueOf(thrown);
        return new Violation(
                THROWN + ":" + thrown.getClass().getSimpleName(),
                Text.of(
                        "Chấm điểm một đầu vào hợp lệ thất bại: " + firstLine(vi),
                        "Evaluating a valid input failed: " + firstLine(en)),
                List.of(Text.of(thrown.getClass().getName(), thrown.getClass().getName())),
                thrown);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * Returns the stable kind of failure.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * Returns what is wrong, in one sentence.
     *
     * @return the summary
     */
    public Text summary() {
        return summary;
    }

    /**
     * Returns the supporting lines.
     *
     * @return the details, in order; possibly none
     */
    public List<Text> details() {
        return details;
    }

    /**
     * Returns the exception this violation stands for.
     *
     * @return the exception, if the check threw one
     */
    public Optional<Throwable> cause() {
        return Optional.ofNullable(cause);
    }

    /**
     * Renders the summary and the details, one per line, details indented by two spaces.
     *
     * @param locale the reader's locale, not null
     * @return the text, without a trailing line break
     */
    public String render(Locale locale) {
        requireNonNull(locale, "locale");
        StringBuilder out = new StringBuilder(summary.in(locale));
        for (Text line : details) {
            out.append("\n  ").append(line.in(locale));
        }
        return out.toString();
    }

    /**
     * Tells whether another violation has the same key, summary and details.
     *
     * @param o the object to compare with
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && key.equals(v.key) && summary.equals(v.summary) && details.equals(v.details);
    }

    /**
     * Returns a hash of the key, summary and details.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(key, summary, details);
    }

    /**
     * Returns the key and the English rendering.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return key + ": " + render(Locale.ENGLISH);
    }
}
