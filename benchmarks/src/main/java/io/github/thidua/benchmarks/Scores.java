package io.github.thidua.benchmarks;

/**
 * What one side of the comparison computed, in compact arrays: each unit's criterion points and
 * total in hundredths, and its competition rank in its cluster (1 + the number of units of the
 * cluster with a strictly greater total).
 */
final class Scores {

    final String side;

    /** [criterion][unit]: points in hundredths. */
    final long[][] points;

    /** [unit]: the total in hundredths. */
    final long[] total;

    /** [unit]: the competition rank by total. */
    final int[] rank;

    Scores(String side, int units) {
        this.side = side;
        points = new long[Workloads.CRITERIA][units];
        total = new long[units];
        rank = new int[units];
    }

    /** Sets every unit's rank from the totals: 1 + the units of its cluster strictly ahead. */
    void rankByTotal() {
        int size = Workloads.CLUSTER_SIZE;
        for (int base = 0; base < total.length; base += size) {
            for (int u = base; u < base + size; u++) {
                int ahead = 0;
                for (int v = base; v < base + size; v++) {
                    if (total[v] > total[u]) {
                        ahead++;
                    }
                }
                rank[u] = 1 + ahead;
            }
        }
    }
}
