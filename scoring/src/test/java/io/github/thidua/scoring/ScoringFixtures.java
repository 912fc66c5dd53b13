package io.github.thidua.scoring;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Organiser;
import io.github.thidua.core.OrganiserKind;
import io.github.thidua.core.OrganiserLevel;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small clusters, tables and a custom rule for the scoring tests. */
final class ScoringFixtures {

    static final Period YEAR = Period.year(2024);

    private ScoringFixtures() {}

    /** A custom rule: the points recorded as {@code actual}, as they are (for testing the engine). */
    static final class ActualAsPoints implements CriterionRule {
        @Override
        public String name() {
            return "actual-as-points";
        }

        @Override
        public Text label() {
            return Text.of("điểm bằng giá trị thực hiện", "points equal the actual value");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            List<RuleOutcome> out = new ArrayList<>();
            for (RuleInput in : context.inputs()) {
                BigDecimal actual = in.assessment().flatMap(Assessment::actual).orElse(BigDecimal.ZERO);
                Points p = Points.of(actual);
                out.add(RuleOutcome.of(
                        in.unit(),
                        p,
                        Explanation.builder()
                                .key("test.actual")
                                .text(Text.of("thực hiện", "actual"))
                                .value(p)
                                .build()));
            }
            return out;
        }
    }

    static CriterionKind custom() {
        return CustomKind.builder().kindName("actual-as-points").build();
    }

    static Criterion criterion(String code, String max, CriterionKind kind) {
        return Criterion.builder()
                .code(code)
                .name(Name.of("Tiêu chí " + code))
                .maxPoints(Points.parse(max))
                .kind(kind)
                .build();
    }

    /** Group I (A 40, B 20), group II (C 40), bonus T (cap 3), deduction D (cap 3). */
    static ScoringTable table() {
        return ScoringTable.builder()
                .id(Id.of("bang-diem"))
                .name(Name.of("Bảng điểm thử"))
                .addRoots(
                        CriterionGroup.builder()
                                .code("I")
                                .name(Name.of("Nhóm I"))
                                .addChildren(criterion("A", "40", custom()), criterion("B", "20", custom()))
                                .build(),
                        CriterionGroup.builder()
                                .code("II")
                                .name(Name.of("Nhóm II"))
                                .addChildren(criterion("C", "40", custom()))
                                .build(),
                        criterion("T", "3", Bonus.of(Points.of(1))),
                        criterion("D", "3", Deduction.of(Points.parse("0.5"))))
                .bonusCap(Points.of(3))
                .deductionCap(Points.of(3))
                .build();
    }

    static Cluster cluster(String... ids) {
        Cluster.Builder b = Cluster.builder()
                .id(Id.of("cum"))
                .kind(ClusterKind.CLUSTER)
                .name(Name.of("Cụm thử"))
                .organiser(Organiser.builder()
                        .id(Id.of("org"))
                        .name(Name.of("Cơ quan"))
                        .level(OrganiserLevel.CENTRAL)
                        .kind(OrganiserKind.MASS_ORGANISATION)
                        .build());
        for (String id : ids) {
            b.addMembers(Collective.of(Id.of(id), Name.of("Đơn vị " + id)));
        }
        return b.build();
    }

    static Covenant covenant(Cluster cluster, ScoringTable table) {
        return Covenant.builder()
                .id(Id.of("giao-uoc"))
                .cluster(cluster)
                .period(YEAR)
                .signedOn(LocalDate.of(2024, 1, 15))
                .scoringTable(table)
                .build();
    }

    static Policy.Builder policy(ScoringTable table) {
        return Policy.builder()
                .id(Id.of("quy-che"))
                .version("1")
                .name(Name.of("Quy chế thử"))
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .table(table);
    }

    /** A sheet with actual values for A, B, C and occurrences for T and D. */
    static AssessmentSheet sheet(String unit, String a, String b, String c, int bonuses, int deductions) {
        return AssessmentSheet.builder()
                .unit(Id.of(unit))
                .period(YEAR)
                .addEntries(
                        Assessment.builder()
                                .criterion("A")
                                .actual(new BigDecimal(a))
                                .build(),
                        Assessment.builder()
                                .criterion("B")
                                .actual(new BigDecimal(b))
                                .build(),
                        Assessment.builder()
                                .criterion("C")
                                .actual(new BigDecimal(c))
                                .build(),
                        Assessment.builder().criterion("T").occurrences(bonuses).build(),
                        Assessment.builder()
                                .criterion("D")
                                .occurrences(deductions)
                                .build())
                .build();
    }

    static AssessmentSheet recordedSheet(String unit, Map<String, Map<AssessmentStage, String>> points) {
        AssessmentSheet.Builder b = AssessmentSheet.builder().unit(Id.of(unit)).period(YEAR);
        points.forEach((code, stages) -> {
            Assessment.Builder a = Assessment.builder().criterion(code);
            stages.forEach((stage, p) -> a.putPoints(stage, Points.parse(p)));
            b.addEntries(a.build());
        });
        return b.build();
    }
}
