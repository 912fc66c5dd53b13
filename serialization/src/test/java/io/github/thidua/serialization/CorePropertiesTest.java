package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Role;
import io.github.thidua.core.RoleAssignment;
import io.github.thidua.core.SelectionMethod;
import io.github.thidua.core.SubGroup;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Round-trip laws over random values: decimals stay exact, random clusters come back equal. */
class CorePropertiesTest {

    private static final ObjectMapper JSON = CoreJson.json();
    private static final ObjectMapper YAML = CoreJson.yaml();

    private static final List<String> NAMES = List.of(
            "Hà Giang", "Hạ Long", "Đắk Lắk", "Điện Biên", "Ô Môn", "Phú Thọ", "Yên Bái", "Ăn Khê", "Mường Ảng");

    private static QuickTheory theory() {
        // A fixed seed keeps CI reproducible; failures print the shrunk example.
        return qt().withExamples(200);
    }

    /** Decimals with up to 12 decimal places and magnitude below 10^12. */
    private static Gen<BigDecimal> decimals() {
        return longs().between(-999_999_999_999L, 999_999_999_999L)
                .zip(integers().between(0, 12), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    @Test
    void points_surviveJsonAndYamlExactly() {
        theory().forAll(decimals()).checkAssert(d -> {
            Points points = Points.of(d);
            assertThat(read(JSON, points, Points.class)).isEqualTo(points);
            assertThat(read(YAML, points, Points.class)).isEqualTo(points);
            assertThat(read(JSON, points, Points.class).toBigDecimal().compareTo(d))
                    .isZero();
        });
    }

    @Test
    void pledgedTargetValues_surviveJsonAndYamlExactly() {
        theory().forAll(decimals()).checkAssert(d -> {
            PledgedTarget target = PledgedTarget.builder()
                    .unit(Id.of("phu-tho"))
                    .indicator(Id.of("grdp"))
                    .value(d)
                    .build();
            assertThat(read(JSON, target, PledgedTarget.class)).isEqualTo(target);
            assertThat(read(YAML, target, PledgedTarget.class)).isEqualTo(target);
            assertThat(read(JSON, target, PledgedTarget.class).value().compareTo(d))
                    .isZero();
        });
    }

    @Test
    void randomClusters_surviveJsonAndYaml() {
        Gen<List<Integer>> members = lists().of(integers().between(0, 999)).ofSizeBetween(2, 12);
        theory().forAll(members, integers().between(1, 3), integers().between(1900, 2999))
                .assuming((ns, g, y) -> ns.stream().distinct().count() >= 2)
                .checkAssert((ns, groups, year) -> {
                    Cluster cluster = cluster(ns.stream().distinct().toList(), groups, year);
                    assertThat(read(JSON, cluster, Cluster.class)).isEqualTo(cluster);
                    assertThat(read(YAML, cluster, Cluster.class)).isEqualTo(cluster);
                });
    }

    static Cluster cluster(List<Integer> numbers, int groups, int year) {
        List<Collective> members = numbers.stream()
                .map(n -> Collective.of(Id.of("u-" + n), Name.of(NAMES.get(n % NAMES.size()) + " " + n)))
                .toList();
        Cluster.Builder b = Cluster.builder()
                .id(Id.of("cum-" + numbers.get(0)))
                .kind(numbers.get(0) % 2 == 0 ? ClusterKind.CLUSTER : ClusterKind.BLOC)
                .name(Name.of("Cụm thi đua số " + numbers.size()))
                .organiser(CoreSamples.organiser())
                .addAllMembers(members)
                .addRoles(RoleAssignment.builder()
                        .year(Year.of(year))
                        .role(Role.HEAD)
                        .holder(members.get(0).id())
                        .method(SelectionMethod.ROTATED)
                        .build());
        int count = Math.min(groups, members.size());
        if (count > 1) {
            for (int g = 0; g < count; g++) {
                List<Id> ids = new ArrayList<>();
                for (int i = g; i < members.size(); i += count) {
                    ids.add(members.get(i).id());
                }
                b.addSubGroups(SubGroup.of(Id.of("nhom-" + g), Name.of("Nhóm " + (g + 1)), ids));
            }
        }
        return b.build();
    }

    private static <T> T read(ObjectMapper mapper, T value, Class<T> type) {
        try {
            return mapper.readValue(mapper.writeValueAsString(value), type);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
