package io.github.thidua.core;

import static io.github.thidua.core.H2Fixtures.PHU_THO;
import static io.github.thidua.core.H2Fixtures.flagFor;
import static io.github.thidua.core.H2Fixtures.missing;
import static io.github.thidua.core.H2Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwardProposalTest {

    private static AwardProposal.Builder proposal(RecipientKind kind, AwardKind award) {
        return AwardProposal.builder()
                .recipient(Id.of("ho-mua-dung-sinh"))
                .recipientKind(kind)
                .awardKind(award)
                .period(Period.year(2017))
                .proposedBy(Id.of("cum-5"));
    }

    @Test
    void build_flagForACollective_isAccepted() {
        AwardProposal p = flagFor(PHU_THO);
        assertThat(p.awardKind()).isEqualTo(AwardKinds.MINISTRY_PROVINCE_FLAG);
        assertThat(p.basis()).contains(Text.of("hạng 1 của cụm", "ranked 1st in the cluster"));
    }

    @Test
    void build_commendationForAHousehold_isAccepted() {
        AwardProposal p =
                proposal(RecipientKind.HOUSEHOLD, AwardKinds.COMMENDATION).build();
        assertThat(p.recipientKind()).isEqualTo(RecipientKind.HOUSEHOLD);
        assertThat(p.basis()).isEmpty();
    }

    @Test
    void build_flagForAHousehold_isRejected() {
        ValidationException e = rejected(() ->
                proposal(RecipientKind.HOUSEHOLD, AwardKinds.GOVERNMENT_FLAG).build());
        assertThat(e.type()).isEqualTo("AwardProposal");
        assertThat(e.field()).isEqualTo("recipientKind");
        assertThat(e.value()).contains("HOUSEHOLD");
        assertThat(e.getMessage()).contains("Government Emulation Flag is not given to a household");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("Cờ thi đua của Chính phủ không tặng cho hộ gia đình");
    }

    @Test
    void build_individualTitleForACollective_isRejected() {
        ValidationException e = rejected(() ->
                proposal(RecipientKind.COLLECTIVE, AwardKinds.ADVANCED_WORKER).build());
        assertThat(e.field()).isEqualTo("recipientKind");
        assertThat(e.getMessage()).contains("allowed: individual");
    }

    @Test
    void build_missingProposer_isReported() {
        MissingValueException e = missing(() -> AwardProposal.builder()
                .recipient(PHU_THO)
                .recipientKind(RecipientKind.COLLECTIVE)
                .awardKind(AwardKinds.COMMENDATION)
                .period(Period.year(2024))
                .build());
        assertThat(e.type()).isEqualTo("AwardProposal");
        assertThat(e.field()).contains("proposedBy");
    }

    @Test
    void builder_nulls_areRejectedAsMissing() {
        missing(() -> AwardProposal.builder().awardKind(null));
        missing(() -> AwardProposal.builder().basis((Text) null));
        missing(() -> AwardProposal.builder().period(null));
    }

    @Test
    void equals_sameValues_areEqual() {
        assertThat(flagFor(PHU_THO))
                .isEqualTo(flagFor(PHU_THO))
                .hasSameHashCodeAs(flagFor(PHU_THO))
                .isNotEqualTo(flagFor(Id.of("yen-bai")));
    }
}
