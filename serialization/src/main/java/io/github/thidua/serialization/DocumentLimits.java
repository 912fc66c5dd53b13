package io.github.thidua.serialization;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;

/**
 * The limits a reader enforces before it trusts a document: its size, nesting depth, the length
 * of a string and of a number, and the number of elements in one array or object.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Documents.json().withLimits(DocumentLimits.defaults().withMaxBytes(1 << 20));
 * }</pre>
 *
 * @param maxBytes the largest document, in bytes
 * @param maxDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxElements the most elements in one array or object
 */
public record DocumentLimits(long maxBytes, int maxDepth, int maxStringLength, int maxNumberLength, int maxElements) {

    /**
     * Checks that every limit is positive.
     *
     * @throws ValidationException if one is not
     */
    public DocumentLimits {
        positive("maxBytes", maxBytes);
        positive("maxDepth", maxDepth);
        positive("maxStringLength", maxStringLength);
        positive("maxNumberLength", maxNumberLength);
        positive("maxElements", maxElements);
    }

    /**
     * Returns limits that fit real clusters with room to spare: 64 MiB, depth 64, strings of
     * 100,000 characters, numbers of 64 characters, 1,000,000 elements.
     *
     * @return the default limits
     */
    public static DocumentLimits defaults() {
        return new DocumentLimits(64L << 20, 64, 100_000, 64, 1_000_000);
    }

    /**
     * Returns these limits with another size limit.
     *
     * @param bytes the largest document, in bytes, 1 or more
     * @return the new limits
     */
    public DocumentLimits withMaxBytes(long bytes) {
        return new DocumentLimits(bytes, maxDepth, maxStringLength, maxNumberLength, maxElements);
    }

    /**
     * Returns these limits with another depth limit.
     *
     * @param depth the deepest nesting, 1 or more
     * @return the new limits
     */
    public DocumentLimits withMaxDepth(int depth) {
        return new DocumentLimits(maxBytes, depth, maxStringLength, maxNumberLength, maxElements);
    }

    /**
     * Returns these limits with another element limit.
     *
     * @param elements the most elements in one array or object, 1 or more
     * @return the new limits
     */
    public DocumentLimits withMaxElements(int elements) {
        return new DocumentLimits(maxBytes, maxDepth, maxStringLength, maxNumberLength, elements);
    }

    private static void positive(String field, long value) {
        if (value < 1) {
            throw ValidationException.invalid(
                    "DocumentLimits",
                    field,
                    value,
                    Text.of("giới hạn không dương", "not a positive limit"),
                    Text.of("từ 1 trở lên", "1 or more"));
        }
    }
}
