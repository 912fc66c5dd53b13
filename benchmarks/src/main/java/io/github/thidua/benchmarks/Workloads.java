package io.github.thidua.benchmarks;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.Name;
import io.github.thidua.core.Organiser;
import io.github.thidua.core.OrganiserKind;
import io.github.thidua.core.OrganiserLevel;
import io.github.thidua.core.Period;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.RoundingPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reproducible workloads: clusters of 8 units scored on 20 criteria that mix every built-in rule
 * kind (4 qualitative, 4 quantitative, 4 leader-relative, 4 count-based, 2 bonus, 2 deduction).
 *
 * <pre>{@code
 * List<EvaluationInput> clusters = Workloads.clusters(1_000, 42L);
 * }</pre>
 */
public final class Workloads {

    /** Units per cluster. */
    public static final int CLUSTER_SIZE = 8;

    private static final Period YEAR = Period.year(2024);
    private static final ScoringTable TABLE = table();
    private static final Policy POLICY = Policy.builder()
            .id(Id.of("benchmark"))
            .version("1")
            .name(Name.of("Quy chế đo hiệu năng"))
            .inForceFrom(LocalDate.of(2024, 1, 1))
            .table(TABLE)
            .rounding(RoundingPlan.builder()
                    .criterion(Rounding.toScale(2, RoundingMode.HALF_UP))
                    .total(Rounding.toScale(2, RoundingMode.HALF_UP))
                    .build())
            .build();

    private Workloads() {}

    /**
     * Returns the policy every workload is evaluated with.
     *
     * @return the policy
     */
    public static Policy policy() {
        return POLICY;
    }

    /**
     * Returns {@code count} clusters of 8 units with their covenants and sheets.
     *
     * @param count the number of clusters, 1 or more
     * @param seed the random seed; the same seed gives the same workload
     * @return the evaluation inputs
     */
    public static List<EvaluationInput> clusters(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Organiser organiser = Organiser.builder()
                .id(Id.of("org"))
                .name(Name.of("Cơ quan tổ chức"))
                .level(OrganiserLevel.MINISTRY_PROVINCE)
                .kind(OrganiserKind.STATE_COUNCIL)
                .build();
        List<EvaluationInput> inputs = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            Cluster.Builder cluster = Cluster.builder()
                    .id(Id.of("cum-" + c))
                    .kind(ClusterKind.CLUSTER)
                    .name(Name.of("Cụm " + c))
                    .organiser(organiser);
            for (int u = 0; u < CLUSTER_SIZE; u++) {
                cluster.addMembers(Collective.of(Id.of("c" + c + "-u" + u), Name.of("Đơn vị " + u)));
            }
            Cluster built = cluster.build();
            Covenant.Builder covenant = Covenant.builder()
                    .id(Id.of("giao-uoc-" + c))
                    .cluster(built)
                    .period(YEAR)
                    .signedOn(LocalDate.of(2024, 1, 15))
                    .scoringTable(TABLE);
            for (int i = 0; i < 8; i++) {
                covenant.addIndicators(Indicator.builder()
                        .id(Id.of("ind-" + i))
                        .name(Name.of("Chỉ tiêu " + i))
                        .unitOfMeasure("đơn vị")
                        .direction(i % 4 == 3 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
                        .build());
            }
            List<AssessmentSheet> sheets = new ArrayList<>();
            for (Collective member : built.members()) {
                for (int i = 0; i < 8; i++) {
                    covenant.addTargets(PledgedTarget.builder()
                            .unit(member.id())
                            .indicator(Id.of("ind-" + i))
                            .value(BigDecimal.valueOf(50 + random.nextInt(200)))
                            .build());
                }
                AssessmentSheet.Builder sheet =
                        AssessmentSheet.builder().unit(member.id()).period(YEAR);
                for (Criterion criterion : TABLE.criteria()) {
                    Assessment.Builder a = Assessment.builder().criterion(criterion.code());
                    switch (criterion.kind().kindName()) {
                        case "qualitative" -> a.achieved(random.nextInt(5) > 0);
                        case "quantitative", "leader-relative" ->
                            a.actual(BigDecimal.valueOf(random.nextInt(30_000), 2));
                        case "count" -> a.count(random.nextInt(8));
                        default -> a.occurrences(random.nextInt(4));
                    }
                    sheet.addEntries(a.build());
                }
                sheets.add(sheet.build());
            }
            inputs.add(EvaluationInput.builder()
                    .covenant(covenant.build())
                    .addAllSheets(sheets)
                    .build());
        }
        return inputs;
    }

    private static ScoringTable table() {
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            criteria.add(criterion("Q" + i, "5", Qualitative.of()));
            criteria.add(criterion("N" + i, "5", Quantitative.of(Id.of("ind-" + i))));
            criteria.add(criterion("L" + i, "10", LeaderRelative.of(Id.of("ind-" + (4 + i)))));
            criteria.add(criterion("C" + i, "5", CountBased.of(Points.parse("1.25"))));
        }
        ScoringTable.Builder table = ScoringTable.builder().id(Id.of("bang-20")).name(Name.of("Bảng 20 tiêu chí"));
        for (int g = 0; g < 4; g++) {
            table.addRoots(CriterionGroup.builder()
                    .code("G" + g)
                    .name(Name.of("Nhóm " + g))
                    .addAllChildren(criteria.subList(g * 4, g * 4 + 4))
                    .build());
        }
        return table.addRoots(
                        criterion("T0", "2", Bonus.of(Points.of(1))),
                        criterion("T1", "1", Bonus.of(Points.parse("0.5"))),
                        criterion("D0", "2", Deduction.of(Points.parse("0.5"))),
                        criterion("D1", "1", Deduction.of(Points.parse("0.25"))))
                .bonusCap(Points.of(3))
                .deductionCap(Points.of(3))
                .build();
    }

    private static Criterion criterion(String code, String max, CriterionKind kind) {
        return Criterion.builder()
                .code(code)
                .name(Name.of("Tiêu chí " + code))
                .maxPoints(Points.parse(max))
                .kind(kind)
                .build();
    }
}
