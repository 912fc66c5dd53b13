package io.github.thidua.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.benchmarks.Workloads.Rule;
import io.github.thidua.benchmarks.Workloads.Spec;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.Direction;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import io.github.thidua.scoring.TieBreakLink;
import io.github.thidua.scoring.spi.CriterionRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkloadsTest {

    private final Policy policy = Workloads.policy();

    @Test
    void theTable_usesEveryBuiltInRuleKind_withLowerIsBetterIndicatorsAndCappedBonusesAndDeductions() {
        Set<String> kinds = new HashSet<>();
        policy.table().criteria().forEach(c -> kinds.add(c.kind().kindName()));

        assertThat(policy.table().criteria()).hasSize(20);
        assertThat(kinds)
                .containsExactlyInAnyOrderElementsOf(Registry.builtIns().names(CriterionRule.class));
        assertThat(policy.table().criteria().stream()
                        .filter(c -> c.kind() instanceof Quantitative q
                                && lower(q.indicator().value())))
                .isNotEmpty();
        assertThat(policy.table().criteria().stream()
                        .filter(c -> c.kind() instanceof LeaderRelative l
                                && lower(l.indicator().value())))
                .isNotEmpty();
        assertThat(policy.table().bonusCap().toBigDecimal()).isEqualByComparingTo("4");
        assertThat(policy.table().deductionCap().toBigDecimal()).isEqualByComparingTo("4");
        assertThat(policy.table().criteria().stream().map(Criterion::code).toList())
                .containsExactlyElementsOf(
                        Workloads.SPECS.stream().map(Spec::code).toList());
    }

    @Test
    void thePolicy_hasBands_aTieBreakChain_andAnAwardLadderWithQuotas() {
        assertThat(policy.bands()).hasValueSatisfying(b -> assertThat(b.bands()).hasSize(4));
        assertThat(policy.ranking().chain().stream().map(TieBreakLink::name))
                .containsExactly("group-subtotal", "fewer-deductions", "lot");
        assertThat(policy.awards()).hasValueSatisfying(ladder -> {
            assertThat(ladder.steps()).hasSize(2);
            assertThat(ladder.steps().stream().map(AwardStep::quota))
                    .allSatisfy(q -> assertThat(q).isPresent());
        });
    }

    @Test
    void theSameSeed_givesTheSameWorkload_andAnotherSeedAnother() {
        List<EvaluationInput> first = Workloads.clusters(6, 7L);

        assertThat(Workloads.clusters(6, 7L)).isEqualTo(first);
        assertThat(Workloads.clusters(6, 8L)).isNotEqualTo(first);
        // Built lazily, alone or among more clusters, a cluster is the same.
        assertThat(Workloads.units(800, 7L).input(5)).isEqualTo(first.get(5));
    }

    @Test
    void theArrays_holdTheSameValuesAsThiduasInputs() {
        UnitWorkload workload = Workloads.units(80, 3L);
        Columns columns = workload.columns();

        for (int c = 0; c < workload.clusters(); c++) {
            EvaluationInput input = workload.input(c);
            for (int m = 0; m < Workloads.CLUSTER_SIZE; m++) {
                int u = c * Workloads.CLUSTER_SIZE + m;
                var sheet = input.sheets().get(m);
                assertThat(sheet.unit()).isEqualTo(UnitWorkload.unitId(c, m));
                for (int k = 0; k < Workloads.CRITERIA; k++) {
                    Spec s = Workloads.SPECS.get(k);
                    var entry = sheet.entry(s.code()).orElseThrow();
                    if (s.readsAchieved()) {
                        assertThat(entry.achieved()).contains(columns.achieved[k][u]);
                    }
                    if (s.readsIndicator()) {
                        assertThat(Workloads.cents(entry.actual().orElseThrow()))
                                .isEqualTo(columns.actual[k][u]);
                        var target = input.covenant()
                                .target(sheet.unit(), Workloads.indicatorId(s.indicator()))
                                .orElseThrow();
                        assertThat(Workloads.cents(target.value())).isEqualTo(columns.target[k][u]);
                    }
                    if (s.readsCount()) {
                        assertThat(entry.count()).hasValue(columns.count[k][u]);
                    }
                    if (s.readsOccurrences()) {
                        assertThat(entry.occurrences()).hasValue(columns.occurrences[k][u]);
                    }
                }
            }
        }
    }

    @Test
    void aThousandUnits_reachTheRulesEdgeCases() {
        Columns columns = Workloads.units(1000, 42L).columns();
        List<String> reached = new ArrayList<>();

        for (int k = 0; k < Workloads.CRITERIA; k++) {
            Spec s = Workloads.SPECS.get(k);
            for (int base = 0; base < columns.units; base += Workloads.CLUSTER_SIZE) {
                if (s.lower() && contains(columns.actual[k], base, 0)) {
                    reached.add("nothing left, lower is better: " + s.rule());
                }
                if (s.noneLead() && tiedAtTheTop(columns, k, base)) {
                    reached.add("a tie at the top without a leader");
                }
            }
        }
        for (int u = 0; u < columns.units; u++) {
            long bonus = 0;
            long deducted = 0;
            for (int k = 0; k < Workloads.CRITERIA; k++) {
                Spec s = Workloads.SPECS.get(k);
                if (s.rule() == Rule.BONUS) {
                    bonus += Math.min(columns.occurrences[k][u] * s.parameterCents(), s.maxCents());
                } else if (s.rule() == Rule.DEDUCTION) {
                    deducted += Math.min(columns.occurrences[k][u] * s.parameterCents(), s.maxCents());
                }
            }
            if (bonus > Workloads.cents(Workloads.BONUS_CAP)) {
                reached.add("bonuses over their cap");
            }
            if (deducted > Workloads.cents(Workloads.DEDUCTION_CAP)) {
                reached.add("deductions over their cap");
            }
        }

        assertThat(reached)
                .contains(
                        "nothing left, lower is better: QUANTITATIVE",
                        "nothing left, lower is better: LEADER_RELATIVE",
                        "a tie at the top without a leader",
                        "bonuses over their cap",
                        "deductions over their cap");
    }

    private static boolean lower(String indicator) {
        return Workloads.INDICATOR_OBJECTS.stream()
                .anyMatch(i -> i.id().value().equals(indicator) && i.direction() == Direction.LOWER_IS_BETTER);
    }

    private static boolean contains(long[] values, int base, long value) {
        for (int u = base; u < base + Workloads.CLUSTER_SIZE; u++) {
            if (values[u] == value) {
                return true;
            }
        }
        return false;
    }

    // Two or more over-achievers share the best ratio actual ÷ target (higher is better).
    private static boolean tiedAtTheTop(Columns columns, int k, int base) {
        long bestN = 0;
        long bestD = 1;
        int tied = 0;
        for (int u = base; u < base + Workloads.CLUSTER_SIZE; u++) {
            long n = columns.actual[k][u];
            long d = columns.target[k][u];
            if (n <= d) {
                continue;
            }
            int c = Long.compare(n * bestD, bestN * d);
            if (tied == 0 || c > 0) {
                bestN = n;
                bestD = d;
                tied = 1;
            } else if (c == 0) {
                tied++;
            }
        }
        return tied > 1;
    }
}
