package io.github.thidua.benchmarks;

import io.github.thidua.benchmarks.Workloads.Spec;
import java.util.List;

/**
 * The raw inputs of a workload as primitive arrays, criterion by criterion (a column store): what
 * the DuckDB and hand-written baselines read. Amounts are exact hundredths ("cents"); an array a
 * criterion does not read is null.
 */
final class Columns {

    final int units;

    /** [criterion][unit]: whether achieved (qualitative and formula criteria). */
    final boolean[][] achieved;

    /** [criterion][unit]: the actual value in hundredths (quantitative and leader-relative). */
    final long[][] actual;

    /** [criterion][unit]: the pledged target in hundredths (quantitative and leader-relative). */
    final long[][] target;

    /** [criterion][unit]: the count (count-based and formula criteria). */
    final int[][] count;

    /** [criterion][unit]: the occurrences (bonus, deduction and formula criteria). */
    final int[][] occurrences;

    Columns(int units) {
        this(units, Workloads.SPECS);
    }

    /** Arrays for {@code units} units and the criteria {@code specs}, in table order. */
    Columns(int units, List<Spec> specs) {
        this.units = units;
        int n = specs.size();
        achieved = new boolean[n][];
        actual = new long[n][];
        target = new long[n][];
        count = new int[n][];
        occurrences = new int[n][];
        for (int k = 0; k < n; k++) {
            Spec s = specs.get(k);
            if (s.readsAchieved()) {
                achieved[k] = new boolean[units];
            }
            if (s.readsIndicator()) {
                actual[k] = new long[units];
                target[k] = new long[units];
            }
            if (s.readsCount()) {
                count[k] = new int[units];
            }
            if (s.readsOccurrences()) {
                occurrences[k] = new int[units];
            }
        }
    }

    /** Copies unit {@code from}'s inputs to unit {@code to}. */
    void copyUnit(int from, int to) {
        for (int k = 0; k < achieved.length; k++) {
            if (achieved[k] != null) {
                achieved[k][to] = achieved[k][from];
            }
            if (actual[k] != null) {
                actual[k][to] = actual[k][from];
                target[k][to] = target[k][from];
            }
            if (count[k] != null) {
                count[k][to] = count[k][from];
            }
            if (occurrences[k] != null) {
                occurrences[k][to] = occurrences[k][from];
            }
        }
    }
}
