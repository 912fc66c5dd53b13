package io.github.thidua.benchmarks;

import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Points;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Registry;
import java.util.Iterator;
import java.util.List;

/**
 * thidua's side: the full evaluation (criterion points, totals, bands, ranks with the tie-break
 * chain, award proposals) through {@link Evaluator#evaluateAll(io.github.thidua.scoring.Policy,
 * Iterator, int, java.util.function.Consumer)}, each cluster's results copied into compact arrays
 * as they arrive, so that nothing of a cluster outlives its evaluation.
 */
final class ThiduaSide {

    private static final Evaluator EVALUATOR = Evaluator.of(Registry.builtIns());

    /** What a run recorded besides the scores. */
    static final class Extras {
        /** [unit]: the position after the tie-break chain. */
        final int[] position;

        /** How many units were proposed for an award, and how many were classified. */
        long proposals;

        long banded;

        Extras(int units) {
            position = new int[units];
        }
    }

    private ThiduaSide() {}

    /**
     * Evaluates every cluster the iterator gives, in cluster index order, on {@code threads}
     * threads; the scores' ranks are left for {@link Scores#rankByTotal()}.
     */
    static void run(Iterator<? extends EvaluationInput> inputs, int threads, Scores out, Extras extras) {
        int[] next = {0};
        EVALUATOR.evaluateAll(Workloads.policy(), inputs, threads, evaluation -> {
            int base = next[0] * Workloads.CLUSTER_SIZE;
            next[0]++;
            record(evaluation, base, out, extras);
        });
        if (next[0] * Workloads.CLUSTER_SIZE != out.total.length) {
            throw new IllegalStateException("evaluated " + next[0] + " clusters for " + out.total.length + " units");
        }
    }

    private static void record(Evaluation evaluation, int base, Scores out, Extras extras) {
        ClusterResult result = evaluation.result();
        List<UnitResult> units = result.units();
        if (units.size() != Workloads.CLUSTER_SIZE) {
            throw new IllegalStateException("a cluster of " + units.size() + " units");
        }
        // Units come ordered by id, c<i>-u0 … c<i>-u7: member order.
        for (int m = 0; m < units.size(); m++) {
            UnitResult unit = units.get(m);
            int u = base + m;
            List<CriterionResult> criteria = unit.criteria();
            for (int k = 0; k < criteria.size(); k++) {
                out.points[k][u] = cents(criteria.get(k).points());
            }
            out.total[u] = cents(unit.total());
            extras.position[u] = unit.rank().orElseThrow().position();
            extras.proposals += unit.proposals().size();
            extras.banded += unit.band().isPresent() ? 1 : 0;
        }
    }

    /** Returns points as exact hundredths; fails if they have more places than the policy rounds to. */
    static long cents(Points points) {
        return points.toBigDecimal().movePointRight(2).longValueExact();
    }
}
