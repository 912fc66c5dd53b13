package io.github.thidua.benchmarks;

import io.github.thidua.scoring.EvaluationInput;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The side-by-side harness: in one run, on the same data, computes every unit's criterion points,
 * total and competition rank in its cluster with (a) thidua's full evaluation, (b) DuckDB in
 * process (SQL) and (c) a hand-written Java loop over primitive arrays (the floor); checks that
 * the three agree exactly and prints the wall time, peak heap and threads of each.
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl benchmarks -am package -DskipTests exec:exec@harness \
 *     -Dharness.args="--units 1000000" -Dharness.jvm="-Xmx2g"
 * }</pre>
 *
 * <p>Options: {@code --units N} (a multiple of 8; 1000 by default), {@code --seed S} (42), {@code
 * --threads T} for thidua (all processors by default; DuckDB uses its default, all cores; the
 * floor one thread), {@code --repeat R} timed runs of each side, reported as the median with the
 * best (3), {@code --warmup W} untimed runs of each side first (1), {@code --eager-inputs} to build
 * thidua's inputs before timing instead of lazily inside the timed run (needs memory for all of
 * them). Exits with 0 when the three agree, 1 with the first differing unit and value when they
 * do not, 2 on a bad option.
 *
 * <p>Agreement means: the same points for every unit and criterion and the same total, to the
 * policy's 2 places, and the same competition rank (1 + the units of the cluster with a strictly
 * greater total). thidua also breaks ties with its chain; its position must lie within [rank,
 * rank + tied units − 1], which is checked and reported separately.
 */
public final class SideBySide {

    private SideBySide() {}

    /** The harness's options. */
    record Options(int units, long seed, int threads, int repeat, int warmup, boolean eagerInputs) {

        static Options parse(String... args) {
            int units = 1000;
            long seed = 42L;
            int threads = Runtime.getRuntime().availableProcessors();
            int repeat = 3;
            int warmup = 1;
            boolean eager = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--units" ->
                        units = Integer.parseInt(value(args, ++i, arg).replace("_", ""));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                    case "--threads" -> threads = Integer.parseInt(value(args, ++i, arg));
                    case "--repeat" -> repeat = Integer.parseInt(value(args, ++i, arg));
                    case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, arg));
                    case "--eager-inputs" -> eager = true;
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (units <= 0 || units % Workloads.CLUSTER_SIZE != 0) {
                throw new IllegalArgumentException("--units must be a positive multiple of 8, got " + units);
            }
            if (threads < 1 || repeat < 1 || warmup < 0) {
                throw new IllegalArgumentException("--threads and --repeat must be 1 or more, --warmup 0 or more");
            }
            return new Options(units, seed, threads, repeat, warmup, eager);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /**
     * The outcome of a comparison.
     *
     * @param units how many units were compared
     * @param firstDifference the first unit and value on which the sides differ, if any
     * @param positionsConsistent whether every thidua position lies within its competition rank's
     *     range of tied units
     * @param unitsInTies how many units share their total with another unit of their cluster
     * @param proposals how many award proposals thidua made (the ladder ran)
     * @param banded how many units thidua classified
     */
    record Comparison(
            int units,
            Optional<String> firstDifference,
            boolean positionsConsistent,
            int unitsInTies,
            long proposals,
            long banded) {

        boolean agree() {
            return firstDifference.isEmpty() && positionsConsistent;
        }
    }

    /**
     * Runs the harness.
     *
     * @param args the options, see the class description
     * @throws Exception if DuckDB or the evaluation fails
     */
    public static void main(String... args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: SideBySide [--units N] [--seed S] [--threads T] [--repeat R] [--warmup W]"
                    + " [--eager-inputs]");
            System.exit(2);
            return;
        }
        Comparison comparison = run(options);
        if (!comparison.agree()) {
            System.exit(1);
        }
    }

    /**
     * Compares the three sides without timing them: for tests.
     *
     * @param units the number of units, a multiple of 8
     * @param seed the seed
     * @param threads thidua's threads
     * @return the comparison
     * @throws SQLException if DuckDB fails
     */
    static Comparison compare(int units, long seed, int threads) throws SQLException {
        UnitWorkload workload = Workloads.units(units, seed);
        Columns columns = workload.columns();
        Scores thidua = new Scores("thidua", units);
        ThiduaSide.Extras extras = new ThiduaSide.Extras(units);
        ThiduaSide.run(workload.inputs(), threads, thidua, extras);
        Scores duckdb = new Scores("DuckDB", units);
        try (DuckDbSide sql = new DuckDbSide(columns)) {
            sql.score();
            sql.read(duckdb);
        }
        Scores floor = new Scores("floor", units);
        new Floor(columns).score(floor);
        return compare(thidua, extras, duckdb, floor);
    }

    private static Comparison run(Options o) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.out.printf(
                Locale.ROOT,
                "thidua side by side: %,d units in %,d clusters of %d, %d criteria, seed %d%n",
                o.units(),
                o.units() / Workloads.CLUSTER_SIZE,
                Workloads.CLUSTER_SIZE,
                Workloads.CRITERIA,
                o.seed());
        System.out.printf(
                Locale.ROOT,
                "JVM: Java %s, %d processors, -Xmx %s (max heap %,d MiB)%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Machine.xmx(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println(Machine.load("at start"));

        UnitWorkload workload = Workloads.units(o.units(), o.seed());
        long start = System.nanoTime();
        Columns columns = workload.columns();
        System.out.printf(Locale.ROOT, "setup: drew the inputs as arrays in %s%n", ms(System.nanoTime() - start));
        start = System.nanoTime();
        DuckDbSide sql = new DuckDbSide(columns);
        System.out.printf(
                Locale.ROOT,
                "setup: loaded %,d assessment rows into DuckDB in %s (untimed)%n",
                (long) o.units() * Workloads.CRITERIA,
                ms(System.nanoTime() - start));
        List<EvaluationInput> eager = null;
        if (o.eagerInputs()) {
            start = System.nanoTime();
            eager = new ArrayList<>(workload.clusters());
            workload.inputs().forEachRemaining(eager::add);
            System.out.printf(
                    Locale.ROOT, "setup: built thidua's inputs before timing in %s%n", ms(System.nanoTime() - start));
        }
        String duckThreads = sql.threads();
        System.out.printf(
                Locale.ROOT, "threads: thidua %d, DuckDB %s (its default), floor 1%n", o.threads(), duckThreads);
        System.out.printf(
                Locale.ROOT,
                "timing: median of %d run(s) of each side after %d warm-up run(s), best in brackets;"
                        + " peak heap = sum of the heap pools' peaks during the side's runs%n",
                o.repeat(),
                o.warmup());

        Scores thidua = new Scores("thidua", o.units());
        ThiduaSide.Extras extras = new ThiduaSide.Extras(o.units());
        Scores duckdb = new Scores("DuckDB", o.units());
        Scores floor = new Scores("floor", o.units());
        Floor loop = new Floor(columns);
        List<EvaluationInput> inputs = eager;
        Phase a = new Phase("(a) thidua evaluateAll" + (eager == null ? ", inputs built lazily" : ""), heap);
        Phase b = new Phase("(b) DuckDB SQL", heap);
        Phase c = new Phase("(c) floor, Java loop", heap);
        for (int i = 0; i < o.warmup() + o.repeat(); i++) {
            boolean timed = i >= o.warmup();
            a.run(timed, () -> {
                ThiduaSide.Extras run = new ThiduaSide.Extras(o.units());
                ThiduaSide.run(inputs == null ? workload.inputs() : inputs.iterator(), o.threads(), thidua, run);
                System.arraycopy(run.position, 0, extras.position, 0, o.units());
                extras.proposals = run.proposals;
                extras.banded = run.banded;
            });
            b.run(timed, sql::score);
            c.run(timed, () -> loop.score(floor));
        }
        Phase building = null;
        if (eager == null) {
            building = new Phase("    of which building the inputs alone", heap);
            building.run(true, () -> {
                Iterator<EvaluationInput> it = workload.inputs();
                long sheets = 0;
                while (it.hasNext()) {
                    sheets += it.next().sheets().size();
                }
                if (sheets != o.units()) {
                    throw new IllegalStateException(sheets + " sheets");
                }
            });
        }
        sql.read(duckdb);
        sql.close();

        System.out.println(a.line());
        if (building != null) {
            System.out.println(building.line());
        }
        System.out.println(b.line());
        System.out.println(c.line());
        System.out.printf(
                Locale.ROOT,
                "ratios (median): thidua/DuckDB %.1f×, thidua/floor %.1f×, DuckDB/floor %.1f×%n",
                a.median() / b.median(),
                a.median() / c.median(),
                b.median() / c.median());
        System.out.printf(
                Locale.ROOT,
                "per unit (median): thidua %s, DuckDB %s, floor %s%n",
                perUnit(a.median(), o.units()),
                perUnit(b.median(), o.units()),
                perUnit(c.median(), o.units()));

        System.out.println(Machine.load("at the end"));
        Comparison comparison = compare(thidua, extras, duckdb, floor);
        if (comparison.firstDifference().isPresent()) {
            System.out.println("DISAGREEMENT: " + comparison.firstDifference().get());
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "agreement: %,d criterion points, %,d totals and %,d competition ranks identical in all three%n",
                    (long) o.units() * Workloads.CRITERIA,
                    o.units(),
                    o.units());
        }
        System.out.printf(
                Locale.ROOT,
                "thidua's tie-broken positions %s their competition ranks (%,d units share their total"
                        + " with another unit of their cluster; %,d award proposals, %,d units banded)%n",
                comparison.positionsConsistent() ? "are consistent with" : "CONTRADICT",
                comparison.unitsInTies(),
                comparison.proposals(),
                comparison.banded());
        return comparison;
    }

    /** Compares the sides unit by unit, thidua's ranks computed from its totals. */
    static Comparison compare(Scores thidua, ThiduaSide.Extras extras, Scores duckdb, Scores floor) {
        // thidua's own ranks are tie-broken positions: compare its competition rank by total.
        thidua.rankByTotal();
        int units = floor.total.length;
        String difference = null;
        for (int u = 0; u < units && difference == null; u++) {
            for (int k = 0; k < Workloads.CRITERIA && difference == null; k++) {
                difference = differ(
                        u,
                        "criterion " + Workloads.SPECS.get(k).code(),
                        thidua.points[k][u],
                        duckdb.points[k][u],
                        floor.points[k][u],
                        true);
            }
            if (difference == null) {
                difference = differ(u, "total", thidua.total[u], duckdb.total[u], floor.total[u], true);
            }
            if (difference == null) {
                difference = differ(u, "competition rank", thidua.rank[u], duckdb.rank[u], floor.rank[u], false);
            }
        }
        boolean consistent = true;
        int inTies = 0;
        int size = Workloads.CLUSTER_SIZE;
        for (int u = 0; u < units; u++) {
            int base = u - u % size;
            int tied = 0;
            for (int v = base; v < base + size; v++) {
                if (thidua.total[v] == thidua.total[u]) {
                    tied++;
                }
            }
            inTies += tied > 1 ? 1 : 0;
            int position = extras.position[u];
            if (position < thidua.rank[u] || position > thidua.rank[u] + tied - 1) {
                consistent = false;
                if (difference == null) {
                    difference = "unit " + unitName(u) + ": thidua's tie-broken position " + position
                            + " lies outside its competition rank " + thidua.rank[u] + " with " + tied + " tied";
                }
            }
        }
        return new Comparison(
                units, Optional.ofNullable(difference), consistent, inTies, extras.proposals, extras.banded);
    }

    private static String differ(int u, String what, long thidua, long duckdb, long floor, boolean cents) {
        if (thidua == duckdb && duckdb == floor) {
            return null;
        }
        return String.format(
                Locale.ROOT,
                "unit %s (index %d), %s: thidua %s, DuckDB %s, floor %s",
                unitName(u),
                u,
                what,
                cents ? decimal(thidua) : String.valueOf(thidua),
                cents ? decimal(duckdb) : String.valueOf(duckdb),
                cents ? decimal(floor) : String.valueOf(floor));
    }

    private static String unitName(int u) {
        return UnitWorkload.unitId(u / Workloads.CLUSTER_SIZE, u % Workloads.CLUSTER_SIZE)
                .value();
    }

    private static String decimal(long cents) {
        return cents == Long.MIN_VALUE
                ? "(missing)"
                : java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static String ms(double nanos) {
        return String.format(Locale.ROOT, "%,.1f ms", nanos / 1e6);
    }

    private static String perUnit(double nanos, int units) {
        return String.format(Locale.ROOT, "%,.2f µs", nanos / 1e3 / units);
    }

    /** A side's timed runs and peak heap. */
    private static final class Phase {

        interface Body {
            void run() throws Exception;
        }

        private final String name;
        private final List<MemoryPoolMXBean> heap;
        private final List<Long> nanos = new ArrayList<>();
        private long peak;
        private long atStart;

        Phase(String name, List<MemoryPoolMXBean> heap) {
            this.name = name;
            this.heap = heap;
        }

        void run(boolean timed, Body body) throws Exception {
            // Collect first so that one side's garbage is not billed to the next.
            System.gc();
            long used = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            body.run();
            long elapsed = System.nanoTime() - start;
            if (timed) {
                nanos.add(elapsed);
                peak = Math.max(
                        peak,
                        heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
                atStart = Math.max(atStart, used);
            }
        }

        double median() {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        }

        String line() {
            long best = nanos.stream().mapToLong(Long::longValue).min().orElse(0);
            return String.format(
                    Locale.ROOT,
                    "%-48s %14s [%s]  peak heap %,d MiB (%,d MiB in use at start)",
                    name,
                    ms(median()),
                    ms(best),
                    peak >> 20,
                    atStart >> 20);
        }
    }
}
