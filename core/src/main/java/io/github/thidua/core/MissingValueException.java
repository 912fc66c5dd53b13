package io.github.thidua.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value could not be built because a required field was not given, or was given as {@code
 * null}.
 *
 * <pre>{@code
 * Cluster.name: missing; allowed: a value.
 * Cluster.name: thiếu giá trị; cho phép: một giá trị.
 * }</pre>
 */
public class MissingValueException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private static final Pattern NOT_SET =
            Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

    /**
     * Creates the exception for one missing field.
     *
     * @param type the type being built, not null
     * @param field the missing field, not null
     */
    public MissingValueException(String type, String field) {
        super(type, field, null, Text.of("thiếu giá trị", "missing"), Text.of("một giá trị", "a value"));
    }

    /**
     * Creates the exception from the report of a generated builder ("Cannot build X, some of
     * required attributes are not set [a, b]") or from the name of a null argument.
     *
     * @param report the generated report or the name of the null field, not null
     */
    public MissingValueException(String report) {
        this(typeOf(report), fieldOf(report));
    }

    private static String typeOf(String report) {
        Matcher m = NOT_SET.matcher(String.valueOf(report));
        if (m.matches()) {
            return m.group(1);
        }
        // A generated builder reports a null by the field name alone; its own class names the type.
        return StackWalker.getInstance()
                .walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                        .map(MissingValueException::generatedType)
                        .filter(t -> !t.isEmpty())
                        .findFirst())
                .orElse("value");
    }

    private static String generatedType(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        String outer = nested < 0 ? simple : simple.substring(0, nested);
        return outer.startsWith("Immutable") && outer.length() > "Immutable".length()
                ? outer.substring("Immutable".length())
                : "";
    }

    private static String fieldOf(String report) {
        Matcher m = NOT_SET.matcher(String.valueOf(report));
        return m.matches() ? m.group(2) : String.valueOf(report);
    }
}
