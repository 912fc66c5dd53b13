package io.github.thidua.benchmarks;

import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Registry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluation of clusters of 8 units × 20 criteria ({@link Workloads}): one cluster, and a whole run
 * of many clusters through {@link Evaluator#evaluateAll(io.github.thidua.scoring.Policy,
 * java.util.Iterator, int, java.util.function.Consumer) evaluateAll} on one thread, so that the
 * figure is per core. {@link SideBySide} compares whole runs with DuckDB and a hand-written loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

    /** How many clusters the run evaluates. */
    @Param({"125"})
    public int clusters;

    private final Evaluator evaluator = Evaluator.of(Registry.builtIns());
    private List<EvaluationInput> inputs;

    /** Builds the workload before timing. */
    @Setup
    public void setUp() {
        inputs = Workloads.clusters(clusters, 42L);
    }

    /**
     * Evaluates one cluster.
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation oneCluster() {
        return evaluator.evaluate(Workloads.policy(), inputs.get(0));
    }

    /**
     * Evaluates every cluster of the workload (1,000 units for 125 clusters).
     *
     * @param blackhole consumes the results
     */
    @Benchmark
    public void wholeRun(Blackhole blackhole) {
        evaluator.evaluateAll(Workloads.policy(), inputs.iterator(), 1, blackhole::consume);
    }
}
