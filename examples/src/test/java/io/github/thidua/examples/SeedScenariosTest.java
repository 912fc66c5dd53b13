package io.github.thidua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Id;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.ReviewKind;
import io.github.thidua.core.Role;
import io.github.thidua.core.RoleAssignment;
import io.github.thidua.core.SelectionMethod;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedScenariosTest {

    private static List<String> shortNames(List<Collective> members) {
        return members.stream().map(c -> c.displayName().text()).toList();
    }

    @Test
    void all_holdsTheFiveSeedsInArticleOrder() {
        assertThat(SeedScenarios.all()).extracting(Seed::source).containsExactly("000", "001", "002", "003", "004");
    }

    @Test
    void northwest_hasFourProvincesAndItsAnnualReviewHostedByDienBien() {
        Seed seed = SeedScenarios.northwest2023();
        assertThat(shortNames(seed.cluster().members())).containsExactly("Điện Biên", "Sơn La", "Lai Châu", "Lào Cai");
        assertThat(seed.cluster().number()).hasValue(1);
        assertThat(seed.reviews()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReviewKind.ANNUAL);
            assertThat(r.startsOn()).isEqualTo(LocalDate.of(2023, 11, 2));
            assertThat(r.host()).contains(Id.of("dien-bien"));
        });
        assertThat(seed.cluster().roles(Year.of(2023), Role.HOST))
                .extracting(RoleAssignment::holder)
                .containsExactly(Id.of("dien-bien"));
    }

    @Test
    void cluster2_headPassesFromPhuThoToYenBaiByAcclamation() {
        Seed seed = SeedScenarios.cluster2of2023();
        assertThat(shortNames(seed.cluster().members()))
                .containsExactly("Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái", "Phú Thọ");
        assertThat(seed.cluster().head(Year.of(2023))).contains(Id.of("phu-tho"));
        assertThat(seed.cluster().head(Year.of(2024))).contains(Id.of("yen-bai"));
        Map<Year, Id> history = seed.cluster().headHistory().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().holder()));
        assertThat(history)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(Year.of(2023), Id.of("phu-tho"), Year.of(2024), Id.of("yen-bai")));
        RoleAssignment yenBai = seed.cluster().headHistory().get(Year.of(2024));
        assertThat(yenBai.method()).isEqualTo(SelectionMethod.ACCLAIMED);
        assertThat(yenBai.decidedOn()).contains(LocalDate.of(2023, 11, 24));
    }

    @Test
    void cluster2_carriesThe2023ThemeAndSignsThe2024Covenant() {
        Seed seed = SeedScenarios.cluster2of2023();
        assertThat(seed.movement().orElseThrow().theme(Year.of(2023)))
                .contains("Đoàn kết, gương mẫu, trách nhiệm, sáng tạo, hiệu quả");
        assertThat(seed.movement().orElseThrow().theme(Year.of(2024)))
                .contains("Gương mẫu – Sáng tạo – Chung sức đồng lòng");
        var covenant = seed.covenant().orElseThrow();
        assertThat(covenant.period().firstYear()).isEqualTo(Year.of(2024));
        assertThat(covenant.signatories())
                .containsExactlyInAnyOrderElementsOf(seed.cluster().memberIds());
        assertThat(covenant.scoringTable().maxPoints().toString()).isEqualTo("100");
        assertThat(covenant.targetsOf(Id.of("phu-tho")))
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("320"));
    }

    @Test
    void cluster5_halfYearReviewIsChairedByBacNinhsHead() {
        Seed seed = SeedScenarios.cluster5HalfYear2023();
        assertThat(shortNames(seed.cluster().members()))
                .containsExactly("Hà Nội", "Bắc Ninh", "Bắc Giang", "Vĩnh Phúc");
        assertThat(seed.cluster().head(Year.of(2023))).contains(Id.of("bac-ninh"));
        assertThat(seed.reviews()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReviewKind.HALF_YEAR);
            assertThat(r.startsOn()).isEqualTo(LocalDate.of(2023, 6, 28));
            assertThat(r.endsOn()).contains(LocalDate.of(2023, 6, 29));
            assertThat(r.chair().orElseThrow().text()).isEqualTo("Đào Anh Dũng");
            assertThat(r.chairUnit()).contains(Id.of("bac-ninh"));
        });
    }

    @Test
    void bloc_isABlocOfTheMovementsPhase2019To2024() {
        Seed seed = SeedScenarios.bloc2024();
        assertThat(seed.cluster().kind()).isEqualTo(ClusterKind.BLOC);
        assertThat(seed.movement().orElseThrow().name().text()).isEqualTo("Cựu chiến binh gương mẫu");
        assertThat(seed.movement().orElseThrow().period().orElseThrow().label().vi())
                .isEqualTo("giai đoạn 2019–2024");
        assertThat(seed.reviews())
                .singleElement()
                .satisfies(r -> assertThat(r.startsOn()).isEqualTo(LocalDate.of(2024, 6, 5)));
    }

    @Test
    void lowlandDistricts_tuanGiaoLeads2017AndHandsTheHeadToDienBienDistrict() {
        Seed seed = SeedScenarios.lowlandDistricts2017();
        assertThat(shortNames(seed.cluster().members()))
                .containsExactly("Tuần Giáo", "Điện Biên Phủ", "Mường Ảng", "Điện Biên", "Mường Lay");
        assertThat(seed.cluster().head(Year.of(2017))).contains(Id.of("tuan-giao"));
        assertThat(seed.cluster().head(Year.of(2018))).contains(Id.of("huyen-dien-bien"));
        assertThat(seed.awards())
                .filteredOn(a -> a.awardKind().equals(AwardKinds.MINISTRY_PROVINCE_FLAG.id()))
                .extracting(AwardRecord::recipient)
                .containsExactly(Id.of("tuan-giao"));
        assertThat(seed.awards())
                .filteredOn(a -> a.awardKind().equals(AwardKinds.MINISTRY_PROVINCE_MERIT.id()))
                .extracting(AwardRecord::recipient)
                .containsExactly(Id.of("muong-ang"), Id.of("tp-dien-bien-phu"));
        Id commendation = seed.awardKinds().get(0).id();
        List<AwardRecord> commended = seed.awards().stream()
                .filter(a -> a.awardKind().equals(commendation))
                .toList();
        assertThat(commended)
                .filteredOn(a -> a.recipientKind() == RecipientKind.COLLECTIVE)
                .hasSize(4);
        assertThat(commended)
                .filteredOn(a -> a.recipientKind() == RecipientKind.HOUSEHOLD)
                .hasSize(1);
    }
}
