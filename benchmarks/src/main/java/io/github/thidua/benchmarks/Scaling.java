package io.github.thidua.benchmarks;

import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Registry;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How the cost of thidua's evaluation grows with the number of units and of criteria: times
 * {@link Evaluator#evaluateAll(io.github.thidua.scoring.Policy, java.util.Iterator, int,
 * java.util.function.Consumer) evaluateAll} alone, for every combination of units (1,000, 10,000
 * and 100,000 by default) and criteria (the 20 of {@link Workloads} replicated 1, 2 and 4 times:
 * 20, 40 and 80), on all processors and on one thread, and prints a table with the median time,
 * the time per unit and per unit-criterion, and the ratios that show whether growth is linear.
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl benchmarks -am package -DskipTests exec:exec@scaling \
 *     -Dscaling.args="--units 1000,10000,100000" -Dscaling.jvm="-Xmx2g"
 * }</pre>
 *
 * <p>Only evaluation is timed. Every run evaluates freshly built inputs (the inputs cache lookups
 * once evaluated), built before the clock starts, batch by batch when they do not fit in memory
 * at once, with a collection between building and timing; the time of a run is the sum of its
 * batches' evaluations. The sink counts each unit's criterion results and reads no explanation,
 * so that explanations stay deferred, as the evaluator leaves them. Runs are taken round-robin
 * over the configurations, so that a burst of load from other processes touches all of them
 * alike.
 *
 * <p>Options: {@code --units N,N,…} (multiples of 8; {@code 1000,10000,100000}), {@code --copies
 * K,K,…} copies of the 20 criteria ({@code 1,2,4}), {@code --threads T,T,…} ({@code P,1} with P
 * the available processors), {@code --repeat R} timed rounds, reported as the median with the
 * best (3), {@code --warmup W} untimed rounds first, over the configurations of at most 10,000
 * units (2), {@code --batch C} the most unit-criteria built at once (4,000,000: 100,000 units of
 * 40 criteria), {@code --seed S} (42). Exits with 2 on a bad option.
 */
public final class Scaling {

    /** Warm-up rounds skip larger runs: the JIT has compiled the evaluator well before them. */
    static final int WARMUP_MAX_UNITS = 10_000;

    private static final Evaluator EVALUATOR = Evaluator.of(Registry.builtIns());

    private Scaling() {}

    /** The options; see the class description. */
    record Options(
            List<Integer> units,
            List<Integer> copies,
            List<Integer> threads,
            int repeat,
            int warmup,
            long batch,
            long seed) {

        static Options parse(String... args) {
            List<Integer> units = List.of(1_000, 10_000, 100_000);
            List<Integer> copies = List.of(1, 2, 4);
            int processors = Runtime.getRuntime().availableProcessors();
            List<Integer> threads = processors == 1 ? List.of(1) : List.of(processors, 1);
            int repeat = 3;
            int warmup = 2;
            long batch = 4_000_000L;
            long seed = 42L;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--units" -> units = list(value(args, ++i, arg));
                    case "--copies" -> copies = list(value(args, ++i, arg));
                    case "--threads" -> threads = list(value(args, ++i, arg));
                    case "--repeat" -> repeat = Integer.parseInt(value(args, ++i, arg));
                    case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, arg));
                    case "--batch" ->
                        batch = Long.parseLong(
                                value(args, ++i, arg).replace("_", "").replace(",", ""));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            for (int u : units) {
                if (u <= 0 || u % Workloads.CLUSTER_SIZE != 0) {
                    throw new IllegalArgumentException("--units must be positive multiples of 8, got " + u);
                }
            }
            for (int k : copies) {
                if (k < 1 || k > Workloads.MAX_CRITERIA_COPIES) {
                    throw new IllegalArgumentException(
                            "--copies must be 1 to " + Workloads.MAX_CRITERIA_COPIES + ", got " + k);
                }
            }
            if (threads.stream().anyMatch(t -> t < 1) || repeat < 1 || warmup < 0 || batch < 1) {
                throw new IllegalArgumentException(
                        "--threads, --repeat and --batch must be 1 or more, --warmup 0 or more");
            }
            return new Options(units, copies, threads, repeat, warmup, batch, seed);
        }

        /** Parses {@code 1000,10_000,100000}: ascending, without repeats. */
        private static List<Integer> list(String text) {
            int[] values = Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .mapToInt(s -> Integer.parseInt(s.replace("_", "")))
                    .distinct()
                    .toArray();
            if (values.length == 0) {
                throw new IllegalArgumentException("an empty list: " + text);
            }
            return Arrays.stream(values).boxed().toList();
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /**
     * One measured configuration.
     *
     * @param threads the evaluator's threads
     * @param units the number of units
     * @param criteria the number of criteria
     * @param nanos the timed runs' evaluation times
     * @param gcNanos the collectors' time within each timed run
     */
    record Row(int threads, int units, int criteria, List<Long> nanos, List<Long> gcNanos) {

        double median() {
            return Scaling.median(nanos);
        }

        double perUnitCriterion() {
            return median() / ((double) units * criteria);
        }
    }

    /**
     * Measures and prints the table.
     *
     * @param args the options, see the class description
     */
    public static void main(String... args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: Scaling [--units N,N,…] [--copies K,K,…] [--threads T,T,…] [--repeat R]"
                    + " [--warmup W] [--batch C] [--seed S]");
            System.exit(2);
            return;
        }
        PrintStream out = System.out;
        out.printf(
                Locale.ROOT,
                "thidua scaling: evaluateAll alone, units %s × criteria %s, threads %s, seed %d%n",
                options.units(),
                options.copies().stream().map(k -> k * Workloads.CRITERIA).toList(),
                options.threads(),
                options.seed());
        out.printf(
                Locale.ROOT,
                "JVM: Java %s, %d processors, -Xmx %s (max heap %,d MiB)%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Machine.xmx(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(
                Locale.ROOT,
                "timing: median of %d timed round(s) [best], after %d warm-up round(s) over the runs of at most %,d"
                        + " units; inputs built before timing for every run, at most %,d unit-criteria at once;"
                        + " explanations not read (deferred)%n",
                options.repeat(),
                options.warmup(),
                WARMUP_MAX_UNITS,
                options.batch());
        out.println(Machine.load("at start"));
        long start = System.nanoTime();
        List<Row> rows = measure(options, out);
        out.printf(
                Locale.ROOT, "measured in %.0f s; %s%n", (System.nanoTime() - start) / 1e9, Machine.load("at the end"));
        out.println();
        table(rows).forEach(out::println);
    }

    /**
     * Times every configuration: {@code warmup} untimed rounds over the small ones, then {@code
     * repeat} timed rounds over all of them, one run of each configuration per round.
     *
     * @param o the options
     * @param progress where a line per round goes
     * @return the rows, by threads, units and criteria in the options' order
     */
    static List<Row> measure(Options o, PrintStream progress) {
        Map<List<Integer>, Row> rows = new LinkedHashMap<>();
        for (int threads : o.threads()) {
            for (int units : o.units()) {
                for (int copies : o.copies()) {
                    rows.put(
                            List.of(threads, units, copies),
                            new Row(threads, units, copies * Workloads.CRITERIA, new ArrayList<>(), new ArrayList<>()));
                }
            }
        }
        int smallest = o.units().stream().mapToInt(Integer::intValue).min().orElseThrow();
        for (int round = 0; round < o.warmup() + o.repeat(); round++) {
            boolean timed = round >= o.warmup();
            long roundStart = System.nanoTime();
            for (Map.Entry<List<Integer>, Row> entry : rows.entrySet()) {
                int threads = entry.getKey().get(0);
                int units = entry.getKey().get(1);
                if (!timed && units > WARMUP_MAX_UNITS && units != smallest) {
                    continue;
                }
                UnitWorkload workload = Workloads.units(units, entry.getKey().get(2), o.seed());
                long[] run = run(workload, threads, o.batch());
                if (timed) {
                    entry.getValue().nanos().add(run[0]);
                    entry.getValue().gcNanos().add(run[1]);
                }
            }
            progress.printf(
                    Locale.ROOT,
                    "%s round %d done in %.0f s; %s%n",
                    timed ? "timed" : "warm-up",
                    timed ? round - o.warmup() + 1 : round + 1,
                    (System.nanoTime() - roundStart) / 1e9,
                    Machine.load("now"));
        }
        return List.copyOf(rows.values());
    }

    /**
     * Evaluates the whole workload once, batch by batch, timing only evaluation.
     *
     * @return the evaluation time and the collectors' time within it, in nanoseconds
     */
    static long[] run(UnitWorkload workload, int threads, long batch) {
        int clusters = workload.clusters();
        long perCluster = (long) Workloads.CLUSTER_SIZE * workload.criteria();
        int step = (int) Math.max(1, Math.min(clusters, batch / perCluster));
        long[] seen = new long[2];
        long nanos = 0;
        long gc = 0;
        List<EvaluationInput> inputs = null;
        for (int from = 0; from < clusters; from += step) {
            inputs = IntStream.range(from, Math.min(clusters, from + step))
                    .parallel()
                    .mapToObj(workload::input)
                    .toList();
            // Collect the building's garbage now, so that the timed part pays only for its own.
            System.gc();
            long gcBefore = gcNanos();
            long start = System.nanoTime();
            EVALUATOR.evaluateAll(workload.policy(), inputs.iterator(), threads, e -> count(e, seen));
            nanos += System.nanoTime() - start;
            gc += gcNanos() - gcBefore;
            inputs = null;
        }
        if (seen[0] != workload.units() || seen[1] != (long) workload.units() * workload.criteria()) {
            throw new IllegalStateException("evaluated " + seen[0] + " units and " + seen[1] + " criterion results for "
                    + workload.units() + " units of " + workload.criteria() + " criteria");
        }
        return new long[] {nanos, gc};
    }

    /** Counts units and criterion results; reads no explanation, so none is worked out. */
    private static void count(Evaluation evaluation, long[] seen) {
        for (UnitResult unit : evaluation.result().units()) {
            seen[0]++;
            seen[1] += unit.criteria().size();
        }
    }

    /**
     * Formats the table: a line per configuration, with the ratio of its median to that of the
     * configuration with the next fewer units (same threads and criteria) and with the next fewer
     * criteria (same threads and units), beside the factor by which the size grew. Growth is
     * linear where the ratios equal the factors, i.e. where the time per unit-criterion stays put.
     *
     * @param rows the rows, as {@link #measure} returns them
     * @return the lines
     */
    static List<String> table(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        String format = "%7s %9s %8s %11s %11s %8s %9s %13s %15s %15s";
        lines.add(String.format(
                Locale.ROOT,
                format,
                "threads",
                "units",
                "criteria",
                "median ms",
                "best ms",
                "GC ms",
                "µs/unit",
                "ns/unit-crit",
                "vs fewer units",
                "vs fewer crit"));
        for (Row row : rows) {
            Row fewerUnits = previous(rows, row, true);
            Row fewerCriteria = previous(rows, row, false);
            lines.add(String.format(
                    Locale.ROOT,
                    format,
                    row.threads(),
                    String.format(Locale.ROOT, "%,d", row.units()),
                    row.criteria(),
                    String.format(Locale.ROOT, "%,.1f", row.median() / 1e6),
                    String.format(
                            Locale.ROOT,
                            "%,.1f",
                            row.nanos().stream()
                                            .mapToLong(Long::longValue)
                                            .min()
                                            .orElse(0)
                                    / 1e6),
                    String.format(Locale.ROOT, "%,.0f", median(row.gcNanos()) / 1e6),
                    String.format(Locale.ROOT, "%,.1f", row.median() / 1e3 / row.units()),
                    String.format(Locale.ROOT, "%,.0f", row.perUnitCriterion()),
                    ratio(row, fewerUnits, fewerUnits == null ? 0 : (double) row.units() / fewerUnits.units()),
                    ratio(
                            row,
                            fewerCriteria,
                            fewerCriteria == null ? 0 : (double) row.criteria() / fewerCriteria.criteria())));
        }
        lines.add("vs fewer units/crit: time ÷ the time with the next fewer units (criteria) at the same threads"
                + " and criteria (units), as ×size-factor: time-ratio; linear growth gives time-ratio = size-factor");
        return lines;
    }

    /** The row with the next fewer units (or criteria), the rest the same; null if none. */
    private static Row previous(List<Row> rows, Row row, boolean byUnits) {
        Row best = null;
        for (Row r : rows) {
            boolean same = r.threads() == row.threads()
                    && (byUnits ? r.criteria() == row.criteria() : r.units() == row.units());
            int size = byUnits ? r.units() : r.criteria();
            int mine = byUnits ? row.units() : row.criteria();
            if (same && size < mine && (best == null || size > (byUnits ? best.units() : best.criteria()))) {
                best = r;
            }
        }
        return best;
    }

    private static String ratio(Row row, Row before, double factor) {
        if (before == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "×%s: %.2f", factor(factor), row.median() / before.median());
    }

    private static String factor(double factor) {
        return factor == Math.rint(factor) ? String.valueOf((long) factor) : String.format(Locale.ROOT, "%.2f", factor);
    }

    static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static long gcNanos() {
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis * 1_000_000L;
    }
}
