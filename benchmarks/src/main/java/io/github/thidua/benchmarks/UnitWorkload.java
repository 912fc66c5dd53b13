package io.github.thidua.benchmarks;

import io.github.thidua.benchmarks.Workloads.Spec;
import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Organiser;
import io.github.thidua.core.OrganiserKind;
import io.github.thidua.core.OrganiserLevel;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A workload of N units in clusters of 8, scored on 20 criteria or on copies of them (see {@link
 * Workloads}), drawn from a seed cluster by cluster: the same cluster
 * index always gives the same cluster, whether it is built as thidua's inputs ({@link
 * #input(int)}, {@link #inputs()}) or as primitive arrays for the baselines. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * UnitWorkload workload = Workloads.units(1_000_000, 42L);
 * evaluator.evaluateAll(workload.policy(), workload.inputs(), 2, sink);   // lazily, flat memory
 * }</pre>
 */
public final class UnitWorkload {

    private static final Organiser ORGANISER = Organiser.builder()
            .id(Id.of("ubnd-tinh"))
            .name(Name.of("Ủy ban nhân dân tỉnh"))
            .level(OrganiserLevel.MINISTRY_PROVINCE)
            .kind(OrganiserKind.STATE_COUNCIL)
            .build();

    private static final LocalDate SIGNED_ON = LocalDate.of(2024, 1, 15);

    private final int units;
    private final Workloads.Shape shape;
    private final long seed;

    UnitWorkload(int units, Workloads.Shape shape, long seed) {
        this.units = units;
        this.shape = shape;
        this.seed = seed;
    }

    /**
     * Returns the number of units.
     *
     * @return a positive multiple of 8
     */
    public int units() {
        return units;
    }

    /**
     * Returns the number of criteria each unit is scored on.
     *
     * @return 20 times the number of copies of the criteria
     */
    public int criteria() {
        return shape.criteria();
    }

    /**
     * Returns the policy to evaluate this workload with: {@link Workloads#policy()} for 20
     * criteria, {@link Workloads#policy(int)} for more.
     *
     * @return the policy
     */
    public Policy policy() {
        return shape.policy();
    }

    /**
     * Returns the number of clusters.
     *
     * @return units ÷ 8
     */
    public int clusters() {
        return units / Workloads.CLUSTER_SIZE;
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the id of a unit, {@code c<cluster>-u<member>}; ids sort by member within a
     * cluster.
     *
     * @param cluster the cluster's index
     * @param member the member's index in the cluster, 0 to 7
     * @return the id
     */
    public static Id unitId(int cluster, int member) {
        return Id.of("c" + cluster + "-u" + member);
    }

    /**
     * Builds one cluster's covenant and sheets.
     *
     * @param cluster the cluster's index, 0 to {@code clusters() - 1}
     * @return the input
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public EvaluationInput input(int cluster) {
        java.util.Objects.checkIndex(cluster, clusters());
        Columns raw = new Columns(Workloads.CLUSTER_SIZE, shape.specs());
        draw(cluster, raw, 0);
        return input(cluster, raw);
    }

    /**
     * Returns the clusters in index order, each built when the iterator reaches it, so that
     * memory stays flat however many units there are.
     *
     * @return a new iterator over the inputs
     */
    public Iterator<EvaluationInput> inputs() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < clusters();
            }

            @Override
            public EvaluationInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return input(next++);
            }
        };
    }

    /** Draws every cluster into primitive arrays, on all cores. */
    Columns columns() {
        Columns all = new Columns(units, shape.specs());
        IntStream.range(0, clusters()).parallel().forEach(c -> draw(c, all, c * Workloads.CLUSTER_SIZE));
        return all;
    }

    /**
     * Draws cluster {@code cluster}'s 8 units into {@code out} from unit {@code offset}. The first
     * copy of the criteria is drawn from the cluster's stream, each further copy from a stream of
     * its own, so that the first 20 criteria do not depend on the number of copies.
     */
    void draw(int cluster, Columns out, int offset) {
        long stream = mix(seed, cluster);
        SplittableRandom random = new SplittableRandom(stream);
        SplittableRandom[] copies = new SplittableRandom[shape.copies()];
        copies[0] = random;
        for (int j = 1; j < copies.length; j++) {
            copies[j] = new SplittableRandom(mix(stream, j));
        }
        for (int m = 0; m < Workloads.CLUSTER_SIZE; m++) {
            int u = offset + m;
            // About one unit in twelve copies the one before it: ties on total and at the top.
            if (m > 0 && random.nextInt(12) == 0) {
                out.copyUnit(u - 1, u);
                continue;
            }
            for (int j = 0; j < copies.length; j++) {
                for (int k = 0; k < Workloads.CRITERIA; k++) {
                    drawOne(Workloads.SPECS.get(k), j * Workloads.CRITERIA + k, copies[j], out, u);
                }
            }
        }
    }

    /** Draws the inputs of criterion {@code s}, in column {@code k}, for unit {@code u}. */
    private static void drawOne(Spec s, int k, SplittableRandom r, Columns out, int u) {
        switch (s.code()) {
            case "Q0" -> out.achieved[k][u] = r.nextInt(100) < 85;
            case "Q1" -> out.achieved[k][u] = r.nextInt(100) < 80;
            case "Q2" -> out.achieved[k][u] = r.nextInt(100) < 90;
            case "Q3" -> out.achieved[k][u] = r.nextInt(100) < 75;
            case "C0", "C1" -> out.count[k][u] = r.nextInt(8);
            case "C2" -> out.count[k][u] = r.nextInt(7);
            case "F0", "F1" -> {
                out.achieved[k][u] = r.nextInt(100) < 75;
                out.count[k][u] = r.nextInt(8);
                out.occurrences[k][u] = r.nextInt(4);
            }
            // Budget revenue: targets 50–250 (whole), actual 40 %–150 % of target.
            case "N0" -> indicator(out, k, u, 100L * (50 + r.nextInt(201)), r, 40, 150);
            // Poor households, lower is better: targets 1.00–8.00 %, actual 0–10.00 %, 5 % at 0.
            case "N1" -> {
                out.target[k][u] = 100 + r.nextInt(701);
                out.actual[k][u] = r.nextInt(100) < 5 ? 0 : r.nextInt(1001);
            }
            case "N2" -> indicator(out, k, u, 100L * (20 + r.nextInt(81)), r, 0, 120);
            case "N3" -> indicator(out, k, u, 100L * (10 + r.nextInt(51)), r, 50, 130);
            case "L0" -> indicator(out, k, u, 100L * (100 + r.nextInt(201)), r, 60, 160);
            // Work accidents, lower is better: targets 2.00–10.00 ‰, actual 0–12.00 ‰, 4 % at 0.
            case "L1" -> {
                out.target[k][u] = 200 + r.nextInt(801);
                out.actual[k][u] = r.nextInt(100) < 4 ? 0 : r.nextInt(1201);
            }
            // Initiatives on a coarse grid, so that several units often share the best ratio.
            case "L2" -> {
                out.target[k][u] = 100L * (8 + 2 * r.nextInt(3));
                out.actual[k][u] = 100L * (6 + r.nextInt(13));
            }
            case "T0" -> out.occurrences[k][u] = r.nextInt(100) < 70 ? 0 : 1 + r.nextInt(3);
            case "T1" -> out.occurrences[k][u] = r.nextInt(6);
            case "D0" -> out.occurrences[k][u] = r.nextInt(100) < 60 ? 0 : 1 + r.nextInt(7);
            case "D1" -> out.occurrences[k][u] = r.nextInt(100) < 80 ? 0 : 1 + r.nextInt(3);
            default -> throw new IllegalStateException("no distribution for " + s.code());
        }
    }

    /** A target in hundredths and an actual value between {@code lowPct} and {@code highPct} of it. */
    private static void indicator(Columns out, int k, int u, long target, SplittableRandom r, int lowPct, int highPct) {
        out.target[k][u] = target;
        long low = target * lowPct / 100;
        long high = target * highPct / 100;
        out.actual[k][u] = low + r.nextLong(high - low + 1);
    }

    private EvaluationInput input(int cluster, Columns raw) {
        Cluster.Builder members = Cluster.builder()
                .id(Id.of("cum-" + cluster))
                .kind(ClusterKind.CLUSTER)
                .name(Name.of("Cụm thi đua số " + cluster))
                .organiser(ORGANISER);
        for (int m = 0; m < Workloads.CLUSTER_SIZE; m++) {
            members.addMembers(Collective.of(unitId(cluster, m), Name.of("Đơn vị " + cluster + "." + m)));
        }
        Covenant.Builder covenant = Covenant.builder()
                .id(Id.of("giao-uoc-" + cluster))
                .cluster(members.build())
                .period(Workloads.YEAR)
                .signedOn(SIGNED_ON)
                .scoringTable(shape.table())
                .addAllIndicators(shape.indicators());
        List<AssessmentSheet> sheets = new ArrayList<>(Workloads.CLUSTER_SIZE);
        for (int m = 0; m < Workloads.CLUSTER_SIZE; m++) {
            Id unit = unitId(cluster, m);
            AssessmentSheet.Builder sheet = AssessmentSheet.builder().unit(unit).period(Workloads.YEAR);
            for (int k = 0; k < shape.criteria(); k++) {
                Spec s = shape.specs().get(k);
                Assessment.Builder a = Assessment.builder().criterion(s.code());
                if (s.readsAchieved()) {
                    a.achieved(raw.achieved[k][m]);
                }
                if (s.readsIndicator()) {
                    a.actual(BigDecimal.valueOf(raw.actual[k][m], 2));
                    covenant.addTargets(PledgedTarget.builder()
                            .unit(unit)
                            .indicator(Workloads.indicatorId(s.indicator(), Workloads.Shape.copyOf(k)))
                            .value(BigDecimal.valueOf(raw.target[k][m], 2))
                            .build());
                }
                if (s.readsCount()) {
                    a.count(raw.count[k][m]);
                }
                if (s.readsOccurrences()) {
                    a.occurrences(raw.occurrences[k][m]);
                }
                sheet.addEntries(a.build());
            }
            sheets.add(sheet.build());
        }
        return EvaluationInput.builder()
                .covenant(covenant.build())
                .addAllSheets(sheets)
                .build();
    }

    /** A well-spread stream seed per cluster, or per copy of a cluster's stream (the finaliser of SplitMix64). */
    private static long mix(long seed, int cluster) {
        long z = seed + (cluster + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
