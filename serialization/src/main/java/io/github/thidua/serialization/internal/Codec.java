package io.github.thidua.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Points;
import io.github.thidua.core.Vnd;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

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
            @Override
            public void write(V value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                provider.findValueSerializer(type).serialize(value, gen, provider);
            }

            @Override
            public V read(JsonParser p, DeserializationContext ctxt) throws IOException {
                return ctxt.readValue(p, type);
            }
        };
    }

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

    /** JSON {@code true} and {@code false}. */
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

    /** Enum constants by their name, exactly as declared. */
    static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
        return new Codec<>() {
            @Override
            public void write(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.name());
            }

            @Override
            public E read(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = text(p, ctxt, type);
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(text)) {
                        return constant;
                    }
                }
                throw ctxt.weirdStringException(text, type, "not one of " + Arrays.toString(type.getEnumConstants()));
            }
        };
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
