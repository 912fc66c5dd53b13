package io.github.thidua.serialization.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.thidua.core.ValidationException;
import java.io.IOException;

/**
 * One JSON object held in memory, so that a polymorphic value can be looked at (its {@code
 * "kind"}, whether it has {@code "children"}) before it is read. Decimals are buffered as {@code
 * BigDecimal}, never as {@code double}, so they stay exact.
 */
final class Buffered {

    private final TokenBuffer buffer;

    private Buffered(TokenBuffer buffer) {
        this.buffer = buffer;
    }

    static Buffered of(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            ctxt.handleUnexpectedToken(type, p);
            throw ctxt.wrongTokenException(p, type, JsonToken.START_OBJECT, "an object is required");
        }
        TokenBuffer buffer = new TokenBuffer(p, ctxt);
        buffer.forceUseOfBigDecimal(true);
        buffer.copyCurrentStructure(p);
        return new Buffered(buffer);
    }

    /** A new parser over the object, standing on its {@code START_OBJECT}. */
    JsonParser parser(JsonParser original) throws IOException {
        JsonParser again = buffer.asParser(original);
        again.nextToken();
        return again;
    }

    /** Whether the object has the property (at its top level). */
    boolean has(String name, JsonParser p) throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String found = p.currentName();
            p.nextToken();
            if (found.equals(name)) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    /** The {@code "kind"} of the object; {@code again} is left where it was. */
    String kind(JsonParser again, DeserializationContext ctxt) throws IOException {
        JsonParser p = buffer.asParser(again);
        p.nextToken();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String found = p.currentName();
            JsonToken value = p.nextToken();
            if (found.equals("kind")) {
                if (value != JsonToken.VALUE_STRING) {
                    throw Failures.at(
                            MismatchedInputException.from(
                                    p, String.class, "The \"kind\" of a rule kind must be a string, not " + value),
                            io.github.thidua.core.CriterionKind.class,
                            "kind");
                }
                return p.getText();
            }
            p.skipChildren();
        }
        throw Failures.at(
                Failures.refused(
                        again,
                        ctxt,
                        io.github.thidua.core.CriterionKind.class,
                        ValidationException.missing("CriterionKind", "kind")),
                io.github.thidua.core.CriterionKind.class,
                "kind");
    }
}
