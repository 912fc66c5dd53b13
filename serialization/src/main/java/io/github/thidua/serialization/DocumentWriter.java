package io.github.thidua.serialization;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a list document ({@code assessments}, {@code ballots}, {@code covenants}) one element at
 * a time, without holding the list: the counterpart of {@link DocumentReader}. Made by {@link
 * Documents#streamWriter(DocumentKind, OutputStream)}; closing it ends the document.
 *
 * <pre>{@code
 * try (DocumentWriter<AssessmentSheet> out = Documents.json().streamWriter(DocumentKind.ASSESSMENTS, stream)) {
 *     for (AssessmentSheet sheet : sheets) {
 *         out.write(sheet);
 *     }
 * }
 * }</pre>
 *
 * <p>The text is exactly what {@link Documents#write(DocumentKind, Object, OutputStream)} writes
 * for the same elements as one list, {@code kind} and {@code version} first. Not thread-safe: one
 * thread writes. The stream is flushed when the writer is closed, and left open, as {@code write}
 * leaves it.
 *
 * @param <E> the type of the elements, such as {@code AssessmentSheet}
 */
public final class DocumentWriter<E> implements AutoCloseable {

    private final DocumentKind kind;
    private final Class<?> type;
    private final JsonGenerator generator;
    private final ObjectWriter elements;
    private long count;
    private boolean closed;

    private DocumentWriter(DocumentKind kind, Class<?> type, JsonGenerator generator, ObjectWriter elements) {
        this.kind = kind;
        this.type = type;
        this.generator = generator;
        this.elements = elements;
    }

    static <E> DocumentWriter<E> open(DocumentKind kind, ObjectMapper mapper, OutputStream out) {
        Class<?> type = kind.elementType().orElseThrow();
        // A flush after each element would cost a system call per element.
        ObjectWriter writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        try {
            JsonGenerator g = writer.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("kind", kind.documentName());
            g.writeNumberField("version", kind.currentVersion());
            g.writeFieldName("body");
            g.writeStartArray();
            return new DocumentWriter<>(kind, type, g, writer.forType(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one element of the body.
     *
     * @param element the element, of the kind's {@linkplain DocumentKind#elementType() element
     *     type}; not null
     * @throws ValidationException if the element is of another type
     * @throws IllegalStateException if the writer is closed
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(E element) {
        requireNonNull(element, "element");
        if (closed) {
            throw new IllegalStateException("the writer of '" + kind.documentName() + "' documents is closed");
        }
        if (!type.isInstance(element)) {
            throw ValidationException.invalid(
                    "DocumentWriter",
                    "element",
                    element.getClass().getSimpleName(),
                    Text.of(
                            "phần tử không đúng loại của tài liệu '" + kind.documentName() + "'",
                            "an element of the wrong type for '" + kind.documentName() + "' documents"),
                    Text.of(type.getSimpleName(), type.getSimpleName()));
        }
        try {
            elements.writeValue(generator, element);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns how many elements have been written.
     *
     * @return the count, from 0
     */
    public long count() {
        return count;
    }

    /**
     * Ends the body and the document and flushes the stream, leaving it open. Closing twice does
     * nothing.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (JsonGenerator g = generator) {
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
