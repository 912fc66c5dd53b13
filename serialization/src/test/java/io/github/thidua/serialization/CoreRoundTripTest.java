package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every covered core type survives value → JSON → value and value → YAML → value. */
class CoreRoundTripTest {

    private static final ObjectMapper JSON = CoreJson.json();
    private static final ObjectMapper YAML = CoreJson.yaml();

    static Stream<Arguments> samples() {
        return CoreSamples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void json_roundTrip_givesAnEqualValueAndTheSameBytes(String name, Object value) throws Exception {
        String text = JSON.writeValueAsString(value);
        Object back = JSON.readValue(text, CoreSamples.publicType(value));
        assertThat(back).isEqualTo(value);
        assertThat(JSON.writeValueAsString(back)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void yaml_roundTrip_givesAnEqualValueAndTheSameBytes(String name, Object value) throws Exception {
        String text = YAML.writeValueAsString(value);
        Object back = YAML.readValue(text, CoreSamples.publicType(value));
        assertThat(back).isEqualTo(value);
        assertThat(YAML.writeValueAsString(back)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void json_withoutJavaTimeOrJdk8Modules_writesTheSameAndReadsBack(String name, Object value) throws Exception {
        ObjectMapper bare = new ObjectMapper().registerModule(new ThiDuaModule());
        String text = bare.writeValueAsString(value);
        assertThat(text)
                .isEqualTo(
                        JSON.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        assertThat(bare.readValue(text, CoreSamples.publicType(value))).isEqualTo(value);
    }
}
