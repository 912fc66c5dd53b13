package io.github.thidua.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void thidua_duckdb_andFloor_agreeExactlyAtAThousandUnits() throws Exception {
        SideBySide.Comparison comparison = SideBySide.compare(1000, 42L, 2);

        assertThat(comparison.firstDifference()).isEmpty();
        assertThat(comparison.positionsConsistent()).isTrue();
        assertThat(comparison.units()).isEqualTo(1000);
        // The comparison is not vacuous: ties on total occur, every unit is banded, awards proposed.
        assertThat(comparison.unitsInTies()).isPositive();
        assertThat(comparison.banded()).isEqualTo(1000);
        assertThat(comparison.proposals()).isPositive();
    }

    @Test
    void aSingleDifferentPoint_isReportedWithTheUnitTheCriterionAndTheThreeValues() {
        Columns columns = Workloads.units(32, 5L).columns();
        Scores floor = new Scores("floor", 32);
        new Floor(columns).score(floor);
        Scores thidua = copy(floor);
        Scores duckdb = copy(floor);
        ThiduaSide.Extras extras = new ThiduaSide.Extras(32);
        System.arraycopy(floor.rank, 0, extras.position, 0, 32);
        int l1 = Workloads.SPECS.indexOf(Workloads.SPECS.stream()
                .filter(s -> s.code().equals("L1"))
                .findFirst()
                .orElseThrow());
        duckdb.points[l1][19] = floor.points[l1][19] + 1;

        SideBySide.Comparison comparison = SideBySide.compare(thidua, extras, duckdb, floor);

        String expected = String.format(
                "unit c2-u3 (index 19), criterion L1: thidua %1$s, DuckDB %2$s, floor %1$s",
                java.math.BigDecimal.valueOf(floor.points[l1][19], 2).toPlainString(),
                java.math.BigDecimal.valueOf(floor.points[l1][19] + 1, 2).toPlainString());
        assertThat(comparison.firstDifference()).contains(expected);
        assertThat(comparison.agree()).isFalse();
    }

    @Test
    void aTieBrokenPositionOutsideItsCompetitionRank_isReported() {
        Columns columns = Workloads.units(16, 5L).columns();
        Scores floor = new Scores("floor", 16);
        new Floor(columns).score(floor);
        ThiduaSide.Extras extras = new ThiduaSide.Extras(16);
        System.arraycopy(floor.rank, 0, extras.position, 0, 16);
        extras.position[3] = floor.rank[3] == 1 ? 8 : 1;

        SideBySide.Comparison comparison = SideBySide.compare(copy(floor), extras, copy(floor), floor);

        assertThat(comparison.positionsConsistent()).isFalse();
        assertThat(comparison.firstDifference())
                .hasValueSatisfying(d -> assertThat(d).startsWith("unit c0-u3: thidua's tie-broken position"));
    }

    private static Scores copy(Scores from) {
        Scores to = new Scores("copy", from.total.length);
        for (int k = 0; k < from.points.length; k++) {
            System.arraycopy(from.points[k], 0, to.points[k], 0, from.total.length);
        }
        System.arraycopy(from.total, 0, to.total, 0, from.total.length);
        System.arraycopy(from.rank, 0, to.rank, 0, from.total.length);
        return to;
    }
}
