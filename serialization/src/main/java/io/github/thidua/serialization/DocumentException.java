package io.github.thidua.serialization;

import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import java.util.Optional;

/**
 * A document could not be read: a syntax error, a wrong type, a missing, unknown or duplicate
 * field, a value out of range, a limit exceeded or a rule of the domain broken. It carries where
 * (a JSON Pointer such as {@code /body/members/2/id}, and the line and column), the bad value
 * and what was expected, in Vietnamese and English.
 *
 * <pre>{@code
 * /body/members/2/id (line 14, column 15): repeats members[0]; value: phu-tho; allowed: each value once.
 * }</pre>
 *
 * <p>Nothing is returned when it is thrown: a document is read whole or not at all.
 */
public class DocumentException extends ThiDuaException {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final int line;
    private final int column;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param pointer the JSON Pointer of the bad part ({@code ""} for the whole document), not null
     * @param line the 1-based line, or -1 when unknown
     * @param column the 1-based column, or -1 when unknown
     * @param value the bad value as shown, or null
     * @param problem what was wrong and what was expected, not null
     * @param cause the underlying exception, or null
     */
    public DocumentException(String pointer, int line, int column, String value, Text problem, Throwable cause) {
        super(render(pointer, line, column, problem), cause);
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.value = value;
    }

    /**
     * Returns where in the document: a JSON Pointer.
     *
     * @return the pointer, {@code ""} for the whole document
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the 1-based line of the bad part.
     *
     * @return the line, or -1 when unknown (an upgraded document)
     */
    public int line() {
        return line;
    }

    /**
     * Returns the 1-based column of the bad part.
     *
     * @return the column, or -1 when unknown
     */
    public int column() {
        return column;
    }

    /**
     * Returns the bad value, as shown in the message.
     *
     * @return the value, if one was found
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    private static Text render(String pointer, int line, int column, Text problem) {
        String where = pointer.isEmpty() ? "/" : pointer;
        String at = line > 0 ? " (dòng " + line + ", cột " + column + ")" : "";
        String atEn = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return Text.of(where + at + ": " + problem.vi(), where + atEn + ": " + problem.en());
    }
}
