package io.github.thidua.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Shared values for the tests of movements, reviews, scoring tables and covenants. */
final class H1Fixtures {

    static final Id HA_GIANG = Id.of("ha-giang");
    static final Id TUYEN_QUANG = Id.of("tuyen-quang");
    static final Id VINH_PHUC = Id.of("vinh-phuc");
    static final Id YEN_BAI = Id.of("yen-bai");
    static final Id PHU_THO = Id.of("phu-tho");
    static final Id OUTSIDER = Id.of("ha-noi");

    static final Id GRDP = Id.of("grdp");
    static final Id NEW_MEMBERS = Id.of("hoi-vien-moi");

    private H1Fixtures() {}

    static Cluster cluster() {
        Organiser veterans = Organiser.builder()
                .id(Id.of("tw-hoi-ccb"))
                .name(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
                .level(OrganiserLevel.CENTRAL)
                .kind(OrganiserKind.MASS_ORGANISATION)
                .build();
        return Cluster.builder()
                .id(Id.of("ccb-cum-2"))
                .kind(ClusterKind.CLUSTER)
                .number(2)
                .name(Name.of("Cụm Công tác thi đua số 2"))
                .organiser(veterans)
                .addMembers(
                        Collective.of(HA_GIANG, Name.of("Hội Cựu chiến binh tỉnh Hà Giang")),
                        Collective.of(TUYEN_QUANG, Name.of("Hội Cựu chiến binh tỉnh Tuyên Quang")),
                        Collective.of(VINH_PHUC, Name.of("Hội Cựu chiến binh tỉnh Vĩnh Phúc")),
                        Collective.of(YEN_BAI, Name.of("Hội Cựu chiến binh tỉnh Yên Bái")),
                        Collective.of(PHU_THO, Name.of("Hội Cựu chiến binh tỉnh Phú Thọ")))
                .build();
    }

    static Indicator grdp() {
        return Indicator.builder()
                .id(GRDP)
                .name(Name.of("Tốc độ tăng trưởng GRDP"))
                .unitOfMeasure("%")
                .direction(Direction.HIGHER_IS_BETTER)
                .build();
    }

    static Indicator newMembers() {
        return Indicator.builder()
                .id(NEW_MEMBERS)
                .name(Name.of("Kết nạp hội viên mới"))
                .unitOfMeasure("hội viên")
                .direction(Direction.HIGHER_IS_BETTER)
                .build();
    }

    static PledgedTarget target(Id unit, Id indicator, String value) {
        return PledgedTarget.builder()
                .unit(unit)
                .indicator(indicator)
                .value(new BigDecimal(value))
                .build();
    }

    static Criterion criterion(String code, long max, CriterionKind kind) {
        return Criterion.builder()
                .code(code)
                .name(Name.of("Tiêu chí " + code))
                .maxPoints(Points.of(max))
                .kind(kind)
                .build();
    }

    /** A 100-point table: I (qualitative 10 + quantitative on GRDP 40), II (leader-relative 50), bonus. */
    static ScoringTable table() {
        CriterionGroup one = CriterionGroup.builder()
                .code("I")
                .name(Name.of("Công tác tổ chức phong trào thi đua"))
                .declaredMaxPoints(Points.of(50))
                .addChildren(criterion("I.1", 10, Qualitative.of()), criterion("I.2", 40, Quantitative.of(GRDP)))
                .build();
        CriterionGroup two = CriterionGroup.builder()
                .code("II")
                .name(Name.of("Công tác xây dựng Hội"))
                .addChildren(criterion("II.1", 50, LeaderRelative.of(NEW_MEMBERS)))
                .build();
        return ScoringTable.builder()
                .id(Id.of("bang-2024"))
                .name(Name.of("Bảng chấm điểm thi đua năm 2024"))
                .addRoots(one, two, criterion("III", 3, Bonus.of(Points.of(1))))
                .declaredMaxPoints(Points.of(100))
                .bonusCap(Points.of(3))
                .build();
    }

    static Covenant.Builder covenant() {
        return covenant(LocalDate.of(2024, 3, 15));
    }

    static Covenant.Builder covenant(LocalDate signedOn) {
        Covenant.Builder b = Covenant.builder();
        b.id(Id.of("giao-uoc-2024"))
                .cluster(cluster())
                .period(Period.year(2024))
                .signedOn(signedOn)
                .addSignatories(HA_GIANG, TUYEN_QUANG, VINH_PHUC, YEN_BAI, PHU_THO)
                .addContents("Thực hiện tốt phong trào thi đua \"Cựu chiến binh gương mẫu\"")
                .addIndicators(grdp(), newMembers())
                .addTargets(target(PHU_THO, GRDP, "7.8"), target(PHU_THO, NEW_MEMBERS, "500"))
                .scoringTable(table());
        return b;
    }

    /** Runs {@code action}, which must throw a {@link ValidationException}, and returns it. */
    static ValidationException invalid(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a ValidationException");
    }

    /** Asserts that {@code action} reports a missing value (never a bare NPE) for {@code field}. */
    static void missing(Runnable action, String field) {
        ValidationException e = invalid(action);
        assertThat(e).isInstanceOf(MissingValueException.class);
        assertThat(e.field()).contains(field);
    }
}
