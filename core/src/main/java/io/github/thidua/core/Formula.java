package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A criterion scored by an arithmetic expression over named inputs, such as {@code min(max, actual
 * / target * max)}.
 *
 * <p>Its {@link #kindName()} is {@code formula}. The expression is kept as text here; it is parsed
 * and evaluated by the scoring module. Input names are unique identifiers. A formula that reads a
 * unit's pledged target names the {@linkplain #indicator() indicator} the target is pledged for.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Formula share = Formula.builder()
 *         .expression("min(max, actual / target * max)")
 *         .addInputs("actual", "target")
 *         .indicator(Id.of("hoi-vien-moi"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Formula implements CriterionKind {

    /** The longest expression accepted. */
    public static final int MAX_EXPRESSION_LENGTH = 2000;

    private static final Pattern INPUT = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,63}");

    Formula() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the expression.
     *
     * @return the expression, NFC-normalised and stripped, 1 to 2000 characters
     */
    public abstract String expression();

    /**
     * Returns the names of the inputs the expression reads, in the order given.
     *
     * @return unique names matching {@code [a-zA-Z_][a-zA-Z0-9_]*}, at most 64 characters each
     */
    public abstract List<String> inputs();

    /**
     * Returns the indicator whose pledged targets the formula reads as {@code target}.
     *
     * @return the indicator, if the formula reads targets
     */
    public abstract Optional<Id> indicator();

    /** Returns {@code formula}. */
    @Override
    public final String kindName() {
        return "formula";
    }

    /** Returns "công thức" / "formula". */
    @Override
    public final Text label() {
        return Text.of("công thức", "formula");
    }

    @Value.Check
    final Formula check() {
        String expression = Checks.text("Formula", "expression", expression(), MAX_EXPRESSION_LENGTH);
        for (int i = 0; i < inputs().size(); i++) {
            Checks.matches(
                    "Formula",
                    "inputs[" + i + "]",
                    inputs().get(i),
                    INPUT,
                    Text.of(
                            "tên gồm chữ ASCII, số, _ (không bắt đầu bằng số), tối đa 64 ký tự",
                            "a name of ASCII letters, digits and _, not starting with a digit, at most 64 characters"));
        }
        Checks.unique("Formula", "inputs", inputs(), s -> s, "");
        return expression.equals(expression()) ? this : ((ImmutableFormula) this).withExpression(expression);
    }

    /** Builds a {@link Formula}; the expression is required. */
    public static final class Builder extends ImmutableFormula.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
