package io.github.thidua.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void of_valueWithAnUnreadableCharacter_isRejectedNamingTheKeyAndTheCharacter() {
        for (String bad : List.of("2/3\u0008", "I\u0000", "\ud800", "x\ufffe", "\ud83f\udfff")) {
            ValidationException e =
                    catchThrowableOfType(ValidationException.class, () -> Parameters.of(Map.of("threshold", bad)));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.type()).isEqualTo("Parameters");
            assertThat(e.field()).isEqualTo("threshold");
            assertThat(e.getMessage()).contains("unreadable character U+");
            assertThat(e.getMessage(Text.VIETNAMESE)).contains("không đọc được");
        }
    }

    @Test
    void of_textLineBreaksAndPairedSurrogates_areKept() {
        Parameters p = Parameters.of(Map.of("note", "dòng 1\ndòng 2\t😀", "empty", ""));
        assertThat(p.text("note")).isEqualTo("dòng 1\ndòng 2\t😀");
        assertThat(p.text("empty")).isEmpty();
    }
}
