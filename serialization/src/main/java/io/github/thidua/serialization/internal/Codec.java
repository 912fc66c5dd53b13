package io.github.thidua.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.DeserializerFactory;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Points;
import io.github.thidua.core.Vnd;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes and reads one value of a property. Scalars are written by hand, so that their wire form
 * never depends on how the caller configured the mapper (decimals stay exact and plain even
 * without {@code WRITE_BIGDECIMAL_AS_PLAIN}, dates stay ISO-8601 without the java.time module);
 * structured values go through the mapper, and so through the serialisers of this module.
 *
 * @param <V> the type of the value
 */
interface Codec<V> {

    /** Writes a non-null value at the generator's current position. */
    void write(V value, JsonGenerator gen, SerializerProvider provider) throws IOException;

    /** Reads a value; the parser stands on its first token, never on {@code null}. */
    V read(JsonParser p, DeserializationContext ctxt) throws IOException;

    /** Values written and read by the serialisers registered for their type. */
    static <V> Codec<V> of(Class<V> type) {
        return new Codec<>() {
            /** The deserialiser last found, with the configuration it was found for. */
            private volatile Found found;

            @Override
            public void write(V value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                provider.findValueSerializer(type).serialize(value, gen, provider);
            }

            @Override
            @SuppressWarnings("unchecked")
            public V read(JsonParser p, DeserializationContext ctxt) throws IOException {
                // What ctxt.readValue(p, type) does, without finding the deserialiser again for
                // every value: that lookup introspects the type's annotations each time, and
                // cost more than reading a whole assessment. The same configuration and factory
                // (one mapper or reader) always find the same deserialiser.
                Found f = found;
                if (f == null || f.config != ctxt.getConfig() || f.factory != ctxt.getFactory()) {
                    JsonDeserializer<Object> deserializer = ctxt.findRootValueDeserializer(ctxt.constructType(type));
                    if (deserializer == null) {
                        return ctxt.readValue(p, type);
                    }
                    f = new Found(ctxt.getConfig(), ctxt.getFactory(), deserializer);
                    found = f;
                }
                return p.hasToken(JsonToken.VALUE_NULL)
                        ? (V) f.deserializer.getNullValue(ctxt)
                        : (V) f.deserializer.deserialize(p, ctxt);
            }
        };
    }

    /** A deserialiser found for one mapper's (or reader's) configuration and factory. */
    record Found(DeserializationConfig config, DeserializerFactory factory, JsonDeserializer<Object> deserializer) {}

    /** JSON strings. */
    Codec<String> STRING = new Codec<>() {
        @Override
        public void write(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value);
        }

        @Override
        public String read(JsonParser p, DeserializationContext ctxt) throws IOException {
            return text(p, ctxt, String.class);
        }
    };

    /** JSON integers that fit an {@code int}. */
    Codec<Integer> INT = new Codec<>() {
        @Override
        public void write(Integer value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value);
        }

        @Override
        public Integer read(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
            }
            return p.getIntValue();
        }
    };

    /** JSON integers that fit a {@code long}. */
    Codec<Long> LONG = new Codec<>() {
        @Override
        public void write(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value);
        }

        @Override
        public Long read(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Long) ctxt.handleUnexpectedToken(Long.class, p);
            }
            return p.getLongValue();
        }
    };

    /**
     * Text that a document may also give as a bare number or boolean, kept as the exact characters
     * it was written with ({@code 0.70} stays {@code "0.70"}, never passing through {@code double});
     * always written as a JSON string. Objects and arrays are refused, so no typed value slips in.
     */
    Codec<String> SCALAR_TEXT = new Codec<>() {
        @Override
        public void write(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value);
        }

        @Override
        public String read(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            return switch (t) {
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getText();
                default ->
                    throw MismatchedInputException.from(
                            p, String.class, "The value must be text, a number or a boolean, not " + t);
            };
        }
    };

    Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        public void write(Boolean value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
            }
            return t == JsonToken.VALUE_TRUE;
        }
    };

    /**
     * Exact decimals: written as a plain JSON number (never through {@code double}), read from a
     * number with {@link JsonParser#getDecimalValue()} or from a string such as {@code "7.75"}.
     */
    Codec<BigDecimal> DECIMAL = new Codec<>() {
        @Override
        public void write(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.toPlainString());
        }

        @Override
        public BigDecimal read(JsonParser p, DeserializationContext ctxt) throws IOException {
            return decimal(p, ctxt, BigDecimal.class);
        }
    };

    /** Ids as JSON strings. */
    Codec<Id> ID = new Codec<>() {
        @Override
        public void write(Id value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.value());
        }

        @Override
        public Id read(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = text(p, ctxt, Id.class);
            return Failures.domain(p, ctxt, Id.class, () -> Id.of(text));
        }
    };

    /** Names as JSON strings, NFC-normalised on the way in by {@link Name#of(String)}. */
    Codec<Name> NAME = new Codec<>() {
        @Override
        public void write(Name value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.text());
        }

        @Override
        public Name read(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = text(p, ctxt, Name.class);
            return Failures.domain(p, ctxt, Name.class, () -> Name.of(text));
        }
    };

    /** Points as exact plain JSON numbers; a string such as {@code "7.75"} is accepted too. */
    Codec<Points> POINTS = new Codec<>() {
        @Override
        public void write(Points value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.toBigDecimal().toPlainString());
        }

        @Override
        public Points read(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = decimal(p, ctxt, Points.class);
            return Failures.domain(p, ctxt, Points.class, () -> Points.of(value));
        }
    };

    /** Money as a JSON integer of đồng. */
    Codec<Vnd> VND = new Codec<>() {
        @Override
        public void write(Vnd value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.amount());
        }

        @Override
        public Vnd read(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Vnd) ctxt.handleUnexpectedToken(Vnd.class, p);
            }
            long amount = p.getLongValue();
            return Failures.domain(p, ctxt, Vnd.class, () -> Vnd.of(amount));
        }
    };

    /** Dates as ISO-8601 strings ({@code 2023-12-31}). */
    Codec<LocalDate> DATE = new Codec<>() {
        @Override
        public void write(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }

        @Override
        public LocalDate read(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = text(p, ctxt, LocalDate.class);
            LocalDate date = isoDate(text);
            if (date != null) {
                return date;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "not an ISO-8601 date such as 2023-12-31");
            }
        }
    };

    /** Years as JSON integers ({@code 2023}). */
    Codec<Year> YEAR = new Codec<>() {
        @Override
        public void write(Year value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.getValue());
        }

        @Override
        public Year read(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Year) ctxt.handleUnexpectedToken(Year.class, p);
            }
            return Year.of(p.getIntValue());
        }
    };

    /**
     * A map as a JSON object, in the map's own order; read into a {@link LinkedHashMap} in the
     * document's order, refusing a repeated key, with the key in the path of any failure inside.
     * The parser stands on the object's {@code START_OBJECT} or, when the caller has already
     * stepped into it, on its first key.
     */
    static <K, V> Codec<Map<K, V>> mapOf(KeyCodec<K> keys, Codec<V> values) {
        return new Codec<>() {
            @Override
            public void write(Map<K, V> map, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject(map);
                for (Map.Entry<K, V> e : map.entrySet()) {
                    gen.writeFieldName(keys.write(e.getKey()));
                    values.write(e.getValue(), gen, provider);
                }
                gen.writeEndObject();
            }

            @Override
            public Map<K, V> read(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.START_OBJECT) {
                    t = p.nextToken();
                } else if (t != JsonToken.FIELD_NAME) {
                    ctxt.handleUnexpectedToken(Map.class, p);
                    throw ctxt.wrongTokenException(p, Map.class, JsonToken.START_OBJECT, "an object is required");
                }
                Map<K, V> map = new LinkedHashMap<>();
                for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    try {
                        K k = keys.read(key, ctxt);
                        if (map.containsKey(k)) {
                            throw MismatchedInputException.from(p, Map.class, "Repeated key \"" + key + "\"");
                        }
                        if (v == JsonToken.VALUE_NULL) {
                            // Refused here, at its key: the builder would only say "value for key".
                            throw Failures.refused(p, ctxt, Map.class, Failures.nullElement(Map.class));
                        }
                        map.put(k, values.read(p, ctxt));
                    } catch (IOException e) {
                        throw Failures.at(e, map, key);
                    }
                }
                return map;
            }
        };
    }

    /**
     * A value written and read as another, such as a domain type held as a map: {@code from}
     * builds it, and its {@link io.github.thidua.core.ValidationException} becomes the cause of
     * the Jackson exception.
     */
    default <W> Codec<W> as(Class<W> type, Function<W, V> to, Function<V, W> from) {
        Codec<V> inner = this;
        return new Codec<>() {
            @Override
            public void write(W value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                inner.write(to.apply(value), gen, provider);
            }

            @Override
            public W read(JsonParser p, DeserializationContext ctxt) throws IOException {
                V raw = inner.read(p, ctxt);
                return Failures.domain(p, ctxt, type, () -> from.apply(raw));
            }
        };
    }

    static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
        // getEnumConstants() copies the array on every call.
        E[] constants = type.getEnumConstants();
        return new Codec<>() {
            @Override
            public void write(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.name());
            }

            @Override
            public E read(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = text(p, ctxt, type);
                for (E constant : constants) {
                    if (constant.name().equals(text)) {
                        return constant;
                    }
                }
                throw ctxt.weirdStringException(text, type, "not one of " + Arrays.toString(constants));
            }
        };
    }

    /**
     * The date of the plain form {@code yyyy-MM-dd} without the cost of a formatter, or null for
     * any other text or an invalid date, which {@link LocalDate#parse} then reads or refuses as
     * before.
     */
    private static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written in ASCII digits from {@code start} to {@code end}, or -1. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String text(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            ctxt.handleUnexpectedToken(type, p);
            throw ctxt.wrongTokenException(p, type, JsonToken.VALUE_STRING, "a string is required");
        }
        return p.getText();
    }

    private static BigDecimal decimal(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue();
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText().strip();
            try {
                // Bounded, so that a hostile "1e999999999" cannot cost time or memory.
                if (text.length() > 64) {
                    throw new NumberFormatException("too long");
                }
                BigDecimal value = new BigDecimal(text);
                if (Math.abs(value.scale()) > 64) {
                    throw new NumberFormatException("exponent too large");
                }
                return value;
            } catch (NumberFormatException e) {
                throw ctxt.weirdStringException(text, type, "not a decimal number such as 7.75");
            }
        }
        ctxt.handleUnexpectedToken(type, p);
        throw ctxt.wrongTokenException(p, type, JsonToken.VALUE_NUMBER_FLOAT, "a number is required");
    }
}
