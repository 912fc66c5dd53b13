package io.github.thidua.examples.cli;

import io.github.thidua.core.Id;
import io.github.thidua.core.ThiDuaException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an {@link Id} argument; a malformed one is a usage error (exit code 2). */
final class IdConverter implements ITypeConverter<Id> {

    @Override
    public Id convert(String value) {
        try {
            return Id.of(value);
        } catch (ThiDuaException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
