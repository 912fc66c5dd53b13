package io.github.thidua.core;

import static io.github.thidua.core.H1Fixtures.GRDP;
import static io.github.thidua.core.H1Fixtures.HA_GIANG;
import static io.github.thidua.core.H1Fixtures.NEW_MEMBERS;
import static io.github.thidua.core.H1Fixtures.OUTSIDER;
import static io.github.thidua.core.H1Fixtures.PHU_THO;
import static io.github.thidua.core.H1Fixtures.YEN_BAI;
import static io.github.thidua.core.H1Fixtures.covenant;
import static io.github.thidua.core.H1Fixtures.criterion;
import static io.github.thidua.core.H1Fixtures.grdp;
import static io.github.thidua.core.H1Fixtures.invalid;
import static io.github.thidua.core.H1Fixtures.missing;
import static io.github.thidua.core.H1Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CovenantTest {

    @Test
    void build_valid_answersTargets() {
        Covenant c = covenant().term(Period.phase(2024, 2028)).build();
        assertThat(c.target(PHU_THO, GRDP)).map(PledgedTarget::value).contains(new BigDecimal("7.8"));
        assertThat(c.target(YEN_BAI, GRDP)).isEmpty();
        assertThat(c.targetsOf(PHU_THO)).extracting(PledgedTarget::indicator).containsExactly(GRDP, NEW_MEMBERS);
        assertThat(c.targetsOf(HA_GIANG)).isEmpty();
        assertThat(c.indicator(NEW_MEMBERS)).map(Indicator::unitOfMeasure).contains("hội viên");
        assertThat(c.scoringTable().maxPoints()).isEqualTo(Points.of(100));
    }

    @Test
    void build_signatoryNotAMember_isRejectedWithPath() {
        ValidationException e =
                invalid(() -> covenant().addSignatories(OUTSIDER).build());
        assertThat(e.type()).isEqualTo("Covenant");
        assertThat(e.field()).isEqualTo("signatories[5]");
        assertThat(e.value()).contains("ha-noi");
        assertThat(e.getMessage()).contains("the id of a member of the cluster");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("mã một đơn vị thành viên của cụm");
    }

    @Test
    void build_repeatedSignatory_isRejected() {
        ValidationException e = invalid(() -> covenant().addSignatories(PHU_THO).build());
        assertThat(e.field()).isEqualTo("signatories[5]");
        assertThat(e.getMessage()).contains("repeats signatories[4]");
    }

    @Test
    void build_targetOfUndeclaredIndicator_isRejectedWithDeclaredList() {
        ValidationException e = invalid(() -> covenant()
                .addTargets(target(YEN_BAI, Id.of("xa-nong-thon-moi"), "10"))
                .build());
        assertThat(e.field()).isEqualTo("targets[2].indicator");
        assertThat(e.value()).contains("xa-nong-thon-moi");
        assertThat(e.getMessage()).contains("an indicator declared in indicators: grdp, hoi-vien-moi");
        assertThat(e.getMessage(Text.VIETNAMESE))
                .contains("một chỉ tiêu khai báo trong indicators: grdp, hoi-vien-moi");
    }

    @Test
    void build_targetOfNonMember_isRejected() {
        ValidationException e =
                invalid(() -> covenant().addTargets(target(OUTSIDER, GRDP, "5")).build());
        assertThat(e.field()).isEqualTo("targets[2].unit");
        assertThat(e.value()).contains("ha-noi");
    }

    @Test
    void build_twoTargetsForSameUnitAndIndicator_isRejected() {
        ValidationException e =
                invalid(() -> covenant().addTargets(target(PHU_THO, GRDP, "8")).build());
        assertThat(e.field()).isEqualTo("targets[2]");
        assertThat(e.value()).contains("\"phu-tho/grdp\"");
        assertThat(e.getMessage()).contains("at most one target per unit and indicator");
    }

    @Test
    void build_repeatedIndicatorId_isRejected() {
        ValidationException e = invalid(() -> covenant().addIndicators(grdp()).build());
        assertThat(e.field()).isEqualTo("indicators[2].id");
        assertThat(e.value()).contains("grdp");
    }

    @Test
    void build_tableIndicatorNotDeclared_isRejected() {
        ScoringTable table = ScoringTable.builder()
                .id(Id.of("t"))
                .name(Name.of("Bảng"))
                .addRoots(criterion("1", 10, Quantitative.of(Id.of("ty-le-ho-ngheo"))))
                .build();
        ValidationException e = invalid(() -> Covenant.builder()
                .id(Id.of("x"))
                .cluster(H1Fixtures.cluster())
                .period(Period.year(2024))
                .signedOn(LocalDate.of(2024, 1, 5))
                .addIndicators(grdp())
                .scoringTable(table)
                .build());
        assertThat(e).isNotInstanceOf(MissingValueException.class);
        assertThat(e.field()).isEqualTo("scoringTable.roots[0].kind.indicator");
        assertThat(e.value()).contains("ty-le-ho-ngheo");
    }

    @Test
    void build_signedAfterPeriod_isRejected() {
        ValidationException e = invalid(() -> covenant(LocalDate.of(2025, 1, 2)).build());
        assertThat(e.field()).isEqualTo("signedOn");
        assertThat(e.value()).contains("2025-01-02");
        assertThat(e.getMessage()).contains("a date no later than 2024-12-31");
    }

    @Test
    void build_termNotContainingPeriod_isRejected() {
        ValidationException e =
                invalid(() -> covenant().term(Period.phase(2019, 2023)).build());
        assertThat(e.field()).isEqualTo("term");
        assertThat(e.getMessage()).contains("a term containing");
    }

    @Test
    void build_blankContent_isRejectedAndContentNormalised() {
        ValidationException e = invalid(() -> covenant().addContents(" ").build());
        assertThat(e.field()).isEqualTo("contents[1]");
        Covenant c =
                covenant().addContents(" Gu\u031Bo\u031Bng ma\u0302\u0303u ").build();
        assertThat(c.contents().get(1)).isEqualTo("Gương mẫu");
    }

    @Test
    void builder_nullsAndMissingAttributes_throwMissingValue() {
        missing(() -> Covenant.builder().cluster(null), "cluster");
        missing(() -> Covenant.builder().addSignatories((Id) null), "signatories");
        missing(() -> Covenant.builder().id(Id.of("x")).build(), "cluster");
    }

    @Test
    void equality_isByValue() {
        assertThat(covenant().build())
                .isEqualTo(covenant().build())
                .hasSameHashCodeAs(covenant().build());
        assertThat(covenant().addContents("Thêm").build())
                .isNotEqualTo(covenant().build());
    }
}
