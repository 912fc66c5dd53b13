package io.github.thidua.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.thidua.core.Text;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads the elements of a list document ({@code assessments}, {@code ballots}, {@code
 * covenants}) one at a time, without holding the document: memory stays that of one element
 * however long the body is. Made by {@link Documents#stream(DocumentKind, java.nio.file.Path)}.
 *
 * <pre>{@code
 * try (DocumentReader<AssessmentSheet> sheets = Documents.json().stream(DocumentKind.ASSESSMENTS, file)) {
 *     while (sheets.hasNext()) {
 *         AssessmentSheet sheet = sheets.next();
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>The guarantees of {@link Documents#read(DocumentKind, java.nio.file.Path)} hold element by
 * element: the envelope is checked before the first element (kind, version, no other field),
 * duplicate keys and unknown fields are refused, every element is checked by the rules of the
 * domain as it is built, and every problem is a {@link DocumentException} with the JSON Pointer
 * into the whole document ({@code /body/12345/entries/3/criterion}), the line and the column. An
 * element in error is never returned. The limits apply to each element as they apply to a whole
 * document ({@link DocumentLimits}: its size, the depth, strings, numbers, and the elements of
 * every array and object inside it); the body itself may have any number of elements.
 *
 * <p>What streaming cannot promise: the document is read whole <em>or not at all</em>. Elements
 * already returned were valid; a problem further on (a broken element, or a field after the body)
 * is thrown by the {@code hasNext()} or {@code next()} that reaches it. A caller that must act on
 * all or nothing keeps what it read until {@code hasNext()} returns {@code false}.
 *
 * <p>Not thread-safe: one thread reads. Closing the reader releases the file it opened; a stream
 * given by the caller is left open, as {@link Documents#read(DocumentKind, java.io.InputStream)}
 * leaves it.
 *
 * @param <E> the type of the elements, such as {@code AssessmentSheet}
 */
public final class DocumentReader<E> implements Iterator<E>, AutoCloseable {

    private final DocumentKind kind;
    private final ObjectReader elements;
    private final ElementLimits parser;
    private final Closeable owned;
    private long index;
    private boolean ahead;
    private boolean done;
    private boolean closed;
    private DocumentException failure;

    private DocumentReader(DocumentKind kind, ObjectReader elements, ElementLimits parser, Closeable owned) {
        this.kind = kind;
        this.elements = elements;
        this.parser = parser;
        this.owned = owned;
    }

    /**
     * Opens a reader and checks the envelope up to the body's first element.
     *
     * @param owned what closing the reader must also close (the file it opened), or null
     */
    static <E> DocumentReader<E> open(
            DocumentKind kind, ObjectMapper mapper, DocumentLimits limits, JsonParser raw, Closeable owned) {
        Class<?> type = kind.elementType().orElseThrow();
        raw.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        ObjectReader elements = mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        DocumentReader<E> reader =
                new DocumentReader<>(kind, elements, new ElementLimits(YamlRules.of(raw, limits), limits), owned);
        try {
            reader.header();
        } catch (DocumentException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    /** Reads the envelope up to the body's {@code [}: kind and version must come first. */
    private void header() {
        boolean kindSeen = false;
        boolean versionSeen = false;
        try {
            JsonToken t = parser.nextToken();
            if (t != JsonToken.START_OBJECT) {
                JsonLocation at = parser.currentTokenLocation();
                throw Envelope.notAnObject(
                        t == null ? "nothing" : t.name(),
                        t == null ? -1 : at.getLineNr(),
                        t == null ? -1 : at.getColumnNr());
            }
            for (t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                JsonLocation at = parser.currentTokenLocation();
                int line = at.getLineNr();
                int column = at.getColumnNr();
                switch (name) {
                    case "kind" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw Envelope.missingKind(kind, line, column);
                        }
                        if (!parser.getText().equals(kind.documentName())) {
                            throw Envelope.wrongKind(kind, parser.getText(), line, column);
                        }
                        kindSeen = true;
                    }
                    case "version" -> {
                        int version = version(value, line, column);
                        if (version < 0 || version > kind.currentVersion()) {
                            throw Envelope.unknownVersion(kind, version, line, column);
                        }
                        if (version < kind.currentVersion()) {
                            throw notStreamable(version, line, column);
                        }
                        versionSeen = true;
                    }
                    case "body" -> {
                        if (!kindSeen || !versionSeen) {
                            throw bodyFirst(kindSeen ? "version" : "kind", line, column);
                        }
                        if (value == JsonToken.VALUE_NULL) {
                            throw Envelope.missingBody(line, column);
                        }
                        if (value != JsonToken.START_ARRAY) {
                            throw notAList(value, line, column);
                        }
                        return;
                    }
                    default -> throw Envelope.unknownField(name, line, column);
                }
            }
            JsonLocation at = parser.currentTokenLocation();
            if (!kindSeen) {
                throw Envelope.missingKind(kind, at.getLineNr(), at.getColumnNr());
            }
            if (!versionSeen) {
                throw Envelope.missingVersion(at.getLineNr(), at.getColumnNr());
            }
            throw Envelope.missingBody(at.getLineNr(), at.getColumnNr());
        } catch (IOException e) {
            throw problem(e, "");
        }
    }

    // A whole number that fits an int, as the whole-document reader takes it (1 and 1.0 alike).
    private int version(JsonToken value, int line, int column) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        if (value == JsonToken.VALUE_NUMBER_FLOAT) {
            try {
                return parser.getDecimalValue().intValueExact();
            } catch (ArithmeticException e) {
                throw Envelope.missingVersion(line, column);
            }
        }
        throw Envelope.missingVersion(line, column);
    }

    /**
     * Tells whether the body has another element. At the end of the body it reads the rest of the
     * document, which must hold no other field and nothing after it.
     *
     * @return true when {@link #next()} will read an element
     * @throws DocumentException if the document is broken before the next element or after the
     *     body
     * @throws IllegalStateException if the reader was closed before the end
     */
    @Override
    public boolean hasNext() {
        if (failure != null) {
            throw failure;
        }
        if (done) {
            return false;
        }
        if (closed) {
            throw new IllegalStateException("the reader of '" + kind.documentName() + "' documents is closed");
        }
        if (ahead) {
            return true;
        }
        try {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                trailer();
                done = true;
                close();
                return false;
            }
            ahead = true;
            return true;
        } catch (IOException e) {
            throw fail(problem(e, "/body/" + index));
        } catch (DocumentException e) {
            throw fail(e);
        }
    }

    /**
     * Reads the next element of the body, checked by the rules of the domain.
     *
     * @return the element, never null
     * @throws NoSuchElementException if the body has no more elements
     * @throws DocumentException if the element is malformed, over a limit or breaks a rule of the
     *     domain; the reader fails from then on
     */
    @Override
    public E next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more elements in the '" + kind.documentName() + "' document");
        }
        ahead = false;
        String pointer = "/body/" + index;
        try {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                JsonLocation at = parser.currentTokenLocation();
                throw fail(Envelope.missing(
                        pointer,
                        at.getLineNr(),
                        at.getColumnNr(),
                        "một phần tử, không phải null",
                        "an element, not null"));
            }
            parser.elementStarts();
            E element = elements.readValue(parser);
            index++;
            return element;
        } catch (IOException | RuntimeException e) {
            throw fail(problem(e, pointer));
        }
    }

    /**
     * Returns how many elements {@link #next()} has returned.
     *
     * @return the count, from 0; also the index of the next element in the body
     */
    public long count() {
        return index;
    }

    /**
     * Releases the file the reader opened, if any; the reader reads nothing more. Closing twice
     * does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            parser.close();
            if (owned != null) {
                owned.close();
            }
        } catch (IOException e) {
            // Nothing was written: a failure to release a read handle loses no data.
        }
    }

    // After the body's "]": no other field, the envelope's end, then nothing.
    private void trailer() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            // "kind" and "version" again are duplicate keys, which the parser refuses itself.
            throw Envelope.unknownField(name, at.getLineNr(), at.getColumnNr());
        }
        t = parser.nextToken();
        if (t != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw Envelope.trailing(t.asString() == null ? t.name() : t.asString(), at.getLineNr(), at.getColumnNr());
        }
    }

    private DocumentException fail(DocumentException e) {
        failure = e;
        close();
        return e;
    }

    // Jackson wraps what the parser refuses (a limit, a syntax error, a duplicate key) in mapping
    // exceptions on its way out of the deserialisers: report the parser's own problem, where the
    // parser stood.
    private DocumentException problem(Exception e, String pointer) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal.problem();
            }
            if (t instanceof DocumentException d) {
                return d;
            }
            if (t instanceof StreamConstraintsException c) {
                JsonLocation at = parser.currentTokenLocation();
                String where = parser.getParsingContext().pathAsPointer().toString();
                String message = String.valueOf(c.getOriginalMessage());
                return new DocumentException(
                        where,
                        at.getLineNr(),
                        at.getColumnNr(),
                        null,
                        Text.of("vượt giới hạn: " + message, "exceeds a limit: " + message),
                        c);
            }
            if (t instanceof JsonParseException p) {
                return Documents.Problems.of(p, pointer);
            }
            if (t instanceof NumberFormatException n) {
                return Documents.Problems.number(n, parser);
            }
        }
        return Documents.Problems.of(e, pointer);
    }

    private DocumentException bodyFirst(String field, int line, int column) {
        return new DocumentException(
                "/body",
                line,
                column,
                null,
                Text.of(
                        "'body' đứng trước '" + field + "': khi đọc từng phần tử, 'kind' và 'version' phải đứng trước"
                                + " 'body' (như Documents ghi); hãy sắp lại tài liệu hoặc đọc cả tài liệu bằng read",
                        "'body' comes before '" + field + "': to be read element by element, a document gives 'kind'"
                                + " and 'version' before 'body' (as Documents writes them); reorder the document or"
                                + " read it whole with read"),
                null);
    }

    private DocumentException notStreamable(int version, int line, int column) {
        return new DocumentException(
                "/version",
                line,
                column,
                String.valueOf(version),
                Text.of(
                        "phiên bản " + version + " của tài liệu '" + kind.documentName()
                                + "' phải được nâng cấp cả tài liệu, không đọc từng phần tử được; cho phép: phiên bản "
                                + kind.currentVersion() + ", hoặc đọc cả tài liệu bằng read",
                        "version " + version + " of '" + kind.documentName()
                                + "' documents is upgraded as a whole and cannot be read element by element;"
                                + " allowed: version " + kind.currentVersion() + ", or read it whole with read"),
                null);
    }

    private DocumentException notAList(JsonToken found, int line, int column) {
        String type = kind.elementType().orElseThrow().getSimpleName();
        return new DocumentException(
                "/body",
                line,
                column,
                found.name(),
                Text.of(
                        "giá trị không hợp lệ: nội dung tài liệu '" + kind.documentName() + "' là một mảng " + type
                                + ", không phải " + found,
                        "invalid value: the body of '" + kind.documentName() + "' documents is an array of " + type
                                + ", not " + found),
                null);
    }
}
