package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.AwardProposal;
import io.github.thidua.core.BandResult;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rank;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.Vnd;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultDiffTest {

    private static UnitResult unit(String id, String a, String b, int rank) {
        return builder(id, a, b, rank).build();
    }

    private static UnitResult.Builder builder(String id, String a, String b, int rank) {
        Points pa = Points.parse(a);
        Points pb = Points.parse(b);
        return UnitResult.builder()
                .unit(Id.of(id))
                .addCriteria(CriterionResult.of("A", pa), CriterionResult.of("B", pb))
                .total(pa.plus(pb))
                .rank(Rank.of(rank))
                .explanation(Explanation.of("unit.total", Text.of("tổng", "total")));
    }

    private static ClusterResult result(String version, UnitResult... units) {
        return ClusterResult.builder()
                .cluster(Id.of("cum"))
                .period(ScoringFixtures.YEAR)
                .policyId("quy-che")
                .policyVersion(version)
                .policyFingerprint("00ff00ff")
                .addUnits(units)
                .build();
    }

    @Test
    void between_saysWhoMovedAndWhichCriteriaMadeThem() {
        ClusterResult before = result("1", unit("a", "40", "20", 1), unit("b", "35", "24", 2));
        ClusterResult after = result("2", unit("a", "34", "20", 2), unit("b", "38.5", "24", 1));
        List<UnitChange> changes = ResultDiff.between(before, after);
        assertThat(changes).extracting(UnitChange::unit).containsExactly(Id.of("a"), Id.of("b"));
        UnitChange b = changes.get(1);
        assertThat(b.rankBefore()).hasValue(2);
        assertThat(b.rankAfter()).hasValue(1);
        assertThat(b.criteria()).containsExactly(java.util.Map.entry("A", Points.parse("3.5")));
        assertThat(b.explanation().render(Locale.ENGLISH))
                .contains("b: total 59 → 62.5, rank 2 → 1")
                .contains("A: 35 → 38.5 (+3.5)");
        assertThat(changes.get(0).explanation().render(Text.VIETNAMESE)).contains("a: tổng 60 → 54, hạng 1 → 2");
    }

    @Test
    void between_identicalResults_reportsNoChange() {
        ClusterResult one = result("1", unit("a", "40", "20", 1));
        assertThat(ResultDiff.between(one, one))
                .singleElement()
                .satisfies(c -> assertThat(c.changed()).isFalse());
    }

    @Test
    void between_unitInOnlyOneResult_isReportedAsSuch() {
        ClusterResult before = result("1", unit("a", "40", "20", 1));
        ClusterResult after = result("1", unit("a", "40", "20", 1), unit("c", "1", "1", 2));
        UnitChange c = ResultDiff.between(before, after).get(1);
        assertThat(c.totalBefore()).isEmpty();
        assertThat(c.changed()).isTrue();
        assertThat(c.explanation().text().en()).isEqualTo("c appears only in the second result");
    }

    @Test
    void between_sameTotalsButNewBandProposalAndCash_reportsEachChange() {
        UnitResult before = builder("a", "50", "45", 1)
                .band(BandResult.of("excellent", Text.of("Hoàn thành xuất sắc nhiệm vụ", "Excellent")))
                .build();
        UnitResult after = builder("a", "50", "45", 1)
                .band(BandResult.of("good", Text.of("Hoàn thành tốt nhiệm vụ", "Good")))
                .addProposals(AwardProposal.builder()
                        .recipient(Id.of("a"))
                        .recipientKind(RecipientKind.COLLECTIVE)
                        .awardKind(AwardKinds.MINISTRY_PROVINCE_FLAG)
                        .period(ScoringFixtures.YEAR)
                        .proposedBy(Id.of("cum"))
                        .build())
                .cash(Vnd.of(7_020_000))
                .build();

        UnitChange change =
                ResultDiff.between(result("1", before), result("2", after)).get(0);

        assertThat(change.changed()).isTrue();
        assertThat(change.criteria()).isEmpty();
        assertThat(change.bandBefore()).hasValue("excellent");
        assertThat(change.bandAfter()).hasValue("good");
        assertThat(change.proposalsBefore()).isEmpty();
        assertThat(change.proposalsAfter()).containsExactly(Id.of("ministry-province-flag"));
        assertThat(change.cashBefore()).isEmpty();
        assertThat(change.cashAfter()).hasValue(Vnd.of(7_020_000));
        assertThat(change.explanation().render(Locale.ENGLISH))
                .contains("a: total 95 → 95, stays 1")
                .contains("band: Excellent (excellent) → Good (good)")
                .contains("award proposals: none → ministry-province-flag")
                .contains("cash: none → VND 7,020,000");
        assertThat(change.explanation().render(Text.VIETNAMESE))
                .contains("xếp loại: Hoàn thành xuất sắc nhiệm vụ (excellent) → Hoàn thành tốt nhiệm vụ (good)")
                .contains("đề nghị khen thưởng: không có → ministry-province-flag")
                .contains("tiền thưởng: không có → 7.020.000 đồng");
    }

    @Test
    void between_onlyCashDiffers_isAChange() {
        UnitResult base = unit("a", "50", "45", 1);
        UnitResult paid = builder("a", "50", "45", 1).cash(Vnd.of(1_000_000)).build();
        assertThat(ResultDiff.between(result("1", base), result("1", paid))
                        .get(0)
                        .changed())
                .isTrue();
    }

    @Test
    void between_sameRankNewTotal_saysTheRankStays() {
        ClusterResult before = result("1", unit("a", "40", "20", 1));
        ClusterResult after = result("2", unit("a", "41", "20", 1));

        UnitChange a = ResultDiff.between(before, after).get(0);

        assertThat(a.explanation().text().en()).startsWith("a: total 60 → 61, stays 1");
        assertThat(a.explanation().text().vi()).startsWith("a: tổng 60 → 61, giữ hạng 1");
    }

    @Test
    void between_unitOnlyInTheFirstResult_keepsWhatItHad() {
        ClusterResult before = result("1", unit("a", "40", "20", 1), unit("b", "30", "20", 2));
        ClusterResult after = result("2", unit("a", "40", "20", 1));

        List<UnitChange> changes = ResultDiff.between(before, after);

        assertThat(changes).extracting(UnitChange::unit).containsExactly(Id.of("a"), Id.of("b"));
        assertThat(changes.get(1).totalBefore()).contains(Points.of(50));
        assertThat(changes.get(1).totalAfter()).isEmpty();
        assertThat(changes.get(1).rankBefore()).hasValue(2);
    }
}
