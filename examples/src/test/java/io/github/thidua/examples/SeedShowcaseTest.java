package io.github.thidua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Text;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SeedShowcaseTest {

    @Test
    void render_inVietnamese_listsMembersInVietnameseOrderAndTheHeads() {
        String text = SeedShowcase.render(List.of(SeedScenarios.cluster2of2023()), Text.VIETNAMESE);
        assertThat(text)
                .contains("Thành viên (5): Hà Giang, Phú Thọ, Tuyên Quang, Vĩnh Phúc, Yên Bái")
                .contains("Vai trò 2023: Cụm trưởng — Phú Thọ (suy tôn)")
                .contains("Vai trò 2024: Cụm trưởng — Yên Bái (suy tôn, ngày 2023-11-24)")
                .contains("Chủ đề năm 2023: “Đoàn kết, gương mẫu, trách nhiệm, sáng tạo, hiệu quả”")
                .contains("Giao ước thi đua năm 2024, ký ngày 2023-11-24 bởi 5 đơn vị");
    }

    @Test
    void render_inEnglish_usesEnglishLabelsButKeepsVietnameseNames() {
        String text = SeedShowcase.render(List.of(SeedScenarios.northwest2023()), Locale.ENGLISH);
        assertThat(text)
                .contains("Members (4): Điện Biên, Lai Châu, Lào Cai, Sơn La")
                .contains("Review: annual review, 2023, 2023-11-02, host: Điện Biên")
                .contains("Organiser: Trung ương Hội Cựu chiến binh Việt Nam — central, mass organisation");
    }

    @Test
    void render_lowlandDistricts_namesEveryCommendedCollectiveAndTheHousehold() {
        String text = SeedShowcase.render(List.of(SeedScenarios.lowlandDistricts2017()), Locale.ENGLISH);
        assertThat(text)
                .contains("Role 2017: cluster head — Tuần Giáo (rotated)")
                .contains("Role 2018: cluster head — Điện Biên (rotated)")
                .contains("— Hộ ông Mùa Dũng Sính")
                .contains("— Hợp tác xã dịch vụ tổng hợp xã Thanh Yên, huyện Điện Biên");
        assertThat(text.lines().filter(l -> l.startsWith("Award 2017: certificate of commendation")))
                .hasSize(5);
    }
}
