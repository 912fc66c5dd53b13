package io.github.thidua.benchmarks;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.LeaderTiePolicy;
import io.github.thidua.core.Name;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.Band;
import io.github.thidua.scoring.BandGuard;
import io.github.thidua.scoring.BandScheme;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.GuardFallback;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Quota;
import io.github.thidua.scoring.QuotaBase;
import io.github.thidua.scoring.RankingKind;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.StraddleRule;
import io.github.thidua.scoring.TieBreakLink;
import io.github.thidua.scoring.spi.Parameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reproducible workloads: clusters of 8 units scored on 20 criteria that mix every built-in rule
 * kind, with capped bonuses and deductions, classification bands, a tie-break chain and an award
 * ladder with quotas.
 *
 * <p>The scoring table has four groups of four scored criteria (100 points): 4 qualitative, 4
 * quantitative (one lower-is-better), 3 leader-relative (one lower-is-better, one where a tie at
 * the top leaves no leader), 3 count-based and 2 formula criteria; then 2 bonuses (capped at 4
 * together) and 2 deductions (capped at 4). Criterion points and totals are rounded to 2 places,
 * half up; ties on total go to the subtotal of group G1, then fewer deductions, then a lot.
 *
 * <p>Every cluster is drawn from its own random stream, derived from the seed and the cluster's
 * index, so any cluster can be built alone, lazily and in any order; about one unit in twelve
 * copies the unit before it, so that ties on total, on the tie-breakers and at the leader's ratio
 * occur.
 *
 * <p>To see how cost grows with the number of criteria, the 20 criteria can be replicated k times
 * ({@link #units(int, int, long)}, {@link #policy(int)}): copy j (2 to k) adds criteria coded
 * {@code Q0_j}, {@code N1_j} … in their own groups {@code G0_j} … {@code G3_j}, with their own
 * indicators {@code chi-tieu-0_j} … and targets, drawn from a stream of their own so that copy 1
 * is the 20-criterion workload itself. The table's maximum is then 100k points and the bands'
 * thresholds scale with it; the bonus and deduction caps stay at 4 and the tie-break group stays
 * G1. One copy is exactly the 20-criterion workload.
 *
 * <pre>{@code
 * List<EvaluationInput> clusters = Workloads.clusters(125, 42L);   // 1,000 units, in memory
 * UnitWorkload run = Workloads.units(1_000_000, 42L);             // built cluster by cluster
 * UnitWorkload wide = Workloads.units(10_000, 4, 42L);            // 80 criteria
 * }</pre>
 */
public final class Workloads {

    /** Units per cluster. */
    public static final int CLUSTER_SIZE = 8;

    /** The most copies of the 20 criteria a workload may have (1,000 criteria). */
    public static final int MAX_CRITERIA_COPIES = 50;

    /** The period every workload is scored for. */
    static final io.github.thidua.core.Period YEAR = io.github.thidua.core.Period.year(2024);

    /** The built-in rules the criteria use; the two formula variants are the {@code formula} kind. */
    enum Rule {
        QUALITATIVE,
        QUANTITATIVE,
        LEADER_RELATIVE,
        COUNT,
        BONUS,
        DEDUCTION,
        /** {@link #SHARE_EXPRESSION}: a share of the maximum with a division. */
        FORMULA_SHARE,
        /** {@link #PLAIN_EXPRESSION}: exact products only. */
        FORMULA_PLAIN
    }

    /**
     * One criterion of the workload, in table order.
     *
     * @param code the code
     * @param name the Vietnamese name
     * @param group the index of its group (0 to 3), or -1 for a bonus or deduction
     * @param rule the rule
     * @param max the maximum points
     * @param parameter the fraction if not achieved (qualitative), the ratio cap (quantitative) or
     *     the points per occurrence (count, bonus, deduction); null otherwise
     * @param indicator the index of the indicator (0 to 6) for quantitative and leader-relative
     *     criteria, -1 otherwise
     * @param lower whether lower is better for the indicator
     * @param noneLead whether a tie at the top leaves no leader (leader-relative only)
     */
    record Spec(
            String code,
            String name,
            int group,
            Rule rule,
            BigDecimal max,
            BigDecimal parameter,
            int indicator,
            boolean lower,
            boolean noneLead) {

        /** Returns this criterion as it appears in copy {@code copy} (0 is this one). */
        Spec copy(int copy) {
            return copy == 0
                    ? this
                    : new Spec(
                            code + suffix(copy),
                            name + suffixName(copy),
                            group,
                            rule,
                            max,
                            parameter,
                            indicator,
                            lower,
                            noneLead);
        }

        long maxCents() {
            return cents(max);
        }

        long parameterCents() {
            return cents(parameter);
        }

        boolean readsAchieved() {
            return rule == Rule.QUALITATIVE || rule == Rule.FORMULA_SHARE || rule == Rule.FORMULA_PLAIN;
        }

        boolean readsIndicator() {
            return rule == Rule.QUANTITATIVE || rule == Rule.LEADER_RELATIVE;
        }

        boolean readsCount() {
            return rule == Rule.COUNT || rule == Rule.FORMULA_SHARE || rule == Rule.FORMULA_PLAIN;
        }

        boolean readsOccurrences() {
            return rule == Rule.BONUS
                    || rule == Rule.DEDUCTION
                    || rule == Rule.FORMULA_SHARE
                    || rule == Rule.FORMULA_PLAIN;
        }
    }

    /** The formula of {@link Rule#FORMULA_SHARE}, on inputs achieved, count, occurrences, max. */
    static final String SHARE_EXPRESSION =
            "IF(achieved = 1, MIN(max, (count * 2 + occurrences) * max / 12), MIN(max / 2, count * max / 12))";

    /** The formula of {@link Rule#FORMULA_PLAIN}, on inputs achieved, count, occurrences, max. */
    static final String PLAIN_EXPRESSION = "IF(achieved = 1, MIN(max, count * 0.75 + occurrences * 0.25), 0)";

    /** The group codes and names, by group index. */
    static final List<String> GROUP_CODES = List.of("G0", "G1", "G2", "G3");

    private static final List<String> GROUP_NAMES = List.of(
            "Công tác lãnh đạo, chỉ đạo", "Thực hiện chỉ tiêu giao ước", "So với đơn vị dẫn đầu", "Công tác xã hội");

    /** The indicators' names and directions, by indicator index. */
    private static final List<String> INDICATOR_NAMES = List.of(
            "Thu ngân sách (tỉ đồng)",
            "Tỉ lệ hộ nghèo (%)",
            "Số việc làm mới (trăm người)",
            "Giá trị sản xuất (tỉ đồng)",
            "Tỉ lệ tai nạn lao động (‰)",
            "Số sáng kiến được công nhận",
            "Quỹ đền ơn đáp nghĩa (triệu đồng)");

    /** The criteria in table order (the order of {@link ScoringTable#criteria()}). */
    static final List<Spec> SPECS = List.of(
            qualitative("Q0", "Ký kết và tổ chức giao ước thi đua", 0, "5", "0.5"),
            qualitative("Q1", "Báo cáo thi đua đúng hạn", 0, "5", "0"),
            perOccurrence("C0", "Phong trào thi đua được phát động", 0, Rule.COUNT, "5", "1.25"),
            formula("F0", "Mô hình, điển hình tiên tiến", 0, Rule.FORMULA_SHARE),
            indicator("N0", "Thu ngân sách", 1, Rule.QUANTITATIVE, "10", "1.2", 0, false, false),
            indicator("N1", "Giảm tỉ lệ hộ nghèo", 1, Rule.QUANTITATIVE, "10", "1.2", 1, true, false),
            indicator("N2", "Tạo việc làm mới", 1, Rule.QUANTITATIVE, "5", "1", 2, false, false),
            perOccurrence("C1", "Lớp tập huấn nghiệp vụ", 1, Rule.COUNT, "5", "0.75"),
            indicator("L0", "Tăng trưởng sản xuất", 2, Rule.LEADER_RELATIVE, "10", null, 3, false, false),
            indicator("L1", "Giảm tai nạn lao động", 2, Rule.LEADER_RELATIVE, "10", null, 4, true, false),
            indicator("L2", "Sáng kiến được công nhận", 2, Rule.LEADER_RELATIVE, "5", null, 5, false, true),
            qualitative("Q2", "Chấp hành chế độ thông tin", 2, "5", "0.25"),
            indicator("N3", "Quỹ đền ơn đáp nghĩa", 3, Rule.QUANTITATIVE, "5", "1.1", 6, false, false),
            perOccurrence("C2", "Hoạt động tình nguyện", 3, Rule.COUNT, "5", "1"),
            formula("F1", "Phong trào văn hóa, thể thao", 3, Rule.FORMULA_PLAIN),
            qualitative("Q3", "Công tác phụ nữ, bình đẳng giới", 3, "5", "0.5"),
            perOccurrence("T0", "Được tặng cờ thi đua", -1, Rule.BONUS, "3", "1"),
            perOccurrence("T1", "Sáng kiến cấp tỉnh", -1, Rule.BONUS, "2", "0.5"),
            perOccurrence("D0", "Báo cáo trễ hạn", -1, Rule.DEDUCTION, "3", "0.5"),
            perOccurrence("D1", "Vi phạm quy chế phối hợp", -1, Rule.DEDUCTION, "2", "0.75"));

    /** The number of criteria. */
    public static final int CRITERIA = SPECS.size();

    /** The number of indicators a covenant pledges targets for. */
    static final int INDICATORS = INDICATOR_NAMES.size();

    /** The cap on bonuses together, and on deductions together. */
    static final BigDecimal BONUS_CAP = new BigDecimal("4");

    static final BigDecimal DEDUCTION_CAP = new BigDecimal("4");

    /** The group whose subtotal breaks ties first, and the lot's published seed. */
    static final String TIE_BREAK_GROUP = "G1";

    static final String LOT_SEED = "Biên bản họp Cụm số 1/2024";

    /** Every amount stays below this many hundredths, so that the baselines' integer products fit. */
    static final long AMOUNT_LIMIT_CENTS = 10_000_000L;

    /**
     * The criteria replicated {@code copies} times: the specs in table order, the table, the
     * indicators and the policy. Copy j of spec i sits at index {@code j × CRITERIA + i}.
     */
    record Shape(int copies, List<Spec> specs, ScoringTable table, List<Indicator> indicators, Policy policy) {

        /** Returns the number of criteria. */
        int criteria() {
            return specs.size();
        }

        /** Returns the copy a criterion index belongs to, 0 for the first. */
        static int copyOf(int criterion) {
            return criterion / CRITERIA;
        }
    }

    private static final Shape ONE = shape(1);
    private static final Map<Integer, Shape> SHAPES = new ConcurrentHashMap<>(Map.of(1, ONE));

    static final List<Indicator> INDICATOR_OBJECTS = ONE.indicators();
    static final ScoringTable TABLE = ONE.table();
    private static final Policy POLICY = ONE.policy();

    private Workloads() {}

    /**
     * Returns the policy every workload is evaluated with: the 20-criterion table, rounding to 2
     * places half up, bands, the tie-break chain and the award ladder.
     *
     * @return the policy
     */
    public static Policy policy() {
        return POLICY;
    }

    /**
     * Returns the policy of a workload whose 20 criteria are replicated {@code criteriaCopies}
     * times: {@code 20 × criteriaCopies} criteria, the bands' thresholds multiplied by {@code
     * criteriaCopies}, all else as in {@link #policy()}, which is the policy of one copy.
     *
     * @param criteriaCopies 1 to {@link #MAX_CRITERIA_COPIES}
     * @return the policy
     * @throws IllegalArgumentException if {@code criteriaCopies} is out of range
     */
    public static Policy policy(int criteriaCopies) {
        return shapeOf(criteriaCopies).policy();
    }

    /**
     * Returns {@code count} clusters of 8 units with their covenants and sheets, built now; the
     * same as the first {@code count} clusters of {@link #units(int, long) units(8 × count,
     * seed)}.
     *
     * @param count the number of clusters, 1 or more
     * @param seed the random seed; the same seed gives the same workload
     * @return the evaluation inputs
     */
    public static List<EvaluationInput> clusters(int count, long seed) {
        UnitWorkload workload = units(Math.multiplyExact(count, CLUSTER_SIZE), seed);
        List<EvaluationInput> inputs = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            inputs.add(workload.input(c));
        }
        return inputs;
    }

    /**
     * Returns a workload of {@code units} units in clusters of 8, built lazily: nothing is drawn
     * until a cluster is asked for.
     *
     * @param units the number of units, a positive multiple of 8 (such as 1,000 or 1,000,000)
     * @param seed the random seed; the same seed gives the same workload
     * @return the workload
     * @throws IllegalArgumentException if {@code units} is not a positive multiple of 8
     */
    public static UnitWorkload units(int units, long seed) {
        return units(units, 1, seed);
    }

    /**
     * Returns a workload of {@code units} units in clusters of 8 scored on the 20 criteria
     * replicated {@code criteriaCopies} times, built lazily; evaluate it with {@link
     * UnitWorkload#policy()}. One copy gives the same workload as {@link #units(int, long)}, and
     * the first 20 criteria of every unit are the same whatever the number of copies.
     *
     * @param units the number of units, a positive multiple of 8
     * @param criteriaCopies 1 to {@link #MAX_CRITERIA_COPIES}: 20, 40 … criteria
     * @param seed the random seed; the same seed gives the same workload
     * @return the workload
     * @throws IllegalArgumentException if {@code units} is not a positive multiple of 8 or {@code
     *     criteriaCopies} is out of range
     */
    public static UnitWorkload units(int units, int criteriaCopies, long seed) {
        if (units <= 0 || units % CLUSTER_SIZE != 0) {
            throw new IllegalArgumentException(
                    "units must be a positive multiple of " + CLUSTER_SIZE + ", such as 1000; got " + units);
        }
        return new UnitWorkload(units, shapeOf(criteriaCopies), seed);
    }

    /** Returns the shape of {@code copies} copies of the criteria, built once. */
    static Shape shapeOf(int copies) {
        if (copies < 1 || copies > MAX_CRITERIA_COPIES) {
            throw new IllegalArgumentException("criteria copies must be 1 to " + MAX_CRITERIA_COPIES
                    + ", such as 2 for 40 criteria; got " + copies);
        }
        return SHAPES.computeIfAbsent(copies, Workloads::shape);
    }

    private static Shape shape(int copies) {
        List<Spec> specs = new ArrayList<>(copies * SPECS.size());
        for (int j = 0; j < copies; j++) {
            for (Spec s : SPECS) {
                specs.add(s.copy(j));
            }
        }
        ScoringTable table = table(copies, specs);
        return new Shape(copies, List.copyOf(specs), table, indicators(copies), policy(copies, table));
    }

    /** The code suffix of copy {@code copy}: none for the first, {@code _2} for the second … */
    static String suffix(int copy) {
        return copy == 0 ? "" : "_" + (copy + 1);
    }

    private static String suffixName(int copy) {
        return copy == 0 ? "" : " (bản " + (copy + 1) + ")";
    }

    private static Policy policy(int copies, ScoringTable table) {
        return Policy.builder()
                .id(Id.of(copies == 1 ? "benchmark" : "benchmark-x" + copies))
                .version("2")
                .name(Name.of("Quy chế chấm điểm đo hiệu năng" + (copies == 1 ? "" : ", " + copies + " bản tiêu chí")))
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .table(table)
                .rounding(RoundingPlan.builder()
                        .criterion(Rounding.toScale(2, RoundingMode.HALF_UP))
                        .total(Rounding.toScale(2, RoundingMode.HALF_UP))
                        .build())
                .bands(bands(copies))
                .ranking(RankingRules.builder()
                        .kind(RankingKind.COMPETITION)
                        .addChain(
                                TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", TIE_BREAK_GROUP))),
                                TieBreakLink.of("fewer-deductions"),
                                TieBreakLink.of("lot", Parameters.of(Map.of("seed", LOT_SEED))))
                        .decider(Text.of("Cụm trưởng và Cụm phó", "the cluster head and deputy head"))
                        .build())
                .awards(AwardLadder.builder()
                        .addSteps(
                                AwardStep.builder()
                                        .award(AwardKinds.MINISTRY_PROVINCE_FLAG)
                                        .fromRank(1)
                                        .toRank(1)
                                        .addBands("excellent", "good")
                                        .quota(Quota.ofCount(1, StraddleRule.CONTINUE_TIE_CHAIN))
                                        .build(),
                                AwardStep.builder()
                                        .award(AwardKinds.MINISTRY_PROVINCE_MERIT)
                                        .fromRank(2)
                                        .toRank(4)
                                        .addBands("excellent", "good", "completed")
                                        .quota(Quota.ofShare(
                                                new BigDecimal("0.25"),
                                                QuotaBase.MEMBERS,
                                                StraddleRule.CONTINUE_TIE_CHAIN))
                                        .build())
                        .build())
                .build();
    }

    /** The bands of 100 points, their thresholds scaled to a table of {@code copies × 100}. */
    private static BandScheme bands(int copies) {
        return BandScheme.builder()
                .addBands(
                        Band.builder()
                                .code("excellent")
                                .label(Text.of("Hoàn thành xuất sắc nhiệm vụ", "Excellent"))
                                .min(Points.of(85 * copies))
                                .addGuards(BandGuard.noCriterionZero())
                                .build(),
                        Band.builder()
                                .code("good")
                                .label(Text.of("Hoàn thành tốt nhiệm vụ", "Good"))
                                .min(Points.of(75 * copies))
                                .maxExclusive(Points.of(85 * copies))
                                .addGuards(BandGuard.noCriterionZero())
                                .build(),
                        Band.builder()
                                .code("completed")
                                .label(Text.of("Hoàn thành nhiệm vụ", "Completed"))
                                .min(Points.of(60 * copies))
                                .maxExclusive(Points.of(75 * copies))
                                .build(),
                        Band.builder()
                                .code("not-completed")
                                .label(Text.of("Không hoàn thành nhiệm vụ", "Not completed"))
                                .maxExclusive(Points.of(60 * copies))
                                .build())
                .guardFallback(GuardFallback.NEXT_LOWER_BAND)
                .build();
    }

    /** The indicators of every copy, copy by copy; each copy's criteria read their own. */
    private static List<Indicator> indicators(int copies) {
        List<Indicator> out = new ArrayList<>();
        for (int j = 0; j < copies; j++) {
            for (int i = 0; i < INDICATOR_NAMES.size(); i++) {
                boolean lower = false;
                for (Spec s : SPECS) {
                    lower |= s.indicator() == i && s.lower();
                }
                out.add(Indicator.builder()
                        .id(indicatorId(i, j))
                        .name(Name.of(INDICATOR_NAMES.get(i) + suffixName(j)))
                        .unitOfMeasure("đơn vị")
                        .direction(lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
                        .build());
            }
        }
        return List.copyOf(out);
    }

    static Id indicatorId(int index) {
        return indicatorId(index, 0);
    }

    /** The id of indicator {@code index} of copy {@code copy}: {@code chi-tieu-3}, {@code chi-tieu-3_2} … */
    static Id indicatorId(int index, int copy) {
        return Id.of("chi-tieu-" + index + suffix(copy));
    }

    /**
     * The table of {@code specs}: per copy, its four groups and then its bonuses and deductions
     * (so one copy is the 20-criterion table); the groups' maxima are their children's sums.
     */
    private static ScoringTable table(int copies, List<Spec> specs) {
        int criteria = specs.size();
        ScoringTable.Builder table = ScoringTable.builder()
                .id(Id.of("bang-" + criteria + "-tieu-chi"))
                .name(Name.of("Bảng điểm " + criteria + " tiêu chí"));
        for (int j = 0; j < copies; j++) {
            List<Spec> copy = specs.subList(j * CRITERIA, (j + 1) * CRITERIA);
            for (int g = 0; g < GROUP_CODES.size(); g++) {
                CriterionGroup.Builder group = CriterionGroup.builder()
                        .code(GROUP_CODES.get(g) + suffix(j))
                        .name(Name.of(GROUP_NAMES.get(g) + suffixName(j)));
                for (Spec s : copy) {
                    if (s.group() == g) {
                        group.addChildren(criterion(s, j));
                    }
                }
                table.addRoots(group.build());
            }
            for (Spec s : copy) {
                if (s.group() < 0) {
                    table.addRoots(criterion(s, j));
                }
            }
        }
        ScoringTable built = table.bonusCap(Points.of(BONUS_CAP))
                .deductionCap(Points.of(DEDUCTION_CAP))
                .build();
        List<String> order = built.criteria().stream().map(Criterion::code).toList();
        if (!order.equals(specs.stream().map(Spec::code).toList())) {
            throw new IllegalStateException("SPECS must list the criteria in table order: " + order);
        }
        return built;
    }

    private static Criterion criterion(Spec s, int copy) {
        return Criterion.builder()
                .code(s.code())
                .name(Name.of(s.name()))
                .maxPoints(Points.of(s.max()))
                .kind(kind(s, copy))
                .build();
    }

    private static CriterionKind kind(Spec s, int copy) {
        return switch (s.rule()) {
            case QUALITATIVE ->
                Qualitative.builder().fractionIfNotAchieved(s.parameter()).build();
            case QUANTITATIVE ->
                Quantitative.builder()
                        .indicator(indicatorId(s.indicator(), copy))
                        .ratioCap(s.parameter())
                        .build();
            case LEADER_RELATIVE ->
                LeaderRelative.builder()
                        .indicator(indicatorId(s.indicator(), copy))
                        .leaderTie(s.noneLead() ? LeaderTiePolicy.NONE_LEAD : LeaderTiePolicy.ALL_TIED_LEAD)
                        .build();
            case COUNT -> CountBased.of(Points.of(s.parameter()));
            case BONUS -> Bonus.of(Points.of(s.parameter()));
            case DEDUCTION -> Deduction.of(Points.of(s.parameter()));
            case FORMULA_SHARE ->
                Formula.builder()
                        .expression(SHARE_EXPRESSION)
                        .addInputs("achieved", "count", "occurrences", "max")
                        .build();
            case FORMULA_PLAIN ->
                Formula.builder()
                        .expression(PLAIN_EXPRESSION)
                        .addInputs("achieved", "count", "occurrences", "max")
                        .build();
        };
    }

    private static Spec qualitative(String code, String name, int group, String max, String fraction) {
        return new Spec(
                code, name, group, Rule.QUALITATIVE, new BigDecimal(max), new BigDecimal(fraction), -1, false, false);
    }

    private static Spec perOccurrence(String code, String name, int group, Rule rule, String max, String each) {
        return new Spec(code, name, group, rule, new BigDecimal(max), new BigDecimal(each), -1, false, false);
    }

    private static Spec formula(String code, String name, int group, Rule rule) {
        return new Spec(code, name, group, rule, new BigDecimal("5"), null, -1, false, false);
    }

    private static Spec indicator(
            String code,
            String name,
            int group,
            Rule rule,
            String max,
            String cap,
            int indicator,
            boolean lower,
            boolean noneLead) {
        return new Spec(
                code,
                name,
                group,
                rule,
                new BigDecimal(max),
                cap == null ? null : new BigDecimal(cap),
                indicator,
                lower,
                noneLead);
    }

    /** Returns an exact amount in hundredths. */
    static long cents(BigDecimal value) {
        return value.movePointRight(2).longValueExact();
    }
}
