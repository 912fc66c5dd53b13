package io.github.thidua.serialization.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.thidua.core.Id;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * Writes and reads the keys of a JSON object that stands for a map.
 *
 * @param <K> the type of the keys
 */
interface KeyCodec<K> {

    String write(K key);

    K read(String key, DeserializationContext ctxt) throws JsonMappingException;

    /** Keys as they are. */
    KeyCodec<String> STRING = new KeyCodec<>() {
        @Override
        public String write(String key) {
            return key;
        }

        @Override
        public String read(String key, DeserializationContext ctxt) {
            return key;
        }
    };

    /** Years as their decimal number, {@code "2023"}. */
    KeyCodec<Year> YEAR = new KeyCodec<>() {
        @Override
        public String write(Year key) {
            return Integer.toString(key.getValue());
        }

        @Override
        public Year read(String key, DeserializationContext ctxt) throws JsonMappingException {
            try {
                if (key.length() > 9) {
                    throw new NumberFormatException("too long");
                }
                return Year.of(Integer.parseInt(key));
            } catch (RuntimeException e) {
                throw ctxt.weirdKeyException(Year.class, key, "not a year such as 2023");
            }
        }
    };

    /**
     * Ids as their text, as everywhere else; a refused id keeps the domain's {@link
     * io.github.thidua.core.ValidationException} as its cause.
     */
    KeyCodec<Id> ID = new KeyCodec<>() {
        @Override
        public String write(Id key) {
            return key.value();
        }

        @Override
        public Id read(String key, DeserializationContext ctxt) throws JsonMappingException {
            return Failures.domain(ctxt.getParser(), ctxt, Id.class, () -> Id.of(key));
        }
    };

    /** Dates as ISO-8601 text, {@code "2024-07-01"}. */
    KeyCodec<LocalDate> DATE = new KeyCodec<>() {
        @Override
        public String write(LocalDate key) {
            return key.toString();
        }

        @Override
        public LocalDate read(String key, DeserializationContext ctxt) throws JsonMappingException {
            try {
                return LocalDate.parse(key);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdKeyException(LocalDate.class, key, "not an ISO-8601 date such as 2024-07-01");
            }
        }
    };

    /** Enum constants by their name. */
    static <E extends Enum<E>> KeyCodec<E> enumOf(Class<E> type) {
        // getEnumConstants() copies the array on every call.
        E[] constants = type.getEnumConstants();
        return new KeyCodec<>() {
            @Override
            public String write(E key) {
                return key.name();
            }

            @Override
            public E read(String key, DeserializationContext ctxt) throws JsonMappingException {
                for (E constant : constants) {
                    if (constant.name().equals(key)) {
                        return constant;
                    }
                }
                throw ctxt.weirdKeyException(type, key, "not one of " + java.util.Arrays.toString(constants));
            }
        };
    }
}
