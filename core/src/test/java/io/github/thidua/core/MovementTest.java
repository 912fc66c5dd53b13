package io.github.thidua.core;

import static io.github.thidua.core.H1Fixtures.invalid;
import static io.github.thidua.core.H1Fixtures.missing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;

class MovementTest {

    private static Movement.Builder exemplary() {
        Movement.Builder b = Movement.builder();
        b.id(Id.of("ccb-guong-mau"))
                .name(Name.of("Cựu chiến binh gương mẫu"))
                .kind(MovementKind.THEMATIC)
                .launchedBy(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
                .period(Period.phase(2019, 2024))
                .putThemes(Year.of(2023), "Đoàn kết, gương mẫu, trách nhiệm, sáng tạo, hiệu quả")
                .putThemes(Year.of(2024), "Gương mẫu – Sáng tạo – Chung sức đồng lòng");
        return b;
    }

    @Test
    void build_thematicPhase_answersThemesByYear() {
        Movement m = exemplary().build();
        assertThat(m.theme(Year.of(2024))).contains("Gương mẫu – Sáng tạo – Chung sức đồng lòng");
        assertThat(m.theme(Year.of(2023))).contains("Đoàn kết, gương mẫu, trách nhiệm, sáng tạo, hiệu quả");
        assertThat(m.theme(Year.of(2020))).isEmpty();
        assertThat(m.kind().label().vi()).isEqualTo("theo chuyên đề");
        assertThat(MovementKind.REGULAR.label().vi()).isEqualTo("thường xuyên");
    }

    @Test
    void build_regularWithoutPeriod_isAccepted() {
        Movement m = Movement.builder()
                .id(Id.of("thi-dua-yeu-nuoc"))
                .name(Name.of("Thi đua yêu nước"))
                .kind(MovementKind.REGULAR)
                .launchedBy(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
                .putThemes(Year.of(2030), "Chủ đề")
                .build();
        assertThat(m.period()).isEmpty();
        assertThat(m.theme(Year.of(2030))).contains("Chủ đề");
    }

    @Test
    void build_thematicWithoutPeriod_isRejected() {
        ValidationException e = invalid(() -> Movement.builder()
                .id(Id.of("x"))
                .name(Name.of("Phong trào"))
                .kind(MovementKind.THEMATIC)
                .launchedBy(Name.of("Tỉnh ủy"))
                .build());
        assertThat(e.field()).isEqualTo("period");
        assertThat(e.value()).isEmpty();
        assertThat(e.getMessage()).contains("thematic movement without a period");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("phong trào theo chuyên đề thiếu thời gian");
    }

    @Test
    void build_themeYearOutsidePeriod_isRejectedWithYear() {
        ValidationException e = invalid(
                () -> exemplary().putThemes(Year.of(2025), "Ngoài giai đoạn").build());
        assertThat(e.type()).isEqualTo("Movement");
        assertThat(e.field()).isEqualTo("themes[2025]");
        assertThat(e.value()).contains("2025");
        assertThat(e.getMessage()).contains("a year from 2019 to 2024");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("năm từ 2019 đến 2024");
    }

    @Test
    void build_blankTheme_isRejected() {
        ValidationException e =
                invalid(() -> exemplary().putThemes(Year.of(2022), "  ").build());
        assertThat(e.field()).isEqualTo("themes[2022]");
        assertThat(e.getMessage()).contains("blank text");
    }

    @Test
    void build_decomposedText_isNormalisedToNfc() {
        String decomposed = "Gu\u031Bo\u031Bng ma\u0302\u0303u";
        Movement m = exemplary()
                .slogan(decomposed)
                .putThemes(Year.of(2020), decomposed)
                .build();
        assertThat(m.slogan()).contains("Gương mẫu");
        assertThat(m.theme(Year.of(2020))).contains("Gương mẫu");
    }

    @Test
    void builder_nullsAndMissingAttributes_throwMissingValue() {
        missing(() -> Movement.builder().name(null), "name");
        missing(() -> Movement.builder().launchedBy(null), "launchedBy");
        missing(() -> Movement.builder().id(Id.of("x")).build(), "name");
    }

    @Test
    void equality_isByValue() {
        assertThat(exemplary().build())
                .isEqualTo(exemplary().build())
                .hasSameHashCodeAs(exemplary().build());
        assertThat(exemplary().slogan("Khác").build()).isNotEqualTo(exemplary().build());
    }
}
