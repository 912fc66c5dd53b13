package io.github.thidua.core;

import static io.github.thidua.core.H2Fixtures.missing;
import static io.github.thidua.core.H2Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static Explanation leaderRelative() {
        return Explanation.builder()
                .key("criterion.leader-relative")
                .text(Text.of("Vượt chỉ tiêu, sau đơn vị dẫn đầu", "Above target, behind the leader"))
                .value(Points.parse("7.5"))
                .putInputs("target", "7.8")
                .putInputs("actual", "8.1")
                .build();
    }

    private static Explanation total() {
        return Explanation.builder()
                .key("unit.total")
                .text(Text.of("Tổng điểm", "Total"))
                .value(Points.parse("17.5"))
                .addChildren(Explanation.of("criterion.qualitative", Text.of("Đạt", "Achieved")), leaderRelative())
                .build();
    }

    @Test
    void build_inputs_keepTheOrderGiven() {
        assertThat(leaderRelative().inputs().keySet()).containsExactly("target", "actual");
    }

    @Test
    void render_english_indentsChildrenWithValuesAndInputs() {
        assertThat(total().render(Locale.ENGLISH))
                .isEqualTo("Total = 17.5\n"
                        + "  Achieved\n"
                        + "  Above target, behind the leader = 7.5 (target: 7.8, actual: 8.1)");
    }

    @Test
    void render_vietnamese_usesVietnameseTextAndDecimalComma() {
        assertThat(total().render(Text.VIETNAMESE))
                .isEqualTo("Tổng điểm = 17,5\n"
                        + "  Đạt\n"
                        + "  Vượt chỉ tiêu, sau đơn vị dẫn đầu = 7,5 (target: 7.8, actual: 8.1)");
    }

    @Test
    void render_grandchildren_areIndentedTwice() {
        Explanation root = Explanation.builder()
                .key("a")
                .text(Text.of("A", "A"))
                .addChildren(Explanation.builder()
                        .key("b")
                        .text(Text.of("B", "B"))
                        .addChildren(Explanation.of("c", Text.of("C", "C")))
                        .build())
                .build();
        assertThat(root.render(Locale.ENGLISH)).isEqualTo("A\n  B\n    C");
    }

    @Test
    void build_malformedKey_isRejected() {
        ValidationException e = rejected(() -> Explanation.of("tiêu chí", Text.of("a", "a")));
        assertThat(e.type()).isEqualTo("Explanation");
        assertThat(e.field()).isEqualTo("key");
        assertThat(e.value()).contains("\"tiêu chí\"");
        assertThat(e.getMessage()).contains("not a valid key");
    }

    @Test
    void build_malformedInputName_isRejected() {
        ValidationException e = rejected(() -> Explanation.builder()
                .key("k")
                .text(Text.of("a", "a"))
                .putInputs("chỉ tiêu", "7.8")
                .build());
        assertThat(e.field()).isEqualTo("inputs");
        assertThat(e.value()).contains("\"chỉ tiêu\"");
    }

    @Test
    void build_blankInputValue_isRejectedWithPath() {
        ValidationException e = rejected(() -> Explanation.builder()
                .key("k")
                .text(Text.of("a", "a"))
                .putInputs("target", " ")
                .build());
        assertThat(e.field()).isEqualTo("inputs[target]");
        assertThat(e.getMessage()).contains("blank text");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("văn bản trống");
    }

    @Test
    void build_missingText_isReported() {
        MissingValueException e = missing(() -> Explanation.builder().key("k").build());
        assertThat(e.type()).isEqualTo("Explanation");
        assertThat(e.field()).contains("text");
    }

    @Test
    void builder_nulls_areRejectedAsMissing() {
        missing(() -> Explanation.builder().key(null));
        missing(() -> Explanation.builder().putInputs("a", null));
        missing(() -> Explanation.builder().addChildren((Explanation) null));
        missing(() -> Explanation.of("k", null));
    }

    @Test
    void equals_sameTree_isEqual() {
        assertThat(total()).isEqualTo(total()).hasSameHashCodeAs(total()).isNotEqualTo(leaderRelative());
    }
}
