package io.github.thidua.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    private static final Text DUPLICATE = Text.of("mã bị trùng", "duplicate id");
    private static final Text EACH_ONCE = Text.of("mỗi thành viên một lần", "each member once");

    @Test
    void message_inEnglishAndVietnamese() {
        ValidationException e = new ValidationException("Cluster", "members[2].id", "phu-tho", DUPLICATE, EACH_ONCE);
        assertThat(e.getMessage())
                .isEqualTo("Cluster.members[2].id: duplicate id; value: \"phu-tho\"; allowed: each member once.");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(e.getMessage(Text.VIETNAMESE))
                .isEqualTo(
                        "Cluster.members[2].id: mã bị trùng; giá trị: \"phu-tho\"; cho phép: mỗi thành viên một lần.");
        assertThat(e.text().vi()).isEqualTo(e.getMessage(Text.VIETNAMESE));
        assertThat(e).isInstanceOf(ThiDuaException.class).isInstanceOf(RuntimeException.class);
    }

    @Test
    void accessors_returnTheStructuredFields() {
        ValidationException e =
                ValidationException.invalid("Cluster", "members[2].id", "phu-tho", DUPLICATE, EACH_ONCE);
        assertThat(e.type()).isEqualTo("Cluster");
        assertThat(e.field()).isEqualTo("members[2].id");
        assertThat(e.value()).contains("\"phu-tho\"");
        assertThat(e.problem()).isEqualTo(DUPLICATE);
        assertThat(e.allowed()).isEqualTo(EACH_ONCE);
    }

    @Test
    void value_nonTextIsShownUnquoted() {
        ValidationException e = ValidationException.invalid("Vnd", "amount", -5L, DUPLICATE, EACH_ONCE);
        assertThat(e.value()).contains("-5");
        assertThat(e.getMessage()).isEqualTo("Vnd.amount: duplicate id; value: -5; allowed: each member once.");
    }

    @Test
    void value_nullIsLeftOutOfTheMessage() {
        ValidationException e = ValidationException.invalid("Cluster", "name", null, DUPLICATE, EACH_ONCE);
        assertThat(e.value()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("Cluster.name: duplicate id; allowed: each member once.");
    }

    @Test
    void field_emptyNamesOnlyTheType() {
        ValidationException e = ValidationException.invalid("Cluster", "", 3, DUPLICATE, EACH_ONCE);
        assertThat(e.getMessage()).startsWith("Cluster: duplicate id; value: 3;");
    }

    @Test
    void value_longerThan120Characters_isTruncated() {
        String exactly120 = "x".repeat(120);
        assertThat(ValidationException.invalid("T", "f", exactly120, DUPLICATE, EACH_ONCE)
                        .value())
                .contains('"' + exactly120 + '"');
        ValidationException e = ValidationException.invalid("T", "f", "y".repeat(500), DUPLICATE, EACH_ONCE);
        assertThat(e.value()).contains('"' + "y".repeat(117) + "...\"");
        assertThat(e.getMessage())
                .contains("value: \"" + "y".repeat(117) + "...\";")
                .doesNotContain("y".repeat(118));
    }

    @Test
    void value_controlCharactersAndBrokenSurrogates_areShownEscaped() {
        ValidationException control = ValidationException.invalid("T", "f", "a\u0000b\nc", DUPLICATE, EACH_ONCE);
        assertThat(control.field()).isEqualTo("f");
        assertThat(control.value()).contains("\"a\\u0000b\\u000Ac\"");
        ValidationException lone = ValidationException.invalid("T", "f", "x\uDC00", DUPLICATE, EACH_ONCE);
        assertThat(lone.value()).contains("\"x\\uDC00\"");
        assertThat(ValidationException.invalid("T", "f", "\uD83D\uDE00", DUPLICATE, EACH_ONCE)
                        .value())
                .contains("\"\uD83D\uDE00\"");
    }

    @Test
    void value_truncationThroughASurrogatePair_keepsTheField() {
        // 100 emoji are 200 code units; the cut at 117 splits the 59th pair.
        ValidationException e = ValidationException.invalid("T", "f", "\uD83D\uDE00".repeat(100), DUPLICATE, EACH_ONCE);
        assertThat(e.type()).isEqualTo("T");
        assertThat(e.field()).isEqualTo("f");
        assertThat(e.value()).contains('"' + "\uD83D\uDE00".repeat(58) + "\\uD83D...\"");
    }

    @Test
    void missing_namesTheFieldWithoutAValue() {
        ValidationException e = ValidationException.missing("Cluster", "name");
        assertThat(e).isInstanceOf(MissingValueException.class);
        assertThat(e.type()).isEqualTo("Cluster");
        assertThat(e.field()).isEqualTo("name");
        assertThat(e.value()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("Cluster.name: missing; allowed: a value.");
        assertThat(e.getMessage(Text.VIETNAMESE)).isEqualTo("Cluster.name: thiếu giá trị; cho phép: một giá trị.");
    }

    @Test
    void nullTypeFieldOrTexts_areRejectedByName() {
        assertThatThrownBy(() -> new ValidationException(null, "f", 1, DUPLICATE, EACH_ONCE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("type");
        assertThatThrownBy(() -> new ValidationException("T", null, 1, DUPLICATE, EACH_ONCE))
                .hasMessage("field");
        assertThatThrownBy(() -> new ValidationException("T", "f", 1, null, EACH_ONCE))
                .hasMessage("problem");
        assertThatThrownBy(() -> new ValidationException("T", "f", 1, DUPLICATE, null))
                .hasMessage("allowed");
    }

    @Test
    void missingValue_fromAGeneratedBuilderReport() {
        MissingValueException e =
                new MissingValueException("Cannot build Cluster, some of required attributes are not set [name]");
        assertThat(e.type()).isEqualTo("Cluster");
        assertThat(e.field()).isEqualTo("name");
        assertThat(e.value()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("Cluster.name: missing; allowed: a value.");
    }

    @Test
    void missingValue_fromABuilderMissingAnAttribute() {
        assertThatThrownBy(() -> Cluster.builder().build()).isInstanceOfSatisfying(MissingValueException.class, e -> {
            assertThat(e.type()).isEqualTo("Cluster");
            assertThat(e.field()).isEqualTo("id, kind, name, organiser");
        });
        assertThatThrownBy(() -> Organiser.builder()
                        .id(Id.of("tw-hoi-ccb"))
                        .level(OrganiserLevel.CENTRAL)
                        .kind(OrganiserKind.MASS_ORGANISATION)
                        .build())
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Organiser");
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).isEqualTo("Organiser.name: missing; allowed: a value.");
                });
    }

    @Test
    void missingValue_fromANullSetter_deducesTheTypeFromTheGeneratedBuilder() {
        assertThatThrownBy(() -> Cluster.builder().name(null))
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Cluster");
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).isEqualTo("Cluster.name: missing; allowed: a value.");
                });
        assertThatThrownBy(() -> RoleAssignment.builder().holder(null))
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("RoleAssignment");
                    assertThat(e.field()).isEqualTo("holder");
                });
    }

    @Test
    void missingValue_fromAFieldNameOutsideGeneratedCode_usesAGenericType() {
        MissingValueException e = new MissingValueException("holder");
        assertThat(e.type()).isEqualTo("value");
        assertThat(e.field()).isEqualTo("holder");
    }

    @Test
    void missingValue_withTypeAndField() {
        MissingValueException e = new MissingValueException("Period", "start");
        assertThat(e.getMessage()).isEqualTo("Period.start: missing; allowed: a value.");
        assertThat(e.problem()).isEqualTo(Text.of("thiếu giá trị", "missing"));
        assertThat(e.allowed()).isEqualTo(Text.of("một giá trị", "a value"));
    }

    @Test
    void thiDuaException_keepsTextAndCause() {
        IllegalStateException cause = new IllegalStateException("boom");
        ThiDuaException e = new ThiDuaException(Text.of("lỗi", "failure"), cause);
        assertThat(e.getMessage()).isEqualTo("failure");
        assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo("lỗi");
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(new ThiDuaException(Text.of("lỗi", "failure")).getCause()).isNull();
    }
}
