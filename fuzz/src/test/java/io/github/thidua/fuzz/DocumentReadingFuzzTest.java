package io.github.thidua.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.DocumentReader;
import io.github.thidua.serialization.Documents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Fuzz target for document reading: arbitrary bytes read as every {@link DocumentKind}, in JSON and
 * YAML, whole and (for list kinds) through the streaming reader.
 *
 * <p>The first byte of the input chooses the kind ({@code b % 7}), the format ({@code (b / 7) % 2})
 * and whether list kinds are streamed ({@code (b / 14) % 2}); the rest is the document. The only
 * exceptions allowed are {@link ThiDuaException} and its subclasses ({@code DocumentException},
 * {@code ValidationException}); anything else escapes and Jazzer reports it as a finding. A
 * document the library did read must also be written again and read back without any exception.
 *
 * <p>Seeds: {@code DocumentReadingFuzzTestInputs/read/} holds the golden documents of the
 * serialization module, each behind the byte that selects its kind and format.
 */
class DocumentReadingFuzzTest {

    private static final DocumentKind[] KINDS = DocumentKind.values();
    private static final Documents JSON = Documents.json();
    private static final Documents YAML = Documents.yaml();

    @FuzzTest(maxDuration = "10m")
    void read(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int selector = input[0] & 0xFF;
        DocumentKind kind = KINDS[selector % KINDS.length];
        Documents documents = (selector / KINDS.length) % 2 == 0 ? JSON : YAML;
        boolean streamed = (selector / (2 * KINDS.length)) % 2 == 1;
        byte[] document = Arrays.copyOfRange(input, 1, input.length);

        Object body;
        try {
            if (streamed && kind.elementType().isPresent()) {
                body = readStreamed(documents, kind, document);
                if (body == null) {
                    return;
                }
            } else {
                body = documents.read(kind, new ByteArrayInputStream(document));
            }
        } catch (ThiDuaException expected) {
            return;
        }
        // Read: what the library wrote must read again, in the same format, without any exception.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.write(kind, body, out);
        documents.read(kind, new ByteArrayInputStream(out.toByteArray()));
    }

    /** Streams the elements; returns null as the streamed list is not kept (memory is per element). */
    private static Object readStreamed(Documents documents, DocumentKind kind, byte[] document) {
        try (DocumentReader<Object> reader = documents.stream(kind, new ByteArrayInputStream(document))) {
            while (reader.hasNext()) {
                reader.next();
            }
            reader.count();
        }
        return null;
    }
}
