package io.github.thidua.serialization.scenario;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.serialization.DocumentException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A scenario file, or a document it names, could not be read or evaluated: a {@link
 * DocumentException} that also names the file.
 *
 * <pre>{@code
 * data/1-cum-2-2023/scenario.yaml: /body/expect/2 (line 14, column 7): unknown field 'rnak'; allowed: ...
 * }</pre>
 */
public class ScenarioFileException extends DocumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final Text text;

    /**
     * Creates the exception.
     *
     * @param file the file, not null
     * @param pointer the JSON Pointer of the bad part ({@code ""} for the whole file), not null
     * @param line the 1-based line, or -1 when unknown
     * @param column the 1-based column, or -1 when unknown
     * @param value the bad value as shown, or null
     * @param problem what was wrong and what was expected, not null
     * @param cause the underlying exception, or null
     */
    public ScenarioFileException(
            Path file, String pointer, int line, int column, String value, Text problem, Throwable cause) {
        super(pointer, line, column, value, problem, cause);
        this.file = requireNonNull(file, "file");
        Text where = super.text();
        this.text = Text.of(file + ": " + where.vi(), file + ": " + where.en());
    }

    /**
     * Names the file a {@link DocumentException} came from.
     *
     * @param file the file, not null
     * @param e the exception, not null
     * @return the exception with the file
     */
    public static ScenarioFileException of(Path file, DocumentException e) {
        requireNonNull(e, "e");
        if (e instanceof ScenarioFileException s) {
            return s;
        }
        return new ScenarioFileException(
                file, e.pointer(), e.line(), e.column(), e.value().orElse(null), problemOf(e), e);
    }

    /**
     * Returns the file.
     *
     * @return the file
     */
    public Path file() {
        return file;
    }

    @Override
    public Text text() {
        return text;
    }

    @Override
    public String getMessage() {
        return text.en();
    }

    @Override
    public String getMessage(Locale locale) {
        return text.in(locale);
    }

    // A DocumentException's text starts with where it happened; the new one says it again.
    private static Text problemOf(DocumentException e) {
        String where = e.pointer().isEmpty() ? "/" : e.pointer();
        String vi = e.text().vi();
        String en = e.text().en();
        String atVi = where + (e.line() > 0 ? " (dòng " + e.line() + ", cột " + e.column() + ")" : "") + ": ";
        String atEn = where + (e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")" : "") + ": ";
        return Text.of(
                vi.startsWith(atVi) ? vi.substring(atVi.length()) : vi,
                en.startsWith(atEn) ? en.substring(atEn.length()) : en);
    }
}
