package io.github.thidua.serialization;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.thidua.serialization.internal.CoreTypes;
import io.github.thidua.serialization.internal.ScoringTypes;

/**
 * The Jackson module for every public value of thidua: register it on an {@code ObjectMapper}
 * (or let {@code findAndRegisterModules()} find it through {@link java.util.ServiceLoader}).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ThiDuaModule());
 * Cluster cluster = mapper.readValue(json, Cluster.class);
 * }</pre>
 */
public final class ThiDuaModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public ThiDuaModule() {
        super("ThiDuaModule", new Version(0, 1, 0, "SNAPSHOT", "io.github.thidua", "thidua-serialization"));
        CoreTypes.register(this);
        ScoringTypes.register(this);
    }
}
