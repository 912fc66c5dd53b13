package io.github.thidua.scoring;

import static io.github.thidua.scoring.RankingFixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.MissingValueException;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Parameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingRulesTest {

    @Test
    void build_nothingGiven_competitionWithoutChainAndTheCompetentAuthority() {
        RankingRules rules = RankingRules.builder().build();
        assertThat(rules.kind()).isEqualTo(RankingKind.COMPETITION);
        assertThat(rules.chain()).isEmpty();
        assertThat(rules.decider()).isEqualTo(Text.of("người có thẩm quyền", "the competent authority"));
    }

    @Test
    void build_sameTieBreakerWithOtherParameters_isAccepted() {
        RankingRules rules = RankingRules.builder()
                .addChain(TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", "I"))))
                .addChain(TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", "II"))))
                .build();
        assertThat(rules.chain()).hasSize(2);
    }

    @Test
    void build_sameLinkTwice_isRejected() {
        ValidationException e = rejected(() -> RankingRules.builder()
                .addChain(TieBreakLink.of("women-share"), TieBreakLink.of("women-share"))
                .build());
        assertThat(e.field()).isEqualTo("chain[1]");
    }

    @Test
    void tieBreakLink_withoutParameters_hasNone() {
        assertThat(TieBreakLink.of("lot").parameters()).isEqualTo(Parameters.none());
    }

    @Test
    void tieBreakLink_malformedName_isRejected() {
        ValidationException e = rejected(() -> TieBreakLink.of("Group Subtotal"));
        assertThat(e.type()).isEqualTo("TieBreakLink");
        assertThat(e.field()).isEqualTo("name");
    }

    @Test
    void tieBreakLink_nullName_isAMissingValue() {
        assertThat(rejected(() -> TieBreakLink.of(null))).isInstanceOf(MissingValueException.class);
    }

    @Test
    void rankingKind_labelsShowTheirNumbering() {
        assertThat(RankingKind.COMPETITION.label().vi()).isEqualTo("xếp hạng cạnh tranh (1-2-2-4)");
        assertThat(RankingKind.DENSE.label().vi()).isEqualTo("xếp hạng liền (1-2-2-3)");
        assertThat(RankingKind.ORDINAL.label(Locale.ENGLISH)).isEqualTo("ordinal ranking (1-2-3-4)");
    }
}
