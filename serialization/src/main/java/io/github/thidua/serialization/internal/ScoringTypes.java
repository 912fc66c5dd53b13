package io.github.thidua.serialization.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;

/** Registers the serializers, deserializers and mix-ins of the Scoring module's types. */
public final class ScoringTypes {

    private ScoringTypes() {}

    /**
     * Adds this family's (de)serialisers to the module.
     *
     * @param module the module being set up
     */
    public static void register(SimpleModule module) {}
}
