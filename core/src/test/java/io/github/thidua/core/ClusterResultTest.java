package io.github.thidua.core;

import static io.github.thidua.core.H2Fixtures.HA_GIANG;
import static io.github.thidua.core.H2Fixtures.PHU_THO;
import static io.github.thidua.core.H2Fixtures.YEN_BAI;
import static io.github.thidua.core.H2Fixtures.missing;
import static io.github.thidua.core.H2Fixtures.rejected;
import static io.github.thidua.core.H2Fixtures.unitResult;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterResultTest {

    private static ClusterResult.Builder result() {
        return ClusterResult.builder()
                .cluster(Id.of("ccb-cum-2"))
                .period(Period.year(2024))
                .policyId("ccb-cluster-100")
                .policyVersion("2024.1")
                .policyFingerprint("9f86d081884c7d65");
    }

    private static UnitResult tiedWith(Id unit, Id other) {
        return unitResult(unit)
                .rank(Rank.builder().position(1).addTiedWith(other).build())
                .build();
    }

    @Test
    void build_valid_findsUnits() {
        ClusterResult r = result().addUnits(tiedWith(PHU_THO, YEN_BAI), tiedWith(YEN_BAI, PHU_THO))
                .build();
        assertThat(r.unit(YEN_BAI).map(UnitResult::unit)).contains(YEN_BAI);
        assertThat(r.unit(HA_GIANG)).isEmpty();
        assertThat(r.period()).isEqualTo(Period.year(2024));
    }

    @Test
    void build_upperCaseFingerprint_isKeptInLowerCase() {
        ClusterResult r = result().build();
        ClusterResult upper = ClusterResult.builder()
                .cluster(Id.of("ccb-cum-2"))
                .period(Period.year(2024))
                .policyId("ccb-cluster-100")
                .policyVersion("2024.1")
                .policyFingerprint("9F86D081884C7D65")
                .build();
        assertThat(upper.policyFingerprint()).isEqualTo("9f86d081884c7d65");
        assertThat(upper).isEqualTo(r);
    }

    @Test
    void build_nonHexFingerprint_isRejected() {
        ValidationException e = rejected(() -> ClusterResult.builder()
                .cluster(Id.of("c"))
                .period(Period.year(2024))
                .policyId("p")
                .policyVersion("1")
                .policyFingerprint("not-hex!")
                .build());
        assertThat(e.type()).isEqualTo("ClusterResult");
        assertThat(e.field()).isEqualTo("policyFingerprint");
        assertThat(e.value()).contains("\"not-hex!\"");
        assertThat(e.getMessage()).contains("8–128 hexadecimal digits");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("chữ số thập lục phân");
    }

    @Test
    void build_malformedPolicyId_isRejected() {
        ValidationException e = rejected(() -> ClusterResult.builder()
                .cluster(Id.of("c"))
                .period(Period.year(2024))
                .policyId("chính sách")
                .policyVersion("1")
                .policyFingerprint("abcdef01")
                .build());
        assertThat(e.field()).isEqualTo("policyId");
    }

    @Test
    void build_malformedPolicyVersion_isRejected() {
        ValidationException e = rejected(() -> ClusterResult.builder()
                .cluster(Id.of("c"))
                .period(Period.year(2024))
                .policyId("p")
                .policyVersion("v 1")
                .policyFingerprint("abcdef01")
                .build());
        assertThat(e.field()).isEqualTo("policyVersion");
    }

    @Test
    void build_duplicateUnit_isRejectedWithPath() {
        ValidationException e = rejected(() -> result().addUnits(
                        unitResult(PHU_THO).build(),
                        unitResult(YEN_BAI).build(),
                        unitResult(PHU_THO).build())
                .build());
        assertThat(e.field()).isEqualTo("units[2].unit");
        assertThat(e.value()).contains("phu-tho");
        assertThat(e.getMessage()).contains("repeats units[0]");
    }

    @Test
    void build_tiedWithUnknownUnit_isRejectedWithPath() {
        ValidationException e =
                rejected(() -> result().addUnits(tiedWith(PHU_THO, HA_GIANG)).build());
        assertThat(e.field()).isEqualTo("units[0].rank.tiedWith[0]");
        assertThat(e.value()).contains("ha-giang");
        assertThat(e.getMessage()).contains("the id of a unit in this result");
    }

    @Test
    void build_missingPolicyVersion_isReported() {
        MissingValueException e = missing(() -> ClusterResult.builder()
                .cluster(Id.of("c"))
                .period(Period.year(2024))
                .policyId("p")
                .policyFingerprint("abcdef01")
                .build());
        assertThat(e.type()).isEqualTo("ClusterResult");
        assertThat(e.field()).contains("policyVersion");
    }

    @Test
    void builder_nulls_areRejectedAsMissing() {
        missing(() -> ClusterResult.builder().cluster(null));
        missing(() -> ClusterResult.builder().policyFingerprint(null));
        missing(() -> ClusterResult.builder().addUnits((UnitResult) null));
    }

    @Test
    void equals_sameValues_areEqual() {
        assertThat(result().addUnits(unitResult(PHU_THO).build()).build())
                .isEqualTo(result().addUnits(unitResult(PHU_THO).build()).build())
                .isNotEqualTo(result().build());
    }
}
