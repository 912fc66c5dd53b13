package io.github.thidua.benchmarks;

import io.github.thidua.benchmarks.Workloads.Rule;
import io.github.thidua.benchmarks.Workloads.Spec;
import java.math.RoundingMode;

/**
 * The floor: the workload's scoring written by hand as one loop over primitive arrays, amounts as
 * {@code long} hundredths, no object per unit, on one thread. It replicates the engine's
 * arithmetic exactly: every rule's single division is rounded half up to the policy's division
 * scale (10 places), then the criterion's points half up to 2 places, as the engine does.
 */
final class Floor {

    private static final long E8 = 100_000_000L;
    private static final int DIVISION_SCALE = 10;

    private final Columns in;
    private final int criteria = Workloads.CRITERIA;
    private final Rule[] rule = new Rule[criteria];
    private final long[] max = new long[criteria];
    private final long[] parameter = new long[criteria];
    private final long[] partial = new long[criteria];
    private final boolean[] lower = new boolean[criteria];
    private final boolean[] noneLead = new boolean[criteria];
    private final int[] group = new int[criteria];
    private final long[] groupMax = new long[Workloads.GROUP_CODES.size()];
    private final long bonusCap = Workloads.cents(Workloads.BONUS_CAP);
    private final long deductionCap = Workloads.cents(Workloads.DEDUCTION_CAP);

    Floor(Columns in) {
        this.in = in;
        for (int k = 0; k < criteria; k++) {
            Spec s = Workloads.SPECS.get(k);
            rule[k] = s.rule();
            max[k] = s.maxCents();
            lower[k] = s.lower();
            noneLead[k] = s.noneLead();
            group[k] = s.group();
            if (s.parameter() != null) {
                parameter[k] = s.parameterCents();
            }
            if (s.rule() == Rule.QUALITATIVE) {
                // max × fraction is exact; only the criterion rounding applies.
                partial[k] = Workloads.cents(s.max().multiply(s.parameter()).setScale(2, RoundingMode.HALF_UP));
            }
            if (s.group() >= 0) {
                groupMax[s.group()] += s.maxCents();
            }
        }
    }

    /** Scores every unit into {@code out}, cluster by cluster. */
    void score(Scores out) {
        int size = Workloads.CLUSTER_SIZE;
        long[] groupSum = new long[groupMax.length];
        for (int base = 0; base < in.units; base += size) {
            int end = base + size;
            for (int k = 0; k < criteria; k++) {
                long[] points = out.points[k];
                long m = max[k];
                switch (rule[k]) {
                    case QUALITATIVE -> {
                        boolean[] achieved = in.achieved[k];
                        for (int u = base; u < end; u++) {
                            points[u] = achieved[u] ? m : partial[k];
                        }
                    }
                    case QUANTITATIVE -> quantitative(k, base, end, points);
                    case LEADER_RELATIVE -> leaderRelative(k, base, end, points);
                    case COUNT -> {
                        int[] count = in.count[k];
                        for (int u = base; u < end; u++) {
                            points[u] = Math.min(count[u] * parameter[k], m);
                        }
                    }
                    case BONUS -> {
                        int[] occurrences = in.occurrences[k];
                        for (int u = base; u < end; u++) {
                            points[u] = Math.min(occurrences[u] * parameter[k], m);
                        }
                    }
                    case DEDUCTION -> {
                        int[] occurrences = in.occurrences[k];
                        for (int u = base; u < end; u++) {
                            points[u] = -Math.min(occurrences[u] * parameter[k], m);
                        }
                    }
                    case FORMULA_SHARE -> {
                        // IF(achieved = 1, MIN(max, (count * 2 + occurrences) * max / 12),
                        //    MIN(max / 2, count * max / 12)); max is m / 100, so "/ 12" is "/ 1200".
                        boolean[] achieved = in.achieved[k];
                        int[] count = in.count[k];
                        int[] occurrences = in.occurrences[k];
                        for (int u = base; u < end; u++) {
                            points[u] = achieved[u]
                                    ? Math.min(m, cents((2L * count[u] + occurrences[u]) * m, 1200))
                                    : Math.min(cents(m, 200), cents(count[u] * m, 1200));
                        }
                    }
                    case FORMULA_PLAIN -> {
                        // IF(achieved = 1, MIN(max, count * 0.75 + occurrences * 0.25), 0)
                        boolean[] achieved = in.achieved[k];
                        int[] count = in.count[k];
                        int[] occurrences = in.occurrences[k];
                        for (int u = base; u < end; u++) {
                            points[u] = achieved[u] ? Math.min(m, 75L * count[u] + 25L * occurrences[u]) : 0;
                        }
                    }
                }
            }
            for (int u = base; u < end; u++) {
                java.util.Arrays.fill(groupSum, 0);
                long bonus = 0;
                long deducted = 0;
                for (int k = 0; k < criteria; k++) {
                    long p = out.points[k][u];
                    switch (rule[k]) {
                        case BONUS -> bonus += p;
                        case DEDUCTION -> deducted -= p;
                        default -> groupSum[group[k]] += p;
                    }
                }
                long total = Math.min(bonus, bonusCap) - Math.min(deducted, deductionCap);
                for (int g = 0; g < groupSum.length; g++) {
                    total += Math.min(groupSum[g], groupMax[g]);
                }
                out.total[u] = total;
            }
            for (int u = base; u < end; u++) {
                int ahead = 0;
                for (int v = base; v < end; v++) {
                    if (out.total[v] > out.total[u]) {
                        ahead++;
                    }
                }
                out.rank[u] = 1 + ahead;
            }
        }
    }

    // points = max × n ÷ (d × cap), n ÷ d the ratio (target ÷ actual when lower is better).
    private void quantitative(int k, int base, int end, long[] points) {
        long[] actual = in.actual[k];
        long[] target = in.target[k];
        long m = max[k];
        long cap = parameter[k];
        for (int u = base; u < end; u++) {
            long n = lower[k] ? target[u] : actual[u];
            long d = lower[k] ? actual[u] : target[u];
            if ((lower[k] && actual[u] <= 0) || 100 * n >= d * cap) {
                points[u] = m;
            } else if (n <= 0) {
                points[u] = 0;
            } else {
                points[u] = cents(m * n, d * cap);
            }
        }
    }

    // Below target ½·max·r; at target ½·max; the leader (best ratio above 1) max; other
    // over-achievers ½·max + ½·max·(r − 1) ÷ (rL − 1), as one division, never above max.
    private void leaderRelative(int k, int base, int end, long[] points) {
        long[] actual = in.actual[k];
        long[] target = in.target[k];
        boolean low = lower[k];
        long m = max[k];
        boolean found = false;
        boolean topUnbounded = false;
        long topN = 0;
        long topD = 0;
        int tied = 0;
        for (int u = base; u < end; u++) {
            boolean unbounded = low && actual[u] <= 0;
            long n = low ? target[u] : actual[u];
            long d = low ? actual[u] : target[u];
            if (!unbounded && n <= d) {
                continue;
            }
            int c = found ? compare(unbounded, n, d, topUnbounded, topN, topD) : 1;
            if (c > 0) {
                found = true;
                topUnbounded = unbounded;
                topN = n;
                topD = d;
                tied = 0;
            }
            if (c >= 0) {
                tied++;
            }
        }
        boolean noLeader = tied > 1 && noneLead[k];
        long half = cents(m, 200);
        for (int u = base; u < end; u++) {
            boolean unbounded = low && actual[u] <= 0;
            long n = low ? target[u] : actual[u];
            long d = low ? actual[u] : target[u];
            if (!unbounded && n < d) {
                points[u] = n <= 0 ? 0 : cents(m * n, 200 * d);
            } else if (!unbounded && n == d) {
                points[u] = half;
            } else if (noLeader) {
                points[u] = half;
            } else if (compare(unbounded, n, d, topUnbounded, topN, topD) == 0) {
                points[u] = m;
            } else if (topUnbounded) {
                points[u] = half;
            } else {
                long excess = topN - topD;
                long x = d * excess + (n - d) * topD;
                points[u] = Math.min(m, cents(m * x, 200 * d * excess));
            }
        }
    }

    private static int compare(boolean aUnbounded, long an, long ad, boolean bUnbounded, long bn, long bd) {
        if (aUnbounded || bUnbounded) {
            return Boolean.compare(aUnbounded, bUnbounded);
        }
        return Long.compare(an * bd, bn * ad);
    }

    /**
     * Returns num ÷ den (in points) as hundredths: first half up to the division scale, then half
     * up to 2 places, as the engine rounds a rule's quotient and then the criterion's points.
     */
    static long cents(long num, long den) {
        return (divideHalfUp(num, den, DIVISION_SCALE) + E8 / 2) / E8;
    }

    /**
     * Returns num ÷ den × 10^scale rounded half up, exactly, for {@code num >= 0} and {@code 0 < den < 2^59}.
     */
    static long divideHalfUp(long num, long den, int scale) {
        long q = num / den;
        long r = num % den;
        if (den < 922_337_203L && scale == DIVISION_SCALE) {
            // r × 10^10 fits in a long.
            long scaled = r * 10_000_000_000L;
            q = Math.addExact(Math.multiplyExact(q, 10_000_000_000L), scaled / den);
            r = scaled % den;
        } else {
            for (int i = 0; i < scale; i++) {
                r *= 10;
                q = Math.addExact(Math.multiplyExact(q, 10), r / den);
                r %= den;
            }
        }
        return 2 * r >= den ? q + 1 : q;
    }
}
