package io.github.thidua.serialization;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that checks every token in {@link #nextToken()}. Every {@code next...} method of
 * {@link JsonParser} ends there, except {@link #nextValue()} and {@link #skipChildren()}, which a
 * delegate would answer by itself; both are routed through {@code nextToken()} here, so no token
 * escapes the check.
 */
abstract class TokenCheckingParser extends JsonParserDelegate {

    TokenCheckingParser(JsonParser delegate) {
        super(delegate);
    }

    @Override
    public abstract JsonToken nextToken() throws IOException;

    @Override
    public final JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public final JsonParser skipChildren() throws IOException {
        JsonToken t = currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken next = nextToken();
            if (next == null) {
                return this;
            }
            if (next.isStructStart()) {
                open++;
            } else if (next.isStructEnd()) {
                open--;
            }
        }
        return this;
    }
}
