package io.github.thidua.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.thidua.core.Text;
import io.github.thidua.serialization.DocumentException;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.DocumentLimits;
import io.github.thidua.serialization.DocumentReader;
import io.github.thidua.serialization.Documents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads document files for the tool and turns every problem into one line {@code
 * file:line:column: pointer: message}, the shape compilers use, so editors can jump to it.
 */
final class DocumentFiles {

    private DocumentFiles() {}

    /**
     * Reads a document of a known kind.
     *
     * @throws CliException with {@link Cli#INPUT} when the file cannot be read or is invalid
     */
    static <T> T read(DocumentKind kind, Path file) {
        byte[] bytes = bytes(file);
        try {
            return Documents.forFile(file).read(kind, new ByteArrayInputStream(bytes));
        } catch (DocumentException e) {
            throw new CliException(Cli.INPUT, line(file, bytes, e), e);
        }
    }

    /**
     * Opens a file for reading as a stream; the caller closes it.
     *
     * @throws CliException with {@link Cli#INPUT} when the file cannot be opened
     */
    static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new CliException(Cli.INPUT, Text.of(file + ": không có tệp này", file + ": no such file"), e);
        } catch (IOException e) {
            throw new CliException(
                    Cli.INPUT,
                    Text.of(
                            file + ": không đọc được tệp: " + e.getMessage(),
                            file + ": cannot read the file: " + e.getMessage()),
                    e);
        }
    }

    /**
     * Starts reading a list document element by element from a stream opened on {@code file}.
     *
     * @throws CliException with {@link Cli#INPUT} when the envelope is invalid
     */
    static <E> DocumentReader<E> stream(DocumentKind kind, Path file, InputStream in) {
        try {
            return Documents.forFile(file).stream(kind, in);
        } catch (DocumentException e) {
            throw streamed(file, e);
        }
    }

    /**
     * A problem found while streaming a file, as {@code file:line:column: pointer: message}. The
     * position is the library's own (where the parser stood): a file streamed because it is large
     * is not read a second time to find where the value starts.
     */
    static CliException streamed(Path file, DocumentException e) {
        int line = e.line() > 0 ? e.line() : 1;
        int column = e.line() > 0 ? e.column() : 1;
        String pointer = e.pointer().isEmpty() ? "/" : e.pointer();
        String where = file + ":" + line + ":" + column + ": " + pointer + ": ";
        return new CliException(Cli.INPUT, Text.of(where + problem(e, true), where + problem(e, false)), e);
    }

    /** What {@code validate} found in one file: its kind (if known) and every problem. */
    record Validation(DocumentKind kind, List<Text> problems) {}

    /**
     * Checks a document of whatever kind its {@code kind} field names: first every violation of
     * the kind's JSON Schema, all listed; when the shape is right, the library's reader, which
     * also checks the rules of the domain.
     *
     * @return the kind and the problems, none when the document is valid
     * @throws CliException with {@link Cli#INPUT} when the file cannot be read
     */
    static Validation check(Path file) {
        byte[] bytes = bytes(file);
        Documents documents = Documents.forFile(file);
        DocumentKind kind;
        try {
            kind = kind(documents, bytes);
        } catch (DocumentException e) {
            return new Validation(null, List.of(line(file, bytes, e)));
        }
        JsonNode tree;
        try {
            tree = documents.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("the document was parsed once already", e);
        }
        List<SchemaCheck.Violation> violations = SchemaCheck.violations(kind, tree);
        if (!violations.isEmpty()) {
            List<Text> problems = new ArrayList<>();
            for (SchemaCheck.Violation v : violations) {
                int[] at = find(documents, bytes, v.pointer());
                String where = file + ":" + (at == null ? 1 : at[0]) + ":" + (at == null ? 1 : at[1]) + ": "
                        + v.pointer() + ": ";
                problems.add(Text.of(where + "sai lược đồ: " + v.message(), where + "schema: " + v.message()));
            }
            return new Validation(kind, problems);
        }
        try {
            documents.read(kind, new ByteArrayInputStream(bytes));
            return new Validation(kind, List.of());
        } catch (DocumentException e) {
            return new Validation(kind, List.of(line(file, bytes, e)));
        }
    }

    // Peeks the kind with a plain tree read, so the library reads the document as that kind and
    // reports its own errors; anything the tree read refuses, the library refuses the same way.
    private static DocumentKind kind(Documents documents, byte[] bytes) {
        JsonNode root;
        try {
            root = documents.mapper().readTree(bytes);
        } catch (IOException e) {
            documents.read(DocumentKind.CLUSTER, new ByteArrayInputStream(bytes));
            throw new DocumentException("", -1, -1, null, Text.of("không đọc được", "cannot be read"), e);
        }
        JsonNode kindNode = root == null || !root.isObject() ? null : root.get("kind");
        if (kindNode == null) {
            // Not an object, or no kind: the library says which, as for any expected kind.
            documents.read(DocumentKind.CLUSTER, new ByteArrayInputStream(bytes));
            throw new IllegalStateException("the library read a document without a kind");
        }
        String name = kindNode.isTextual() ? kindNode.asText() : kindNode.toString();
        Optional<DocumentKind> kind = DocumentKind.byName(name);
        if (kind.isEmpty()) {
            String allowed = Arrays.stream(DocumentKind.values())
                    .map(DocumentKind::documentName)
                    .collect(Collectors.joining(", "));
            throw new DocumentException(
                    "/kind",
                    -1,
                    -1,
                    name,
                    Text.of(
                            "loại tài liệu không xác định '" + name + "'; cho phép: " + allowed,
                            "unknown document kind '" + name + "'; allowed: " + allowed),
                    null);
        }
        return kind.get();
    }

    private static byte[] bytes(Path file) {
        // One byte over the limit is enough for the library to refuse the document by its size.
        long limit = DocumentLimits.defaults().maxBytes() + 1;
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
        } catch (NoSuchFileException e) {
            throw new CliException(Cli.INPUT, Text.of(file + ": không có tệp này", file + ": no such file"), e);
        } catch (IOException e) {
            throw new CliException(
                    Cli.INPUT,
                    Text.of(
                            file + ": không đọc được tệp: " + e.getMessage(),
                            file + ": cannot read the file: " + e.getMessage()),
                    e);
        }
    }

    /**
     * Renders a document problem as {@code file:line:column: pointer: message} in both languages.
     * The position is that of the value the pointer names when the document parses: the library's
     * own position is where the parser stood when the value was refused, often the end of the
     * enclosing object. Otherwise the library's position, else the nearest ancestor; the whole
     * document is at 1:1.
     */
    static Text line(Path file, byte[] bytes, DocumentException e) {
        Documents documents = Documents.forFile(file);
        int[] at = find(documents, bytes, e.pointer());
        if (at == null && e.line() > 0) {
            at = new int[] {e.line(), e.column()};
        }
        for (String p = e.pointer(); at == null && !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            at = find(documents, bytes, p.substring(0, p.lastIndexOf('/')));
        }
        if (at == null) {
            at = new int[] {1, 1};
        }
        String pointer = e.pointer().isEmpty() ? "/" : e.pointer();
        String where = file + ":" + at[0] + ":" + at[1] + ": " + pointer + ": ";
        return Text.of(where + problem(e, true), where + problem(e, false));
    }

    // DocumentException's message starts with its own "pointer (line, column): "; the line above
    // puts those first, so only the problem itself is kept.
    private static String problem(DocumentException e, boolean vi) {
        String message = vi ? e.text().vi() : e.text().en();
        String where = e.pointer().isEmpty() ? "/" : e.pointer();
        String at = e.line() > 0
                ? (vi
                        ? " (dòng " + e.line() + ", cột " + e.column() + ")"
                        : " (line " + e.line() + ", column " + e.column() + ")")
                : "";
        String prefix = where + at + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    // The line and column where the value a JSON Pointer names starts (its key, for a member), or
    // null when the pointer is not in the document or the document does not parse to the end.
    private static int[] find(Documents documents, byte[] bytes, String pointer) {
        if (pointer.isEmpty()) {
            return null;
        }
        int[] found = null;
        try (JsonParser parser = documents.mapper().getFactory().createParser(bytes)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (found == null
                        && parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                    found = new int[] {
                        parser.currentTokenLocation().getLineNr(),
                        parser.currentTokenLocation().getColumnNr()
                    };
                }
            }
        } catch (IOException e) {
            return null;
        }
        return found;
    }
}
