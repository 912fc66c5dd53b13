package io.github.thidua.scoring;

import static io.github.thidua.scoring.RankingFixtures.collective;
import static io.github.thidua.scoring.RankingFixtures.rank;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

class RankerPropertiesTest {

    private static final List<RankingRules> RULES = List.of(
            RankingRules.of(RankingKind.COMPETITION),
            RankingRules.of(RankingKind.DENSE),
            RankingRules.of(RankingKind.ORDINAL),
            RankingRules.builder()
                    .kind(RankingKind.COMPETITION)
                    .addChain(
                            TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", "I"))),
                            TieBreakLink.of("women-share"),
                            TieBreakLink.of("vote-result"),
                            TieBreakLink.of("fewer-deductions"),
                            TieBreakLink.of("more-full-marks"))
                    .build(),
            RankingRules.builder()
                    .kind(RankingKind.ORDINAL)
                    .addChain(
                            TieBreakLink.of("more-full-marks"),
                            TieBreakLink.of("lot", Parameters.of(Map.of("seed", "2026-01-15"))))
                    .build());

    private static QuickTheory theory() {
        return qt().withExamples(200);
    }

    /**
     * Up to 12 units with totals drawn from few values (so ties are common) and tie-break keys drawn
     * from few values, some of them missing.
     */
    private static Gen<List<Candidate>> candidates() {
        Gen<int[]> keys = lists().of(integers().between(0, 5))
                .ofSize(7)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        return lists().of(keys).ofSizeBetween(0, 12).map(rows -> {
            List<Candidate> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                int[] k = rows.get(i);
                Id unit = Id.of("unit-" + i);
                Candidate.Builder b = Candidate.builder()
                        .unit(unit)
                        .total(Points.of(90 + k[0] / 2))
                        .deductions(Points.of(k[1] % 2))
                        .fullMarks(k[2] % 3);
                if (k[3] > 0) {
                    b.putAllSubtotals(Map.of("I", Points.of(k[3] % 3)));
                }
                if (k[4] > 1) {
                    b.votes(k[4] % 3);
                }
                if (k[5] > 0) {
                    b.collective(collective(unit, 10, k[5] + 4));
                }
                out.add(b.build());
            }
            return out;
        });
    }

    private static Gen<RankingRules> rules() {
        return integers().between(0, RULES.size() - 1).map(RULES::get);
    }

    @Test
    void shufflingCandidates_givesIdenticalRanksAndExplanations() {
        theory().forAll(candidates(), rules(), longs().all()).checkAssert((candidates, rules, seed) -> {
            List<Candidate> shuffled = new ArrayList<>(candidates);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(rank(shuffled, rules)).isEqualTo(rank(candidates, rules));
        });
    }

    @Test
    void positions_areConsistentWithTotals() {
        theory().forAll(candidates(), rules()).checkAssert((candidates, rules) -> {
            List<RankedCandidate> ranked = rank(candidates, rules);
            for (RankedCandidate a : ranked) {
                for (RankedCandidate b : ranked) {
                    if (a.total().isGreaterThan(b.total())) {
                        assertThat(a.rank().position()).isLessThan(b.rank().position());
                    }
                    if (a.rank().position() == b.rank().position()) {
                        assertThat(a.total()).isEqualTo(b.total());
                    }
                }
            }
            assertThat(ranked).extracting(r -> r.rank().position()).isSorted();
        });
    }

    @Test
    void competition_positionIsOnePlusTheUnitsStrictlyAhead() {
        theory().forAll(candidates()).checkAssert(candidates -> {
            List<RankedCandidate> ranked = rank(candidates, RULES.get(0));
            for (RankedCandidate r : ranked) {
                long ahead = ranked.stream()
                        .filter(o -> o.total().isGreaterThan(r.total()))
                        .count();
                assertThat(r.rank().position()).isEqualTo(1 + (int) ahead);
            }
            // The 1-2-2-4 gap: after k units share a position p, the next position is p + k.
            for (int i = 1; i < ranked.size(); i++) {
                int previous = ranked.get(i - 1).rank().position();
                int current = ranked.get(i).rank().position();
                assertThat(current).isIn(previous, i + 1);
            }
        });
    }

    @Test
    void sharedPositions_areExactlyTheUnresolvedTies() {
        theory().forAll(candidates(), rules()).checkAssert((candidates, rules) -> {
            for (RankedCandidate r : rank(candidates, rules)) {
                assertThat(r.rank().unresolved()).isEqualTo(r.rank().isTied());
                assertThat(r.rank().decider().isPresent()).isEqualTo(r.rank().isTied());
            }
        });
    }
}
