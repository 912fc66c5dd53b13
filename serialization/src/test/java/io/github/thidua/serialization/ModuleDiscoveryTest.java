package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.Cluster;
import org.junit.jupiter.api.Test;

class ModuleDiscoveryTest {

    @Test
    void findAndRegisterModules_findsThiDuaModuleThroughServiceLoader() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

        assertThat(mapper.getRegisteredModuleIds()).contains("ThiDuaModule");
        Cluster cluster = CoreSamples.cluster();
        assertThat(mapper.readValue(mapper.writeValueAsString(cluster), Cluster.class))
                .isEqualTo(cluster);
    }
}
