package io.github.thidua.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.thidua.core.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * The JSON shape of one value type: its properties in their fixed order, each with how to get it
 * from a value and how to give it to the type's builder.
 *
 * <p>Shapes replace bean introspection: the generated Immutables builders declare their methods
 * in package-private classes of {@code io.github.thidua.core}, which Jackson could only call
 * reflectively if core opened its package. Method references compiled here call them through
 * the public {@code X.Builder} subclasses, so nothing needs to be opened, no class name is ever
 * read from a document, and the wire format is spelled out in one place per family ({@code
 * CoreTypes}, {@code ScoringTypes}).
 *
 * <p>Rules shared by every shape: properties are written in the order declared; an empty
 * {@code Optional} is omitted; collections and maps are always written, empty ones as {@code []}
 * and {@code {}}; on reading, {@code null} counts as absent, an absent collection as empty, an
 * absent defaulted attribute takes the builder's default, a repeated or unknown property fails
 * (unknown ones through {@code FAIL_ON_UNKNOWN_PROPERTIES}), and the builder's {@link
 * ValidationException} becomes the cause of the Jackson exception.
 *
 * @param <T> the value type
 * @param <B> its builder, or any mutable holder
 */
final class Shape<T, B> {

    private final Class<T> type;
    private final Supplier<B> start;
    private final Function<B, T> finish;
    private final List<Prop<T, B>> props = new ArrayList<>();
    private final Map<String, Prop<T, B>> byName = new LinkedHashMap<>();
    private final Map<String, String> domainFields = new LinkedHashMap<>();

    /** Every shape's {@link #domainField} names, by the simple name of the type. */
    private static final Map<String, Map<String, String>> RENAMED = new ConcurrentHashMap<>();

    private Shape(Class<T> type, Supplier<B> start, Function<B, T> finish) {
        this.type = type;
        this.start = start;
        this.finish = finish;
    }

    static <T, B> Shape<T, B> of(Class<T> type, Supplier<B> start, Function<B, T> finish) {
        return new Shape<>(type, start, finish);
    }

    Class<T> type() {
        return type;
    }

    /** A property always written; when absent on reading, the builder decides (missing or default). */
    <V> Shape<T, B> required(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
        return add(new Prop<>(name) {
            @Override
            void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeFieldName(name);
                codec.write(get.apply(value), gen, provider);
            }

            @Override
            void read(JsonParser p, DeserializationContext ctxt, B builder) throws IOException {
                set.accept(builder, codec.read(p, ctxt));
            }
        });
    }

    /** A property written only when present. */
    <V> Shape<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
        return add(new Prop<>(name) {
            @Override
            void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                Optional<V> v = get.apply(value);
                if (v.isPresent()) {
                    gen.writeFieldName(name);
                    codec.write(v.get(), gen, provider);
                }
            }

            @Override
            void read(JsonParser p, DeserializationContext ctxt, B builder) throws IOException {
                set.accept(builder, codec.read(p, ctxt));
            }
        });
    }

    /** An {@code OptionalInt} property written only when present. */
    Shape<T, B> optionalInt(String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
        return add(new Prop<>(name) {
            @Override
            void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                OptionalInt v = get.apply(value);
                if (v.isPresent()) {
                    gen.writeFieldName(name);
                    gen.writeNumber(v.getAsInt());
                }
            }

            @Override
            void read(JsonParser p, DeserializationContext ctxt, B builder) throws IOException {
                set.accept(builder, Codec.INT.read(p, ctxt));
            }
        });
    }

    /** A JSON array, always written, in the order the getter gives. */
    <E> Shape<T, B> list(
            String name, Codec<E> codec, Function<T, ? extends Collection<E>> get, BiConsumer<B, List<E>> set) {
        return add(new Prop<>(name) {
            @Override
            void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeFieldName(name);
                Collection<E> items = get.apply(value);
                gen.writeStartArray(items, items.size());
                for (E item : items) {
                    codec.write(item, gen, provider);
                }
                gen.writeEndArray();
            }

            @Override
            void read(JsonParser p, DeserializationContext ctxt, B builder) throws IOException {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    ctxt.handleUnexpectedToken(List.class, p);
                    throw ctxt.wrongTokenException(p, List.class, JsonToken.START_ARRAY, "an array is required");
                }
                List<E> items = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    try {
                        if (t == JsonToken.VALUE_NULL) {
                            // Refused here, at its index: the builder would only say "<name> element".
                            throw Failures.refused(p, ctxt, List.class, Failures.nullElement(type));
                        }
                        items.add(codec.read(p, ctxt));
                    } catch (IOException e) {
                        throw Failures.at(e, items, items.size());
                    }
                }
                set.accept(builder, items);
            }
        });
    }

    /**
     * A JSON object standing for a map, always written, in the order the getter gives; {@code set}
     * adds the entries read (a builder's {@code putAll}), and is not called for {@code {}}.
     */
    <K, V> Shape<T, B> map(
            String name,
            KeyCodec<K> keys,
            Codec<V> codec,
            Function<T, ? extends Map<K, V>> get,
            BiConsumer<B, Map<K, V>> set) {
        Codec<Map<K, V>> entries = Codec.mapOf(keys, codec);
        return add(new Prop<>(name) {
            @Override
            void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeFieldName(name);
                entries.write(get.apply(value), gen, provider);
            }

            @Override
            void read(JsonParser p, DeserializationContext ctxt, B builder) throws IOException {
                // Most maps of a document are empty (an assessment's points before scoring):
                // adding nothing needs no map.
                if (p.currentToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.END_OBJECT) {
                    return;
                }
                set.accept(builder, entries.read(p, ctxt));
            }
        });
    }

    /**
     * A property whose value is fixed for the type, such as the {@code "kind"} of a rule kind:
     * written always, checked on reading.
     */
    Shape<T, B> constant(String name, String text) {
        return add(new Prop<>(name) {
            @Override
            void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStringField(name, text);
            }

            @Override
            void read(JsonParser p, DeserializationContext ctxt, B builder) throws IOException {
                String found = Codec.STRING.read(p, ctxt);
                if (!text.equals(found)) {
                    throw ctxt.weirdStringException(found, type, "expected \"" + text + "\"");
                }
            }
        });
    }

    /**
     * Names the property under which the domain's field of another name is written, so that a
     * refusal of that field points at the property in the document.
     */
    Shape<T, B> domainField(String field, String property) {
        domainFields.put(field, property);
        RENAMED.computeIfAbsent(type.getSimpleName(), t -> new ConcurrentHashMap<>())
                .put(field, property);
        return this;
    }

    /**
     * Returns a field the domain reports (such as {@code kindName} of {@code CustomKind}) under
     * the name of the property it is written as ({@code kind}).
     */
    static String documentField(String type, String field) {
        String lead = leadingName(field);
        String property = RENAMED.getOrDefault(type, Map.of()).get(lead);
        return property == null ? field : property + field.substring(lead.length());
    }

    private Shape<T, B> add(Prop<T, B> prop) {
        if (byName.putIfAbsent(prop.name, prop) != null) {
            throw new IllegalStateException(type.getSimpleName() + " repeats the property " + prop.name);
        }
        if (props.size() == Long.SIZE) {
            // read() marks the properties seen in the bits of one long.
            throw new IllegalStateException(type.getSimpleName() + " has more than 64 properties");
        }
        prop.index = props.size();
        props.add(prop);
        return this;
    }

    /** Writes the value as a JSON object. */
    void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        for (Prop<T, B> prop : props) {
            prop.write(value, gen, provider);
        }
        gen.writeEndObject();
    }

    /** Reads a JSON object; the parser stands on its {@code START_OBJECT} (or first property). */
    T read(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> owner) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            ctxt.handleUnexpectedToken(type, p);
            throw ctxt.wrongTokenException(p, type, JsonToken.START_OBJECT, "an object is required");
        }
        B builder = start.get();
        long seen = 0;
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            Prop<T, B> prop = find(name);
            if (prop == null) {
                // Throws UnrecognizedPropertyException (with the path) unless the caller turned it off.
                ctxt.handleUnknownProperty(p, owner, type, name);
                continue;
            }
            try {
                long bit = 1L << prop.index;
                if ((seen & bit) != 0) {
                    throw MismatchedInputException.from(p, type, "Repeated property \"" + name + "\"");
                }
                seen |= bit;
                if (value != JsonToken.VALUE_NULL) {
                    prop.read(p, ctxt, builder);
                }
            } catch (ValidationException e) {
                throw Failures.at(Failures.refused(p, ctxt, type, e), type, name);
            } catch (IOException e) {
                throw Failures.at(e, type, name);
            }
        }
        try {
            return finish.apply(builder);
        } catch (ValidationException e) {
            JsonMappingException refused = Failures.refused(p, ctxt, type, e);
            String lead = leadingName(e.field());
            lead = domainFields.getOrDefault(lead, lead);
            if (byName.containsKey(lead)) {
                refused.prependPath(type, lead);
            }
            throw refused;
        }
    }

    /** The property of a name, or null. */
    @SuppressWarnings("ReferenceEquality")
    private Prop<T, B> find(String name) {
        // Jackson's JSON parser interns property names, so they are the very strings declared
        // here: a few identity checks usually find the property before any hashing.
        for (int i = 0; i < props.size(); i++) {
            Prop<T, B> prop = props.get(i);
            if (prop.name == name) {
                return prop;
            }
        }
        return byName.get(name);
    }

    /** The first property name in a domain field such as {@code subGroups[0].members[1]}. */
    private static String leadingName(String field) {
        int end = 0;
        while (end < field.length() && Character.isJavaIdentifierPart(field.charAt(end))) {
            end++;
        }
        return field.substring(0, end);
    }

    StdSerializer<T> serializer() {
        return new StdSerializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                write(value, gen, provider);
            }
        };
    }

    StdDeserializer<T> deserializer() {
        return new StdDeserializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return read(p, ctxt, this);
            }

            /** Lets an unknown-property failure list the properties the type does have. */
            @Override
            public Collection<Object> getKnownPropertyNames() {
                return List.copyOf(byName.keySet());
            }
        };
    }

    private abstract static class Prop<T, B> {
        final String name;

        /** The position among the shape's properties, set when added. */
        int index;

        Prop(String name) {
            this.name = name;
        }

        abstract void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;

        abstract void read(JsonParser p, DeserializationContext ctxt, B builder) throws IOException;
    }
}
