package io.github.thidua.core;

import static io.github.thidua.core.H2Fixtures.missing;
import static io.github.thidua.core.H2Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwardKindsTest {

    @Test
    void all_listsTheElevenStandardKindsWithUniqueIds() {
        assertThat(AwardKinds.all()).hasSize(11);
        assertThat(AwardKinds.all()).extracting(AwardKind::id).doesNotHaveDuplicates();
        assertThat(AwardKinds.all()).first().isEqualTo(AwardKinds.GOVERNMENT_FLAG);
    }

    @Test
    void names_areTheExactVietnameseNamesOfTheLaw() {
        assertThat(AwardKinds.GOVERNMENT_FLAG.name().vi()).isEqualTo("Cờ thi đua của Chính phủ");
        assertThat(AwardKinds.MINISTRY_PROVINCE_FLAG.name().vi())
                .isEqualTo("Cờ thi đua của bộ, ban, ngành, tỉnh, đoàn thể trung ương");
        assertThat(AwardKinds.PRIME_MINISTER_MERIT.name().vi()).isEqualTo("Bằng khen của Thủ tướng Chính phủ");
        assertThat(AwardKinds.MINISTRY_PROVINCE_MERIT.name().vi())
                .isEqualTo("Bằng khen của bộ, ban, ngành, tỉnh, đoàn thể trung ương");
        assertThat(AwardKinds.COMMENDATION.name().vi()).isEqualTo("Giấy khen");
        assertThat(AwardKinds.EXCELLENT_LABOUR_COLLECTIVE.name().vi()).isEqualTo("Tập thể lao động xuất sắc");
        assertThat(AwardKinds.ADVANCED_LABOUR_COLLECTIVE.name().vi()).isEqualTo("Tập thể lao động tiên tiến");
        assertThat(AwardKinds.NATIONAL_EMULATION_FIGHTER.name().vi()).isEqualTo("Chiến sĩ thi đua toàn quốc");
        assertThat(AwardKinds.MINISTRY_PROVINCE_EMULATION_FIGHTER.name().vi())
                .isEqualTo("Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh");
        assertThat(AwardKinds.GRASSROOTS_EMULATION_FIGHTER.name().vi()).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat(AwardKinds.ADVANCED_WORKER.name().vi()).isEqualTo("Lao động tiên tiến");
        assertThat(AwardKinds.GOVERNMENT_FLAG.name().en()).isEqualTo("Government Emulation Flag");
    }

    @Test
    void recipients_flagsForCollectivesCertificatesAlsoForHouseholds() {
        assertThat(AwardKinds.GOVERNMENT_FLAG.recipientKinds()).containsExactly(RecipientKind.COLLECTIVE);
        assertThat(AwardKinds.COMMENDATION.accepts(RecipientKind.HOUSEHOLD)).isTrue();
        assertThat(AwardKinds.MINISTRY_PROVINCE_MERIT.accepts(RecipientKind.HOUSEHOLD))
                .isTrue();
        assertThat(AwardKinds.ADVANCED_WORKER.accepts(RecipientKind.COLLECTIVE)).isFalse();
        assertThat(AwardKinds.PRIME_MINISTER_MERIT.issuerLevel()).isEqualTo(IssuerLevel.PRIME_MINISTER);
        assertThat(AwardKinds.MINISTRY_PROVINCE_FLAG.form()).isEqualTo(AwardForm.FLAG);
        assertThat(AwardForm.CERTIFICATE_OF_MERIT.label().vi()).isEqualTo("bằng khen");
        assertThat(IssuerLevel.CLUSTER.label().vi()).isEqualTo("cụm, khối thi đua");
    }

    @Test
    void byId_findsKnownAndNotUnknown() {
        assertThat(AwardKinds.byId(Id.of("advanced-worker"))).contains(AwardKinds.ADVANCED_WORKER);
        assertThat(AwardKinds.byId(Id.of("no-such-award"))).isEmpty();
    }

    @Test
    void build_customKind_isEqualByValue() {
        AwardKind a = clusterCommendation().build();
        assertThat(a)
                .isEqualTo(clusterCommendation().build())
                .hasSameHashCodeAs(clusterCommendation().build());
        assertThat(a.issuerLevel()).isEqualTo(IssuerLevel.CLUSTER);
    }

    @Test
    void build_noRecipientKinds_isRejected() {
        ValidationException e = rejected(() -> AwardKind.builder()
                .id(Id.of("x"))
                .name(Text.of("Giấy khen", "Commendation"))
                .form(AwardForm.CERTIFICATE_OF_COMMENDATION)
                .issuerLevel(IssuerLevel.CLUSTER)
                .build());
        assertThat(e.type()).isEqualTo("AwardKind");
        assertThat(e.field()).isEqualTo("recipientKinds");
        assertThat(e.getMessage()).contains("at least one of collective, individual, household");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("tập thể, cá nhân, hộ gia đình");
    }

    @Test
    void build_missingForm_isReported() {
        MissingValueException e = missing(() -> AwardKind.builder()
                .id(Id.of("x"))
                .name(Text.of("Giấy khen", "Commendation"))
                .build());
        assertThat(e.field()).contains("form");
    }

    @Test
    void builder_nulls_areRejectedAsMissing() {
        missing(() -> AwardKind.builder().name(null));
        missing(() -> AwardKind.builder().addRecipientKinds((RecipientKind) null));
    }

    private static AwardKind.Builder clusterCommendation() {
        return AwardKind.builder()
                .id(Id.of("ccb-cum-2:giay-khen"))
                .name(Text.of("Giấy khen của Cụm thi đua số 2", "Certificate of Commendation of Cluster No. 2"))
                .form(AwardForm.CERTIFICATE_OF_COMMENDATION)
                .issuerLevel(IssuerLevel.CLUSTER)
                .addRecipientKinds(RecipientKind.COLLECTIVE, RecipientKind.HOUSEHOLD);
    }
}
