package io.github.thidua.serialization.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.io.IOException;
import java.util.function.Supplier;

/** Turns the domain's refusals into Jackson exceptions that keep them as their cause. */
final class Failures {

    private Failures() {}

    /**
     * Runs a domain factory or builder; a {@link ValidationException} becomes a {@link
     * ValueInstantiationException} whose cause it is, so that callers catching Jackson's
     * exceptions get the document path and can still reach the domain's structured report.
     */
    static <T> T domain(JsonParser p, DeserializationContext ctxt, Class<?> type, Supplier<T> factory)
            throws JsonMappingException {
        try {
            return factory.get();
        } catch (ValidationException e) {
            throw refused(p, ctxt, type, e);
        }
    }

    static JsonMappingException refused(
            JsonParser p, DeserializationContext ctxt, Class<?> type, ValidationException e) {
        return ValueInstantiationException.from(
                p, "Cannot build " + type.getSimpleName() + ": " + e.getMessage(), ctxt.constructType(type), e);
    }

    /** The refusal of a {@code null} element of a list or value of a map. */
    static ValidationException nullElement(Class<?> owner) {
        return ValidationException.invalid(
                owner.getSimpleName(),
                "",
                null,
                Text.of("phần tử null", "a null element"),
                Text.of("một phần tử, không phải null", "an element, not null"));
    }

    /** Adds one step to the path of a failure, wrapping a non-Jackson failure with it as cause. */
    static JsonMappingException at(IOException e, Object owner, String property) {
        return JsonMappingException.wrapWithPath(e, owner, property);
    }

    static JsonMappingException at(IOException e, Object owner, int index) {
        return JsonMappingException.wrapWithPath(e, owner, index);
    }
}
