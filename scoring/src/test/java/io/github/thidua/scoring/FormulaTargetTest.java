package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.Name;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A formula reads a unit's pledged target through the indicator it names. */
class FormulaTargetTest {

    private static final Id MEMBERS = Id.of("hoi-vien-moi");

    private static ScoringTable table(Formula formula) {
        return ScoringTable.builder()
                .id(Id.of("bang"))
                .name(Name.of("Bảng"))
                .addRoots(ScoringFixtures.criterion("F", "20", formula))
                .build();
    }

    private static Formula share() {
        return Formula.builder()
                .expression("MIN(max, actual / target * max)")
                .addInputs("actual", "target", "max")
                .indicator(MEMBERS)
                .build();
    }

    private static AssessmentSheet sheet(String unit, String actual) {
        return AssessmentSheet.builder()
                .unit(Id.of(unit))
                .period(ScoringFixtures.YEAR)
                .addEntries(Assessment.builder()
                        .criterion("F")
                        .actual(new BigDecimal(actual))
                        .build())
                .build();
    }

    private static PledgedTarget target(String unit, String value) {
        return PledgedTarget.builder()
                .unit(Id.of(unit))
                .indicator(MEMBERS)
                .value(new BigDecimal(value))
                .build();
    }

    @Test
    void formulaNamingAnIndicator_readsEachUnitsOwnPledgedTarget() {
        ScoringTable table = table(share());
        Covenant covenant = Covenant.builder()
                .id(Id.of("giao-uoc"))
                .cluster(ScoringFixtures.cluster("a", "b"))
                .period(ScoringFixtures.YEAR)
                .signedOn(LocalDate.of(2024, 1, 15))
                .scoringTable(table)
                .addIndicators(Indicator.builder()
                        .id(MEMBERS)
                        .name(Name.of("Phát triển hội viên mới"))
                        .unitOfMeasure("hội viên")
                        .direction(Direction.HIGHER_IS_BETTER)
                        .build())
                .addTargets(target("a", "200"), target("b", "150"))
                .build();
        EvaluationInput input = EvaluationInput.builder()
                .covenant(covenant)
                .addSheets(sheet("a", "150"), sheet("b", "180"))
                .build();

        ClusterResult result = Evaluator.of(Registry.builtIns())
                .evaluate(ScoringFixtures.policy(table).build(), input)
                .result();

        // a: 150 / 200 × 20 = 15; b: 180 / 150 × 20 = 24, capped by MIN at the maximum 20.
        assertThat(result.unit(Id.of("a")).orElseThrow().total()).isEqualTo(Points.of(15));
        assertThat(result.unit(Id.of("b")).orElseThrow().total()).isEqualTo(Points.of(20));
        assertThat(result.unit(Id.of("a")).orElseThrow().explanation().render(Locale.ENGLISH))
                .contains("target: 200")
                .doesNotContain("Missing input");
    }

    @Test
    void formulaReadingTargetWithoutAnIndicator_isRefusedWhenThePolicyIsBuilt() {
        Formula noIndicator = Formula.builder()
                .expression("MIN(max, actual / target * max)")
                .addInputs("actual", "target", "max")
                .build();

        assertThatThrownBy(() -> ScoringFixtures.policy(table(noIndicator)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).endsWith("inputs[1]");
                    assertThat(e.getMessage()).contains("reads the pledged target but names no indicator");
                    assertThat(e.getMessage(new Locale("vi"))).contains("không nêu chỉ tiêu nào");
                });
    }
}
