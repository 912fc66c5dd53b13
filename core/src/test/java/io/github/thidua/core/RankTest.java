package io.github.thidua.core;

import static io.github.thidua.core.H2Fixtures.HA_GIANG;
import static io.github.thidua.core.H2Fixtures.PHU_THO;
import static io.github.thidua.core.H2Fixtures.YEN_BAI;
import static io.github.thidua.core.H2Fixtures.missing;
import static io.github.thidua.core.H2Fixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankTest {

    private static final Text HEAD_AND_DEPUTY = Text.of("Cụm trưởng và Cụm phó", "the cluster head and deputy");

    @Test
    void of_positionAlone_isNotTied() {
        Rank r = Rank.of(1);
        assertThat(r.isTied()).isFalse();
        assertThat(r.unresolved()).isFalse();
        assertThat(r.decidedBy()).isEmpty();
    }

    @Test
    void build_tiedWith_isSortedWhateverTheInputOrder() {
        Rank r = Rank.builder().position(2).addTiedWith(YEN_BAI, HA_GIANG).build();
        assertThat(r.tiedWith()).containsExactly(HA_GIANG, YEN_BAI);
        assertThat(r)
                .isEqualTo(Rank.builder()
                        .position(2)
                        .addTiedWith(HA_GIANG, YEN_BAI)
                        .build());
    }

    @Test
    void build_unresolvedTieWithDecider_isAccepted() {
        Rank r = Rank.builder()
                .position(1)
                .addTiedWith(PHU_THO)
                .unresolved(true)
                .decider(HEAD_AND_DEPUTY)
                .build();
        assertThat(r.unresolved()).isTrue();
        assertThat(r.decider()).contains(HEAD_AND_DEPUTY);
    }

    @Test
    void build_separatedByATieBreaker_recordsItsName() {
        Rank r = Rank.builder().position(2).decidedBy("subtotal:group-1").build();
        assertThat(r.decidedBy()).contains("subtotal:group-1");
    }

    @Test
    void build_positionZero_isRejected() {
        ValidationException e = rejected(() -> Rank.of(0));
        assertThat(e.type()).isEqualTo("Rank");
        assertThat(e.field()).isEqualTo("position");
        assertThat(e.value()).contains("0");
        assertThat(e.getMessage()).contains("at least 1");
    }

    @Test
    void build_duplicateTiedUnit_isRejected() {
        ValidationException e = rejected(
                () -> Rank.builder().position(1).addTiedWith(PHU_THO, PHU_THO).build());
        assertThat(e.field()).isEqualTo("tiedWith[1]");
        assertThat(e.value()).contains("phu-tho");
    }

    @Test
    void build_unresolvedWithoutTie_isRejected() {
        ValidationException e =
                rejected(() -> Rank.builder().position(1).unresolved(true).build());
        assertThat(e.field()).isEqualTo("unresolved");
        assertThat(e.getMessage()).contains("only for a position shared with other units");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("chỉ khi đồng hạng với đơn vị khác");
    }

    @Test
    void build_unresolvedButDecidedByATieBreaker_isRejected() {
        ValidationException e = rejected(() -> Rank.builder()
                .position(1)
                .addTiedWith(PHU_THO)
                .unresolved(true)
                .decidedBy("fewer-deductions")
                .build());
        assertThat(e.field()).isEqualTo("decidedBy");
        assertThat(e.value()).contains("\"fewer-deductions\"");
    }

    @Test
    void build_deciderWithoutUnresolvedTie_isRejected() {
        ValidationException e = rejected(
                () -> Rank.builder().position(1).decider(HEAD_AND_DEPUTY).build());
        assertThat(e.field()).isEqualTo("decider");
        assertThat(e.getMessage()).contains("only when unresolved is true");
    }

    @Test
    void build_missingPosition_isReported() {
        MissingValueException e = missing(() -> Rank.builder().build());
        assertThat(e.field()).contains("position");
    }

    @Test
    void builder_nulls_areRejectedAsMissing() {
        missing(() -> Rank.builder().addTiedWith((Id) null));
        missing(() -> Rank.builder().decider((Text) null));
        missing(() -> Rank.builder().decidedBy((String) null));
    }

    @Test
    void equals_sameValues_areEqual() {
        assertThat(Rank.of(3))
                .isEqualTo(Rank.of(3))
                .hasSameHashCodeAs(Rank.of(3))
                .isNotEqualTo(Rank.of(4));
    }
}
