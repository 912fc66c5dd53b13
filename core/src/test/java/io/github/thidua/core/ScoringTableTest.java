package io.github.thidua.core;

import static io.github.thidua.core.H1Fixtures.GRDP;
import static io.github.thidua.core.H1Fixtures.NEW_MEMBERS;
import static io.github.thidua.core.H1Fixtures.criterion;
import static io.github.thidua.core.H1Fixtures.invalid;
import static io.github.thidua.core.H1Fixtures.missing;
import static io.github.thidua.core.H1Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoringTableTest {

    private static ScoringTable.Builder tableOf(CriterionNode... roots) {
        ScoringTable.Builder b = ScoringTable.builder();
        b.id(Id.of("t")).name(Name.of("Bảng chấm điểm")).addRoots(roots);
        return b;
    }

    private static CriterionGroup group(String code, CriterionNode... children) {
        return CriterionGroup.builder()
                .code(code)
                .name(Name.of("Nhóm " + code))
                .addChildren(children)
                .build();
    }

    @Test
    void build_hundredPointTable_answersQueries() {
        ScoringTable t = table();
        assertThat(t.maxPoints()).isEqualTo(Points.of(100));
        assertThat(t.criteria()).extracting(Criterion::code).containsExactly("I.1", "I.2", "II.1", "III");
        assertThat(t.criterion("I.2")).map(Criterion::maxPoints).contains(Points.of(40));
        assertThat(t.criterion("I")).isEmpty();
        assertThat(t.indicatorIds()).containsExactly(GRDP, NEW_MEMBERS);
        assertThat(t.bonusCap()).isEqualTo(Points.of(3));
        assertThat(t.deductionCap()).isEqualTo(Points.ZERO);
    }

    @Test
    void build_repeatedCodeAcrossTree_isRejectedWithPath() {
        ValidationException e = invalid(() -> tableOf(
                        group("I", criterion("I.1", 10, Qualitative.of())),
                        group("II", criterion("I.1", 10, Qualitative.of())))
                .build());
        assertThat(e.type()).isEqualTo("ScoringTable");
        assertThat(e.field()).isEqualTo("roots[1].children[0].code");
        assertThat(e.value()).contains("\"I.1\"");
        assertThat(e.getMessage()).contains("repeats the code at roots[0].children[0].code");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("mỗi mã tiêu chí một lần trong cả bảng");
    }

    @Test
    void build_declaredTotalDiffersFromSum_isRejectedWithBothNumbers() {
        ValidationException e = invalid(() -> tableOf(criterion("1", 60, Qualitative.of()))
                .declaredMaxPoints(Points.of(100))
                .build());
        assertThat(e.field()).isEqualTo("declaredMaxPoints");
        assertThat(e.value()).contains("100");
        assertThat(e.getMessage()).contains("declared maximum 100 differs from the sum of the criteria's maxima 60");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("khác tổng điểm tối đa các tiêu chí 60");
    }

    @Test
    void build_treeDeeperThanEightLevels_isRejected() {
        CriterionNode node = criterion("L9", 1, Qualitative.of());
        for (int level = 8; level >= 2; level--) {
            node = group("L" + level, node);
        }
        CriterionNode deep = node;
        // The outermost group would sit at level 1 of any table, so it already refuses the ninth level.
        ValidationException e = invalid(() -> group("L1", deep));
        assertThat(e.type()).isEqualTo("CriterionGroup");
        assertThat(e.field()).isEqualTo("children[0]" + ".children[0]".repeat(7));
        assertThat(e.getMessage()).contains("at most 8 levels deep");
    }

    @Test
    void build_eightLevels_isAccepted() {
        CriterionNode node = criterion("L8", 1, Qualitative.of());
        for (int level = 7; level >= 1; level--) {
            node = group("L" + level, node);
        }
        assertThat(tableOf(node).build().maxPoints()).isEqualTo(Points.of(1));
    }

    @Test
    void build_onlyBonusCriteria_isRejected() {
        ValidationException e = invalid(() -> tableOf(criterion("1", 3, Bonus.of(Points.of(1))))
                .bonusCap(Points.of(3))
                .build());
        assertThat(e.field()).isEqualTo("roots");
        assertThat(e.getMessage()).contains("at least one scored criterion");
    }

    @Test
    void build_noRoots_isRejected() {
        assertThat(invalid(() -> tableOf().build()).field()).isEqualTo("roots");
    }

    @Test
    void build_deductionWithoutCap_isRejected() {
        ValidationException e = invalid(() -> tableOf(
                        criterion("1", 10, Qualitative.of()), criterion("2", 3, Deduction.of(Points.of(1))))
                .build());
        assertThat(e.field()).isEqualTo("deductionCap");
        assertThat(e.getMessage()).contains("the table has deduction criteria but a cap of zero");
    }

    @Test
    void build_negativeCap_isRejected() {
        ValidationException e = invalid(() -> tableOf(criterion("1", 10, Qualitative.of()))
                .bonusCap(Points.of(-1))
                .build());
        assertThat(e.field()).isEqualTo("bonusCap");
        assertThat(e.value()).contains("-1");
    }

    @Test
    void bonusAndDeduction_doNotCountTowardMaxima() {
        ScoringTable t = tableOf(
                        group("I", criterion("I.1", 20, Qualitative.of()), criterion("I.2", 2, Bonus.of(Points.of(1)))),
                        criterion("II", 5, Deduction.of(Points.of(1))))
                .bonusCap(Points.of(2))
                .deductionCap(Points.of(5))
                .build();
        assertThat(t.maxPoints()).isEqualTo(Points.of(20));
        assertThat(t.roots().get(0).maxPoints()).isEqualTo(Points.of(20));
    }

    @Test
    void builder_nullsAndMissingAttributes_throwMissingValue() {
        missing(() -> ScoringTable.builder().name(null), "name");
        missing(() -> ScoringTable.builder().addRoots((CriterionNode) null), "roots");
        missing(() -> ScoringTable.builder().id(Id.of("t")).build(), "name");
    }

    @Test
    void equality_isByValue() {
        assertThat(table()).isEqualTo(table()).hasSameHashCodeAs(table());
        assertThat(tableOf(criterion("1", 10, Qualitative.of())).build())
                .isNotEqualTo(tableOf(criterion("1", 11, Qualitative.of())).build());
    }

    /** Builds a random tree over the given maxima; every fifth leaf is a bonus. */
    private static List<CriterionNode> tree(List<Integer> maxima, Random random, int level, int[] counter) {
        List<CriterionNode> nodes = new ArrayList<>();
        int i = 0;
        while (i < maxima.size()) {
            int take = 1 + random.nextInt(maxima.size() - i);
            if (take > 1 && level < 6 && random.nextBoolean()) {
                String code = "G" + counter[0]++;
                nodes.add(group(
                        code,
                        tree(maxima.subList(i, i + take), random, level + 1, counter)
                                .toArray(CriterionNode[]::new)));
                i += take;
            } else {
                int n = counter[0]++;
                int max = maxima.get(i++);
                nodes.add(
                        n % 5 == 4
                                ? criterion("B" + n, max + 1, Bonus.of(Points.of(1)))
                                : criterion("C" + n, max, Qualitative.of()));
            }
        }
        return nodes;
    }

    private static Points scoredLeafSum(ScoringTable t) {
        return t.criteria().stream()
                .filter(Criterion::isScored)
                .map(Criterion::maxPoints)
                .reduce(Points.ZERO, Points::plus);
    }

    @Test
    void property_maximumIsSumOfScoredLeaves() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 100)).ofSizeBetween(1, 25), longs().all())
                .checkAssert((maxima, seed) -> {
                    List<CriterionNode> roots = tree(maxima, new Random(seed), 1, new int[] {0});
                    // One sure scored criterion, in case every random leaf came out a bonus.
                    roots.add(criterion("S", 7, Qualitative.of()));
                    ScoringTable t = tableOf(roots.toArray(CriterionNode[]::new))
                            .bonusCap(Points.of(3))
                            .build();
                    assertThat(t.maxPoints()).isEqualTo(scoredLeafSum(t));
                    assertThat(tableOf(roots.toArray(CriterionNode[]::new))
                                    .bonusCap(Points.of(3))
                                    .declaredMaxPoints(t.maxPoints())
                                    .build())
                            .isNotNull();
                });
    }

    @Test
    void property_declaredGroupMaximumDifferingFromSum_isAlwaysRejected() {
        qt().withExamples(200)
                .forAll(
                        lists().of(integers().between(0, 100)).ofSizeBetween(1, 10),
                        longs().all(),
                        integers().between(-50, 50))
                .assuming((maxima, seed, delta) -> delta != 0)
                .checkAssert((maxima, seed, delta) -> {
                    List<CriterionNode> children = tree(maxima, new Random(seed), 2, new int[] {0});
                    Points sum = CriterionTree.scoredSum(children);
                    Points declared = sum.plus(Points.of(delta));
                    ValidationException e = invalid(() -> CriterionGroup.builder()
                            .code("X")
                            .name(Name.of("Nhóm"))
                            .declaredMaxPoints(declared)
                            .addAllChildren(children)
                            .build());
                    assertThat(e.field()).isEqualTo("declaredMaxPoints");
                    assertThat(e.getMessage()).contains(declared + " differs", "maxima " + sum);
                });
    }
}
