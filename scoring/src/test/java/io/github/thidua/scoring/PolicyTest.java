package io.github.thidua.scoring;

import static io.github.thidua.scoring.ScoringFixtures.criterion;
import static io.github.thidua.scoring.ScoringFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Id;
import io.github.thidua.core.MissingValueException;
import io.github.thidua.core.Name;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyTest {

    private static ScoringTable formulaTable(String expression, String... inputs) {
        return ScoringTable.builder()
                .id(Id.of("bang"))
                .name(Name.of("Bảng"))
                .addRoots(criterion(
                        "F",
                        "10",
                        Formula.builder()
                                .expression(expression)
                                .addInputs(inputs)
                                .build()))
                .build();
    }

    @Test
    void build_formulaWithASyntaxError_isRejectedWithTheCriterionAndPosition() {
        assertThatThrownBy(() -> policy(formulaTable("MIN(max, actual *)", "max", "actual"))
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("table.roots[0].kind.expression");
                    assertThat(e.getMessage()).contains("position");
                });
    }

    @Test
    void build_formulaNamingAnUndeclaredInput_isRejected() {
        assertThatThrownBy(
                        () -> policy(formulaTable("actual * bonus", "actual")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("table.roots[0].kind.expression");
                    assertThat(e.getMessage()).contains("bonus");
                });
    }

    @Test
    void build_tieBreakerOnAnUnknownGroup_isRejectedListingTheGroups() {
        assertThatThrownBy(() -> policy(ScoringFixtures.table())
                        .ranking(RankingRules.builder()
                                .addChain(TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", "III"))))
                                .build())
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("ranking.chain[0].parameters.group");
                    assertThat(e.getMessage()).contains("a group code: [I, II]");
                    assertThat(e.getMessage(Text.VIETNAMESE)).contains("bảng điểm không có nhóm này");
                });
    }

    @Test
    void build_endBeforeStart_isRejected() {
        assertThatThrownBy(() -> policy(ScoringFixtures.table())
                        .inForceUntil(LocalDate.of(2023, 12, 31))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("inForceUntil"));
    }

    @Test
    void build_badVersion_isRejected() {
        assertThatThrownBy(() -> Policy.builder()
                        .id(Id.of("p"))
                        .version("phiên bản 1")
                        .name(Name.of("P"))
                        .inForceFrom(LocalDate.of(2024, 1, 1))
                        .table(ScoringFixtures.table())
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("version"));
    }

    @Test
    void build_withoutATable_isAMissingValue() {
        assertThatThrownBy(() -> Policy.builder()
                        .id(Id.of("p"))
                        .version("1")
                        .name(Name.of("P"))
                        .inForceFrom(LocalDate.of(2024, 1, 1))
                        .build())
                .isInstanceOfSatisfying(MissingValueException.class, e -> {
                    assertThat(e.type()).isEqualTo("Policy");
                    assertThat(e.field()).isEqualTo("table");
                });
    }

    @Test
    void isInForce_coversItsDatesInclusive() {
        Policy p = policy(ScoringFixtures.table())
                .inForceUntil(LocalDate.of(2024, 12, 31))
                .build();
        assertThat(p.isInForce(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(p.isInForce(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(p.isInForce(LocalDate.of(2025, 1, 1))).isFalse();
        assertThat(p.isInForce(LocalDate.of(2023, 12, 31))).isFalse();
    }

    @Test
    void build_formulaInsideAGroup_isNamedByItsPlaceInTheTree_notByItsDottedCode() {
        ScoringTable table = ScoringTable.builder()
                .id(Id.of("t"))
                .name(Name.of("Bảng"))
                .addRoots(CriterionGroup.builder()
                        .code("I")
                        .name(Name.of("Nhóm I"))
                        .addChildren(
                                criterion("I.1", "10", ScoringFixtures.custom()),
                                criterion(
                                        "I.2",
                                        "10",
                                        Formula.builder()
                                                .expression("SQRT(actual)")
                                                .addInputs("actual")
                                                .build()))
                        .build())
                .build();
        assertThatThrownBy(() -> policy(table).build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("table.roots[0].children[1].kind.expression"));
    }

    @Test
    void build_awardStepForABandTheSchemeLacks_isRejected() {
        AwardLadder ladder = AwardLadder.builder()
                .addSteps(AwardStep.builder()
                        .award(io.github.thidua.core.AwardKinds.COMMENDATION)
                        .addBands("excellent", "outstanding")
                        .build())
                .build();
        assertThatThrownBy(() -> policy(ScoringFixtures.table())
                        .bands(BandFixtures.ministry())
                        .awards(ladder)
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("awards.steps[0].bands[1]");
                    assertThat(e.getMessage()).contains("outstanding").contains("excellent, good");
                });
        // Without a band scheme no unit has a band: nothing to check the codes against.
        assertThat(policy(ScoringFixtures.table()).awards(ladder).build().awards())
                .isPresent();
        assertThat(policy(ScoringFixtures.table())
                        .bands(BandFixtures.ministry())
                        .awards(AwardFixtures.flagMeritCommendation())
                        .build()
                        .awards())
                .isPresent();
    }

    @Test
    void build_divisionScaleFromZeroToTwelve_isAccepted_andOutsideIsRejected() {
        assertThat(policy(ScoringFixtures.table()).divisionScale(0).build().divisionScale())
                .isZero();
        assertThat(policy(ScoringFixtures.table()).divisionScale(12).build().divisionScale())
                .isEqualTo(12);
        assertThatThrownBy(
                        () -> policy(ScoringFixtures.table()).divisionScale(13).build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("divisionScale"));
        assertThatThrownBy(
                        () -> policy(ScoringFixtures.table()).divisionScale(-1).build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("divisionScale"));
    }

    @Test
    void everyPolicyChoice_hasALabelInBothLanguages() {
        List<Text> labels = new ArrayList<>();
        for (EvaluationScope v : EvaluationScope.values()) {
            labels.add(v.label());
        }
        for (GuardFallback v : GuardFallback.values()) {
            labels.add(v.label());
        }
        for (LadderScope v : LadderScope.values()) {
            labels.add(v.label());
        }
        for (MissingSheetPolicy v : MissingSheetPolicy.values()) {
            labels.add(v.label());
        }
        for (MissingStagePolicy v : MissingStagePolicy.values()) {
            labels.add(v.label());
        }
        for (ScoreSource v : ScoreSource.values()) {
            labels.add(v.label());
        }
        for (StraddleRule v : StraddleRule.values()) {
            labels.add(v.label());
        }

        assertThat(labels).hasSize(17).allSatisfy(t -> {
            assertThat(t.vi()).isNotBlank();
            assertThat(t.en()).isNotBlank();
        });
        assertThat(MissingStagePolicy.FALL_BACK.label().en()).isEqualTo("use the latest earlier stage");
        assertThat(ScoreSource.RECORDED.label().vi()).isEqualTo("lấy điểm đã chấm ở giai đoạn quy định");
    }
}
