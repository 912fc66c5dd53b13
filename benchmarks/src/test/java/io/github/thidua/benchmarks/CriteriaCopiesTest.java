package io.github.thidua.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionNode;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Band;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriteriaCopiesTest {

    @Test
    void oneCopy_isTodaysPolicyAndWorkload() {
        Policy one = Workloads.policy(1);

        assertThat(one).isSameAs(Workloads.policy()).isEqualTo(Workloads.policy());
        assertThat(one.id().value()).isEqualTo("benchmark");
        assertThat(one.table().id().value()).isEqualTo("bang-20-tieu-chi");
        assertThat(one.table().criteria().stream().map(Criterion::code).toList())
                .containsExactlyElementsOf(
                        Workloads.SPECS.stream().map(Workloads.Spec::code).toList());
        assertThat(one.table().roots().stream().map(CriterionNode::code))
                .containsExactly("G0", "G1", "G2", "G3", "T0", "T1", "D0", "D1");
        assertThat(one.bands().orElseThrow().bands().stream()
                        .map(b -> b.min().map(p -> p.toBigDecimal().intValue()).orElse(0)))
                .containsExactly(85, 75, 60, 0);
        UnitWorkload today = Workloads.units(80, 7L);
        UnitWorkload copies = Workloads.units(80, 1, 7L);
        assertThat(copies.criteria()).isEqualTo(20);
        assertThat(copies.policy()).isSameAs(Workloads.policy());
        for (int c = 0; c < today.clusters(); c++) {
            assertThat(copies.input(c)).isEqualTo(today.input(c));
        }
    }

    @Test
    void twoCopies_giveAValidFortyCriterionWorkload_thatEvaluates() {
        UnitWorkload workload = Workloads.units(64, 2, 42L);
        Policy policy = workload.policy();

        assertThat(policy).isEqualTo(Workloads.policy(2));
        assertThat(workload.criteria()).isEqualTo(40);
        List<String> codes =
                policy.table().criteria().stream().map(Criterion::code).toList();
        assertThat(codes).hasSize(40).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Za-z0-9._-]{1,32}"));
        assertThat(codes.subList(20, 40)).startsWith("Q0_2", "Q1_2").endsWith("D1_2");
        // Each copy has its own groups of 100 points; the caps stay.
        assertThat(policy.table().roots().stream()
                        .filter(n -> n instanceof CriterionGroup)
                        .map(n -> n.code() + "="
                                + ((CriterionGroup) n)
                                        .maxPoints()
                                        .toBigDecimal()
                                        .intValueExact()))
                .containsExactly("G0=20", "G1=30", "G2=30", "G3=20", "G0_2=20", "G1_2=30", "G2_2=30", "G3_2=20");
        assertThat(policy.table().maxPoints().toBigDecimal()).isEqualByComparingTo("200");
        assertThat(policy.table().bonusCap().toBigDecimal()).isEqualByComparingTo("4");
        assertThat(policy.table().deductionCap().toBigDecimal()).isEqualByComparingTo("4");
        assertThat(policy.bands().orElseThrow().bands().stream().map(Band::min))
                .map(min -> min.map(p -> p.toBigDecimal().intValue()).orElse(0))
                .containsExactly(170, 150, 120, 0);

        List<EvaluationInput> inputs = new ArrayList<>();
        workload.inputs().forEachRemaining(inputs::add);
        assertThat(inputs.get(0).covenant().indicators().stream().map(Indicator::id))
                .hasSize(14)
                .doesNotHaveDuplicates();
        assertThat(inputs.get(0).covenant().targets()).hasSize(8 * 14);
        List<UnitResult> units = new ArrayList<>();
        Evaluator.of(Registry.builtIns())
                .evaluateAll(
                        policy,
                        inputs.iterator(),
                        2,
                        e -> units.addAll(e.result().units()));

        assertThat(units).hasSize(64).allSatisfy(u -> {
            assertThat(u.criteria()).hasSize(40);
            assertThat(u.band()).isPresent();
            assertThat(u.total().toBigDecimal()).isBetween(new BigDecimal("-4"), new BigDecimal("204"));
        });
    }

    @Test
    void theFirstCopy_isDrawnAsWithoutCopies_andTheSecondDiffers() {
        EvaluationInput one = Workloads.units(16, 1, 3L).input(1);
        EvaluationInput two = Workloads.units(16, 2, 3L).input(1);

        for (int m = 0; m < Workloads.CLUSTER_SIZE; m++) {
            AssessmentSheet sheet = two.sheets().get(m);
            assertThat(sheet.entries().subList(0, 20))
                    .isEqualTo(one.sheets().get(m).entries());
        }
        long differing = 0;
        for (AssessmentSheet sheet : two.sheets()) {
            for (int k = 0; k < 20; k++) {
                var first = sheet.entries().get(k);
                var second = sheet.entries().get(20 + k);
                assertThat(second.criterion()).isEqualTo(first.criterion() + "_2");
                differing += values(first).equals(values(second)) ? 0 : 1;
            }
        }
        assertThat(differing).isPositive();
    }

    @Test
    void tooManyOrTooFewCopies_areRejected() {
        assertThatThrownBy(() -> Workloads.policy(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Workloads.units(8, Workloads.MAX_CRITERIA_COPIES + 1, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scaling_measuresEveryConfiguration_andPrintsTheRatios() {
        Scaling.Options options = Scaling.Options.parse(
                "--units", "16,32", "--copies", "1,2", "--threads", "1", "--repeat", "1", "--warmup", "0");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        List<Scaling.Row> rows = Scaling.measure(options, new PrintStream(progress, true, StandardCharsets.UTF_8));
        List<String> table = Scaling.table(rows);

        assertThat(rows)
                .extracting(r -> r.units() + "x" + r.criteria())
                .containsExactly("16x20", "16x40", "32x20", "32x40");
        assertThat(rows).allSatisfy(r -> assertThat(r.nanos()).hasSize(1));
        assertThat(table).hasSize(1 + 4 + 1);
        // 32 units of 40 criteria: compared with 16 units and with 20 criteria.
        assertThat(table.get(4)).containsPattern("×2: \\d+\\.\\d\\d +×2: \\d+\\.\\d\\d$");
        assertThat(table.get(1)).endsWith("—               —");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("timed round 1 done");
    }

    private static List<Object> values(Assessment a) {
        return List.of(a.achieved(), a.actual(), a.count(), a.occurrences());
    }
}
