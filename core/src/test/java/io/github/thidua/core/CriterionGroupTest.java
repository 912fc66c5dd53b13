package io.github.thidua.core;

import static io.github.thidua.core.H1Fixtures.criterion;
import static io.github.thidua.core.H1Fixtures.invalid;
import static io.github.thidua.core.H1Fixtures.missing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CriterionGroupTest {

    private static CriterionGroup.Builder organisation() {
        CriterionGroup.Builder b = CriterionGroup.builder();
        b.code("I")
                .name(Name.of("Công tác tổ chức phong trào thi đua"))
                .addChildren(criterion("I.1", 5, Qualitative.of()), criterion("I.2", 5, Qualitative.of()));
        return b;
    }

    @Test
    void build_withoutDeclaredMax_sumsChildren() {
        assertThat(organisation().build().maxPoints()).isEqualTo(Points.of(10));
        assertThat(organisation().declaredMaxPoints(Points.of(10)).build().maxPoints())
                .isEqualTo(Points.of(10));
    }

    @Test
    void build_declaredMaxDiffersFromSum_isRejectedWithBothNumbers() {
        ValidationException e =
                invalid(() -> organisation().declaredMaxPoints(Points.of(12)).build());
        assertThat(e.type()).isEqualTo("CriterionGroup");
        assertThat(e.field()).isEqualTo("declaredMaxPoints");
        assertThat(e.value()).contains("12");
        assertThat(e.getMessage()).contains("declared maximum 12 differs from the sum of the children's maxima 10");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("điểm tối đa khai báo 12 khác tổng");
    }

    @Test
    void build_noChildren_isRejected() {
        ValidationException e = invalid(
                () -> CriterionGroup.builder().code("I").name(Name.of("Nhóm")).build());
        assertThat(e.field()).isEqualTo("children");
        assertThat(e.getMessage()).contains("at least one criterion or sub-group");
    }

    @Test
    void build_childRepeatsGroupCode_isRejected() {
        ValidationException e = invalid(() -> CriterionGroup.builder()
                .code("I")
                .name(Name.of("Nhóm"))
                .addChildren(criterion("I", 5, Qualitative.of()))
                .build());
        assertThat(e.field()).isEqualTo("children[0].code");
    }

    @Test
    void build_badCode_isRejected() {
        ValidationException e = invalid(() -> CriterionGroup.builder()
                .code("I 1")
                .name(Name.of("Nhóm"))
                .addChildren(criterion("1", 5, Qualitative.of()))
                .build());
        assertThat(e.field()).isEqualTo("code");
        assertThat(e.value()).contains("\"I 1\"");
        assertThat(e.getMessage()).contains("such as I, I.1, 2.3.a");
    }

    @Test
    void builder_nullsAndMissingAttributes_throwMissingValue() {
        missing(() -> CriterionGroup.builder().code(null), "code");
        missing(() -> CriterionGroup.builder().code("I").build(), "name");
    }

    @Test
    void equality_isByValue() {
        assertThat(organisation().build())
                .isEqualTo(organisation().build())
                .hasSameHashCodeAs(organisation().build());
    }
}
