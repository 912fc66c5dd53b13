package io.github.thidua.examples.cli;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AwardKinds;
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
import io.github.thidua.examples.SeedEvaluation;
import io.github.thidua.scoring.BaseSalaryTable;
import io.github.thidua.scoring.CashRewardTable;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.DocumentWriter;
import io.github.thidua.serialization.Documents;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reproducible batch for the tool's batch ranking: clusters of 8 units scored on 20 criteria of
 * every built-in kind (as the benchmarks' workload), with bands, an award ladder and cash, written
 * as a policy, a covenants document and an assessments document. The documents are written
 * element by element, so it also makes the national workload for a manual run:
 *
 * <pre>{@code
 * java -cp <test class path> io.github.thidua.examples.cli.BatchWorkload target/workload 125000
 * }</pre>
 */
final class BatchWorkload {

    /** Units per cluster. */
    static final int CLUSTER_SIZE = 8;

    private static final Period YEAR = Period.year(2024);
    private static final ScoringTable TABLE = table();

    /** The files of a batch. */
    record Batch(Path policy, Path covenants, Path assessments) {}

    private BatchWorkload() {}

    /**
     * Writes a batch of {@code clusters} clusters to a folder, sheets in the covenants' order.
     *
     * @param args the folder, the number of clusters, and optionally the seed
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int clusters = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        long started = System.nanoTime();
        Batch files = write(dir, clusters, seed);
        System.out.printf(
                "%d clusters, %d units: %s (%d bytes), %s (%d bytes) in %.1f s%n",
                clusters,
                (long) clusters * CLUSTER_SIZE,
                files.covenants(),
                Files.size(files.covenants()),
                files.assessments(),
                Files.size(files.assessments()),
                (System.nanoTime() - started) / 1e9);
    }

    /** The policy: the 20-criteria table, seed 002's bands and award ladder, and cash. */
    static Policy policy(MissingSheetPolicy missingSheet) {
        return Policy.builder()
                .id(Id.of("quy-che-do-tai"))
                .version("2024.1")
                .name(Name.of("Quy chế thi đua đo tải năm 2024"))
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .table(TABLE)
                .missingSheet(missingSheet)
                .rounding(RoundingPlan.builder()
                        .criterion(Rounding.toScale(2, RoundingMode.HALF_UP))
                        .total(Rounding.toScale(2, RoundingMode.HALF_UP))
                        .build())
                .bands(SeedEvaluation.bands())
                .awards(SeedEvaluation.ladder())
                .cash(CashRewardTable.builder()
                        .baseSalaries(BaseSalaryTable.vietnam())
                        .putMultipliers(AwardKinds.MINISTRY_PROVINCE_FLAG.id(), new BigDecimal("8"))
                        .putMultipliers(AwardKinds.MINISTRY_PROVINCE_MERIT.id(), new BigDecimal("2"))
                        .build())
                .build();
    }

    /** The clusters' inputs, in order; each cluster depends only on the seed and its number. */
    static List<EvaluationInput> inputs(int clusters, long seed) {
        List<EvaluationInput> inputs = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            inputs.add(cluster(c, seed));
        }
        return inputs;
    }

    /** Writes the policy (YAML) and the covenants and assessments (JSON), element by element. */
    static Batch write(Path dir, int clusters, long seed) throws IOException {
        Files.createDirectories(dir);
        Batch files =
                new Batch(dir.resolve("policy.yaml"), dir.resolve("covenants.json"), dir.resolve("assessments.json"));
        Files.writeString(
                files.policy(),
                Documents.yaml().write(DocumentKind.POLICY, policy(MissingSheetPolicy.REJECT)),
                StandardCharsets.UTF_8);
        try (OutputStream c = new BufferedOutputStream(Files.newOutputStream(files.covenants()), 1 << 16);
                OutputStream a = new BufferedOutputStream(Files.newOutputStream(files.assessments()), 1 << 16);
                DocumentWriter<Covenant> covenants = Documents.json().streamWriter(DocumentKind.COVENANTS, c);
                DocumentWriter<AssessmentSheet> sheets = Documents.json().streamWriter(DocumentKind.ASSESSMENTS, a)) {
            for (int k = 0; k < clusters; k++) {
                EvaluationInput input = cluster(k, seed);
                covenants.write(input.covenant());
                input.sheets().forEach(sheets::write);
            }
        }
        return files;
    }

    /** One cluster: {@code cum-K} with units {@code cK-u0} to {@code cK-u7}. */
    static EvaluationInput cluster(int c, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + c);
        Organiser organiser = Organiser.builder()
                .id(Id.of("ubnd-tinh"))
                .name(Name.of("Ủy ban nhân dân tỉnh"))
                .level(OrganiserLevel.MINISTRY_PROVINCE)
                .kind(OrganiserKind.PEOPLES_COMMITTEE)
                .build();
        Cluster.Builder cluster = Cluster.builder()
                .id(Id.of("cum-" + c))
                .kind(ClusterKind.CLUSTER)
                .name(Name.of("Cụm thi đua số " + c))
                .organiser(organiser);
        for (int u = 0; u < CLUSTER_SIZE; u++) {
            cluster.addMembers(Collective.of(Id.of("c" + c + "-u" + u), Name.of("Đơn vị " + c + "-" + u)));
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
            int[] targets = new int[8];
            for (int i = 0; i < 8; i++) {
                targets[i] = 50 + random.nextInt(200);
                covenant.addTargets(PledgedTarget.builder()
                        .unit(member.id())
                        .indicator(Id.of("ind-" + i))
                        .value(BigDecimal.valueOf(targets[i]))
                        .build());
            }
            AssessmentSheet.Builder sheet =
                    AssessmentSheet.builder().unit(member.id()).period(YEAR);
            for (Criterion criterion : TABLE.criteria()) {
                Assessment.Builder a = Assessment.builder().criterion(criterion.code());
                switch (criterion.kind().kindName()) {
                    case "qualitative" -> a.achieved(random.nextInt(8) > 0);
                    case "quantitative", "leader-relative" -> {
                        // Around the pledged target, from 80 % to 125 % of it.
                        String indicator = ((criterion.kind() instanceof Quantitative q)
                                        ? q.indicator()
                                        : ((LeaderRelative) criterion.kind()).indicator())
                                .value();
                        int target = targets[indicator.charAt(indicator.length() - 1) - '0'];
                        a.actual(BigDecimal.valueOf(target * (80L + random.nextInt(46)), 2));
                    }
                    case "count" -> a.count(2 + random.nextInt(6));
                    default -> a.occurrences(random.nextInt(3));
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
