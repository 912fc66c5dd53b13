package io.github.thidua.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.thidua.core.Text;
import java.io.IOException;
import java.util.Arrays;

/**
 * A parser that enforces, token by token, the limits the whole-document reader checks on its tree:
 * the elements of each array and object inside a body element ({@link
 * DocumentLimits#maxElements()}) and the size of one element ({@link DocumentLimits#maxBytes()}).
 * The body array itself and the envelope are not counted: a streamed body may be as long as it
 * is.
 *
 * <p>It counts in {@link #nextToken()}, through which {@link TokenCheckingParser} routes every
 * other way of moving on, so no token escapes the count.
 */
final class ElementLimits extends TokenCheckingParser {

    // Depth of open containers: 1 is the envelope, 2 the body array, 3 and more inside an element.
    private static final int BODY = 2;

    private final DocumentLimits limits;
    private int depth;
    private int[] counts = new int[16];
    private boolean[] arrays = new boolean[16];
    private long elementStart = -1;
    private int sinceSizeCheck;

    ElementLimits(JsonParser parser, DocumentLimits limits) {
        super(parser);
        this.limits = limits;
    }

    /** Marks the token the parser stands on as the start of a body element. */
    void elementStarts() {
        elementStart = offset(delegate.currentTokenLocation());
        sinceSizeCheck = 0;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == null) {
            return null;
        }
        switch (t) {
            case START_OBJECT, START_ARRAY -> {
                if (depth > 0 && arrays[depth]) {
                    count();
                }
                push(t == JsonToken.START_ARRAY);
                checkSize();
            }
            case END_OBJECT, END_ARRAY -> {
                depth--;
                checkSize();
                if (depth == BODY) {
                    elementStart = -1;
                }
            }
            case FIELD_NAME -> {
                count();
                if (++sinceSizeCheck >= 64) {
                    checkSize();
                }
            }
            default -> {
                if (depth > 0 && arrays[depth]) {
                    count();
                }
            }
        }
        return t;
    }

    private void push(boolean array) {
        depth++;
        if (depth == counts.length) {
            counts = Arrays.copyOf(counts, depth * 2);
            arrays = Arrays.copyOf(arrays, depth * 2);
        }
        counts[depth] = 0;
        arrays[depth] = array;
    }

    private void count() throws Refusal {
        if (depth > BODY && ++counts[depth] > limits.maxElements()) {
            // The container is named by its parent's path: "/body/3/entries", not ".../entries/7".
            JsonStreamContext here = delegate.getParsingContext();
            JsonStreamContext container = delegate.currentToken().isStructStart() ? here.getParent() : here;
            String pointer = container.getParent().pathAsPointer().toString();
            JsonLocation at = delegate.currentTokenLocation();
            throw new Refusal(Envelope.tooManyElements(
                    pointer,
                    at.getLineNr(),
                    at.getColumnNr(),
                    "more than " + limits.maxElements(),
                    limits.maxElements()));
        }
    }

    private void checkSize() throws Refusal {
        sinceSizeCheck = 0;
        if (depth < BODY || elementStart < 0) {
            return;
        }
        JsonLocation at = delegate.currentLocation();
        long size = offset(at) - elementStart;
        if (size > limits.maxBytes()) {
            // The element is the body array's current entry; the array is at nesting depth 2.
            JsonStreamContext here = delegate.getParsingContext();
            while (here.getNestingDepth() > BODY) {
                here = here.getParent();
            }
            throw new Refusal(new DocumentException(
                    here.pathAsPointer().toString(),
                    at.getLineNr(),
                    at.getColumnNr(),
                    "> " + limits.maxBytes() + " bytes",
                    Text.of(
                            "phần tử lớn hơn giới hạn " + limits.maxBytes() + " byte",
                            "the element is larger than the limit of " + limits.maxBytes() + " bytes"),
                    null));
        }
    }

    // JSON read from bytes knows byte offsets; YAML only knows characters.
    private static long offset(JsonLocation at) {
        return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
    }
}
