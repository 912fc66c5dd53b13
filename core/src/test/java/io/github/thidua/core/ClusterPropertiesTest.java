package io.github.thidua.core;

import static io.github.thidua.core.H3Fixtures.VETERANS;
import static io.github.thidua.core.H3Fixtures.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

class ClusterPropertiesTest {

    /** Names that repeat and differ only by marks or letters of the Vietnamese alphabet. */
    private static final List<String> NAMES = List.of(
            "Hà Giang",
            "Hạ Long",
            "Hà Nội",
            "Đắk Lắk",
            "Điện Biên",
            "Ô Môn",
            "Ông",
            "Ơn",
            "Phú Thọ",
            "Yên Bái",
            "Ân Thi",
            "Ăn Khê",
            "An Giang");

    private static QuickTheory theory() {
        return qt().withExamples(200);
    }

    /** Raw member numbers; repeats are removed by {@link #distinct(List)}. */
    private static Gen<List<Integer>> numbers() {
        return lists().of(integers().between(0, 999)).ofSizeBetween(2, 11);
    }

    private static List<Integer> distinct(List<Integer> numbers) {
        return numbers.stream().distinct().toList();
    }

    private static Collective member(int n) {
        return Collective.of(Id.of("u-" + n), Name.of(NAMES.get(n % NAMES.size())));
    }

    private static Cluster cluster(List<Collective> members) {
        return Cluster.builder()
                .id(Id.of("cum"))
                .kind(ClusterKind.CLUSTER)
                .name(Name.of("Cụm thi đua"))
                .organiser(VETERANS)
                .addAllMembers(members)
                .build();
    }

    @Test
    void memberIds_areTheGivenDistinctIdsInOrder() {
        theory().forAll(numbers()).assuming(ns -> distinct(ns).size() >= 2).checkAssert(ns -> {
            List<Integer> ids = distinct(ns);
            Cluster c = cluster(ids.stream().map(ClusterPropertiesTest::member).toList());
            assertThat(c.memberIds())
                    .containsExactlyElementsOf(
                            ids.stream().map(n -> Id.of("u-" + n)).toList());
        });
    }

    @Test
    void anyRepeatedId_isRejectedAtItsSecondOccurrence() {
        theory().forAll(numbers(), integers().between(0, 100), integers().between(0, 100))
                .assuming((ns, i, p) -> distinct(ns).size() >= 2)
                .checkAssert((ns, which, where) -> {
                    List<Integer> ids = distinct(ns);
                    int copied = which % ids.size();
                    int insertAt = where % (ids.size() + 1);
                    List<Collective> members = new ArrayList<>(
                            ids.stream().map(ClusterPropertiesTest::member).toList());
                    members.add(insertAt, member(ids.get(copied)));
                    int first = insertAt <= copied ? insertAt : copied;
                    int second = insertAt <= copied ? copied + 1 : insertAt;

                    ValidationException e = rejection(() -> cluster(members));
                    assertThat(e.field()).isEqualTo("members[" + second + "].id");
                    assertThat(e.value()).contains("u-" + ids.get(copied));
                    assertThat(e.problem().en()).isEqualTo("repeats members[" + first + "]");
                });
    }

    @Test
    void membersInVietnameseOrder_doesNotDependOnTheOrderGiven() {
        theory().forAll(numbers(), longs().all())
                .assuming((ns, seed) -> distinct(ns).size() >= 2)
                .checkAssert((ns, seed) -> {
                    List<Collective> members = distinct(ns).stream()
                            .map(ClusterPropertiesTest::member)
                            .toList();
                    List<Collective> shuffled = new ArrayList<>(members);
                    Collections.shuffle(shuffled, new Random(seed));

                    List<Collective> sorted = cluster(members).membersInVietnameseOrder();
                    assertThat(cluster(shuffled).membersInVietnameseOrder()).isEqualTo(sorted);
                    assertThat(sorted).containsExactlyInAnyOrderElementsOf(members);
                    for (int k = 1; k < sorted.size(); k++) {
                        assertThat(Name.vietnameseOrder()
                                        .compare(
                                                sorted.get(k - 1).displayName(),
                                                sorted.get(k).displayName()))
                                .isNotPositive();
                    }
                });
    }
}
