package io.github.thidua.core;

import static io.github.thidua.core.H1Fixtures.GRDP;
import static io.github.thidua.core.H1Fixtures.HA_GIANG;
import static io.github.thidua.core.H1Fixtures.OUTSIDER;
import static io.github.thidua.core.H1Fixtures.PHU_THO;
import static io.github.thidua.core.H1Fixtures.TUYEN_QUANG;
import static io.github.thidua.core.H1Fixtures.VINH_PHUC;
import static io.github.thidua.core.H1Fixtures.YEN_BAI;
import static io.github.thidua.core.H1Fixtures.criterion;
import static io.github.thidua.core.H1Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus of core's builders and factories: every case builds a value from bad
 * arguments (null, blank, negative, out of range, inconsistent, repeated, an unknown reference)
 * and must be refused with a {@link ValidationException} (a {@link MissingValueException} for a
 * missing or null value) naming the type, the field with its path, and the problem in English and
 * Vietnamese; never with a {@link NullPointerException}, an {@link IllegalArgumentException} or
 * another exception of the JDK, and never with a value: a builder that fails produces nothing.
 *
 * <p>Operations on built values ({@code Points.plus(null)}) keep the {@code requireNonNull}
 * checks of the project's style and are not in this corpus; values' attributes and factories are.
 */
class BadBuilderCorpusTest {

    /** The fewest cases the corpus must have. */
    static final int MIN_CASES = 80;

    /**
     * One bad build.
     *
     * @param name what is wrong
     * @param exception the exact class expected: ValidationException or MissingValueException
     * @param type the type the exception must name
     * @param field the field, with its path, it must name
     * @param en a fragment of the English message
     * @param vi a fragment of the Vietnamese message
     * @param build builds the value, which must fail
     */
    record Case(
            String name,
            Class<? extends ValidationException> exception,
            String type,
            String field,
            String en,
            String vi,
            Callable<?> build) {

        @Override
        public String toString() {
            return type + ": " + name;
        }
    }

    private static Case invalid(String name, String type, String field, String en, String vi, Callable<?> build) {
        return new Case(name, ValidationException.class, type, field, en, vi, build);
    }

    private static Case missing(String name, String type, String field, Callable<?> build) {
        return new Case(name, MissingValueException.class, type, field, "missing", "thiếu giá trị", build);
    }

    private static final Name NAME = Name.of("Hội Cựu chiến binh tỉnh Phú Thọ");
    private static final Text LABEL = Text.of("Bằng khen", "Certificate of Merit");

    private static Organiser organiser() {
        return Organiser.builder()
                .id(Id.of("tw-hoi-ccb"))
                .name(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
                .level(OrganiserLevel.CENTRAL)
                .kind(OrganiserKind.MASS_ORGANISATION)
                .build();
    }

    private static Cluster.Builder cluster() {
        return Cluster.builder()
                .id(Id.of("ccb-cum-2"))
                .kind(ClusterKind.CLUSTER)
                .name(Name.of("Cụm Công tác thi đua số 2"))
                .organiser(organiser())
                .addMembers(
                        Collective.of(HA_GIANG, Name.of("Hà Giang")),
                        Collective.of(TUYEN_QUANG, Name.of("Tuyên Quang")),
                        Collective.of(PHU_THO, Name.of("Phú Thọ")),
                        Collective.of(YEN_BAI, Name.of("Yên Bái")));
    }

    private static RoleAssignment.Builder role(Id holder, Role role) {
        return role(holder, role, 2024);
    }

    private static RoleAssignment.Builder role(Id holder, Role role, int year) {
        return RoleAssignment.builder()
                .year(Year.of(year))
                .role(role)
                .holder(holder)
                .method(SelectionMethod.ACCLAIMED);
    }

    private static SubGroup group(String id, Id... members) {
        return SubGroup.of(Id.of(id), Name.of("Nhóm " + id), List.of(members));
    }

    private static Criterion.Builder criterionBuilder(String code, String max, CriterionKind kind) {
        return Criterion.builder()
                .code(code)
                .name(Name.of("Tiêu chí " + code))
                .maxPoints(Points.parse(max))
                .kind(kind);
    }

    private static ScoringTable.Builder table(CriterionNode... roots) {
        return ScoringTable.builder()
                .id(Id.of("bang-2024"))
                .name(Name.of("Bảng chấm điểm"))
                .addRoots(roots);
    }

    private static CriterionNode nested(int levels) {
        CriterionNode node = criterion("L", 1, Qualitative.of());
        for (int i = levels - 1; i >= 1; i--) {
            node = CriterionGroup.builder()
                    .code("G" + i)
                    .name(Name.of("Nhóm " + i))
                    .addChildren(node)
                    .build();
        }
        return node;
    }

    private static Assessment.Builder entry(String criterion) {
        return Assessment.builder().criterion(criterion);
    }

    private static Vote.Builder vote() {
        return Vote.builder()
                .id(Id.of("bau-cum-truong-2024"))
                .subject(Name.of("Bầu Cụm trưởng năm 2024"))
                .addCandidates(PHU_THO, YEN_BAI)
                .addElectorate(HA_GIANG, TUYEN_QUANG, PHU_THO, YEN_BAI);
    }

    private static Ballot approval(Id voter, int round, Id... approvals) {
        return Ballot.builder()
                .voter(voter)
                .round(round)
                .mode(BallotMode.IN_PERSON)
                .addApprovals(approvals)
                .build();
    }

    private static UnitResult.Builder unit(Id id) {
        return UnitResult.builder()
                .unit(id)
                .total(Points.of(90))
                .explanation(Explanation.of("unit", Text.of("Đơn vị", "Unit")));
    }

    private static ClusterResult.Builder result(String policyId, String fingerprint) {
        return ClusterResult.builder()
                .cluster(Id.of("ccb-cum-2"))
                .period(Period.year(2024))
                .policyId(policyId)
                .policyVersion("1")
                .policyFingerprint(fingerprint);
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();

        // ---- Id, Name, Text
        c.add(missing("null", "Id", "value", () -> Id.of(null)));
        c.add(invalid("empty", "Id", "value", "not a valid id", "mã không đúng dạng", () -> Id.of("")));
        c.add(invalid(
                "Vietnamese letters", "Id", "value", "not a valid id", "mã không đúng dạng", () -> Id.of("hà-giang")));
        c.add(invalid(
                "65 characters", "Id", "value", "1–64 ASCII letters", "1–64 ký tự ASCII", () -> Id.of("a".repeat(65))));
        c.add(invalid(
                "starts with a hyphen",
                "Id",
                "value",
                "starting with a letter or digit",
                "bắt đầu bằng chữ",
                () -> Id.of("-phu-tho")));
        c.add(invalid(
                "a Java class name with $",
                "Id",
                "value",
                "not a valid id",
                "mã không đúng dạng",
                () -> Id.of("java.lang.Runtime$Version")));
        c.add(missing("null", "Name", "text", () -> Name.of(null)));
        c.add(invalid("blank", "Name", "text", "blank text", "văn bản trống", () -> Name.of(" \t ")));
        c.add(invalid(
                "301 characters",
                "Name",
                "text",
                "at most 300 characters",
                "tối đa 300 ký tự",
                () -> Name.of("x".repeat(301))));
        c.add(invalid(
                "a control character",
                "Name",
                "text",
                "control character U+0007",
                "ký tự điều khiển U+0007",
                () -> Name.of("Phú\u0007Thọ")));
        c.add(invalid(
                "a lone surrogate",
                "Name",
                "text",
                "unpaired surrogate",
                "Unicode không hợp lệ",
                () -> Name.of("Phú \ud800Thọ")));
        c.add(invalid(
                "a noncharacter",
                "Name",
                "text",
                "noncharacter U+FFFF",
                "noncharacter",
                () -> Name.of("Phú \uffff Thọ")));
        c.add(missing("null Vietnamese", "Text", "vi", () -> Text.of(null, "English")));
        c.add(invalid("blank English", "Text", "en", "blank text", "văn bản trống", () -> Text.of("Tiếng Việt", "")));

        // ---- Points, Rounding, Vnd
        c.add(missing("null decimal", "Points", "value", () -> Points.of((BigDecimal) null)));
        c.add(missing("null text", "Points", "text", () -> Points.parse(null)));
        c.add(invalid(
                "a comma for the decimal point",
                "Points",
                "text",
                "not a decimal number",
                "không phải số thập phân",
                () -> Points.parse("7,75")));
        c.add(invalid(
                "41 characters",
                "Points",
                "text",
                "not a decimal number",
                "không phải số thập phân",
                () -> Points.parse("1".repeat(41))));
        c.add(invalid(
                "10^12",
                "Points",
                "value",
                "points out of range",
                "số điểm ngoài phạm vi",
                () -> Points.parse("1000000000000")));
        c.add(invalid(
                "13 decimal places",
                "Points",
                "value",
                "at most 12 decimal places",
                "tối đa 12 chữ số thập phân",
                () -> Points.parse("0.0000000000001")));
        c.add(invalid(
                "1e999999999",
                "Points",
                "value",
                "points out of range",
                "số điểm ngoài phạm vi",
                () -> Points.parse("1e999999999")));
        c.add(invalid(
                "a product out of range",
                "Points",
                "value",
                "points out of range",
                "số điểm ngoài phạm vi",
                () -> Points.parse("999999999999").multipliedBy(1000)));
        c.add(invalid(
                "a step of zero",
                "Rounding",
                "step",
                "invalid rounding step",
                "bước làm tròn không hợp lệ",
                () -> Rounding.toStep(BigDecimal.ZERO, RoundingMode.HALF_UP)));
        c.add(invalid(
                "a negative step",
                "Rounding",
                "step",
                "a positive number",
                "số dương",
                () -> Rounding.toStep(new BigDecimal("-0.25"), RoundingMode.HALF_UP)));
        c.add(invalid(
                "13 places",
                "Rounding",
                "scale",
                "0 to 12",
                "từ 0 đến 12",
                () -> Rounding.toScale(13, RoundingMode.HALF_UP)));
        c.add(invalid(
                "a mode that does not round",
                "Rounding",
                "mode",
                "a mode that does not round",
                "không làm tròn",
                () -> Rounding.toScale(2, RoundingMode.UNNECESSARY)));
        c.add(missing("no mode", "Rounding", "mode", () -> Rounding.toScale(2, null)));
        c.add(invalid("a negative amount", "Vnd", "amount", "negative amount", "số tiền âm", () -> Vnd.of(-1)));
        c.add(invalid(
                "a negative coefficient",
                "Vnd",
                "coefficient",
                "negative coefficient",
                "hệ số âm",
                () -> Vnd.of(2_340_000).multipliedBy(new BigDecimal("-0.3"), 10_000, RoundingMode.UP)));
        c.add(invalid(
                "a step of zero",
                "Vnd",
                "step",
                "rounding step below 1 đồng",
                "bước làm tròn nhỏ hơn 1 đồng",
                () -> Vnd.of(2_340_000).roundedTo(0, RoundingMode.UP)));
        c.add(invalid(
                "a sum beyond a long",
                "Vnd",
                "amount",
                "beyond the largest amount",
                "số tiền vượt mức lớn nhất",
                () -> Vnd.of(Long.MAX_VALUE).plus(Vnd.of(1))));
        c.add(invalid(
                "a product beyond a long",
                "Vnd",
                "amount",
                "beyond the largest amount",
                "số tiền vượt mức lớn nhất",
                () -> Vnd.of(Long.MAX_VALUE / 2).multipliedBy(new BigDecimal("3"), 1, RoundingMode.UP)));

        c.add(invalid(
                "a coefficient of 1e99999999",
                "Vnd",
                "coefficient",
                "coefficient out of range",
                "hệ số ngoài phạm vi",
                () -> Vnd.of(2_340_000).multipliedBy(new BigDecimal("1e99999999"), 10_000, RoundingMode.UP)));
        c.add(invalid(
                "a step of 1e99999999",
                "Rounding",
                "step",
                "a positive number below 10^19",
                "số dương dưới 10^19",
                () -> Rounding.toStep(new BigDecimal("1e99999999"), RoundingMode.HALF_UP)));

        // ---- Period
        c.add(invalid("year 0", "Period", "year", "year out of range", "năm ngoài phạm vi", () -> Period.year(0)));
        c.add(invalid(
                "year 99999",
                "Period",
                "year",
                "a year from 1900 to 2999",
                "năm từ 1900 đến 2999",
                () -> Period.year(99_999)));
        c.add(invalid(
                "half 3",
                "Period",
                "half",
                "not a half of a year",
                "không phải nửa năm",
                () -> Period.halfYear(2024, 3)));
        c.add(invalid(
                "a phase that ends before it starts",
                "Period",
                "lastYear",
                "before the first year 2025",
                "trước năm đầu 2025",
                () -> Period.phase(2025, 2024)));
        c.add(missing("no start", "Period", "start", () -> Period.of(null, LocalDate.of(2024, 12, 31))));
        c.add(invalid(
                "an end before the start",
                "Period",
                "end",
                "before the start 2024-05-01",
                "trước ngày bắt đầu",
                () -> Period.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1))));
        c.add(invalid(
                "a YEAR that ends in June",
                "Period",
                "end",
                "dates do not fit the kind YEAR",
                "ngày không khớp loại",
                () -> Period.of(PeriodKind.YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30))));

        // ---- Organiser, Collective, SubGroup, RoleAssignment, Cluster
        c.add(missing(
                "no level",
                "Organiser",
                "level",
                () -> Organiser.builder()
                        .id(Id.of("o"))
                        .name(NAME)
                        .kind(OrganiserKind.MINISTRY)
                        .build()));
        c.add(missing(
                "a null name", "Organiser", "name", () -> Organiser.builder().name(null)));
        c.add(missing("a null id", "Collective", "id", () -> Collective.of(null, NAME)));
        c.add(invalid(
                "a negative head count",
                "Collective",
                "headCount",
                "below 0",
                "nhỏ hơn 0",
                () -> Collective.builder().id(PHU_THO).name(NAME).headCount(-3).build()));
        c.add(invalid(
                "more women than people",
                "Collective",
                "womenCount",
                "exceeds headCount 42",
                "headCount",
                () -> Collective.builder()
                        .id(PHU_THO)
                        .name(NAME)
                        .headCount(42)
                        .womenCount(43)
                        .build()));
        c.add(missing("null members", "SubGroup", "members", () -> SubGroup.of(Id.of("nhom-1"), NAME, null)));
        c.add(invalid(
                "a member twice",
                "SubGroup",
                "members[1]",
                "repeats members[0]",
                "trùng với members[0]",
                () -> group("nhom-1", PHU_THO, PHU_THO)));
        c.add(invalid(
                "year 1899",
                "RoleAssignment",
                "year",
                "a year from 1900 to 2999",
                "năm từ 1900 đến 2999",
                () -> role(PHU_THO, Role.HEAD, 1899).build()));
        c.add(invalid(
                "decided after its year",
                "RoleAssignment",
                "decidedOn",
                "after the year of the role 2024",
                "sau năm giữ vai trò",
                () -> role(PHU_THO, Role.HEAD)
                        .decidedOn(LocalDate.of(2025, 1, 2))
                        .build()));
        c.add(invalid(
                "a blank decision reference",
                "RoleAssignment",
                "decisionReference",
                "blank text",
                "văn bản trống",
                () -> role(PHU_THO, Role.HEAD).decisionReference("  ").build()));
        c.add(invalid(
                "one member",
                "Cluster",
                "members",
                "fewer than 2 member units",
                "ít hơn 2 đơn vị thành viên",
                () -> Cluster.builder()
                        .id(Id.of("c"))
                        .kind(ClusterKind.BLOC)
                        .name(NAME)
                        .organiser(organiser())
                        .addMembers(Collective.of(PHU_THO, NAME))
                        .build()));
        c.add(invalid(
                "number 0",
                "Cluster",
                "number",
                "below 1",
                "nhỏ hơn 1",
                () -> cluster().number(0).build()));
        c.add(invalid(
                "a member id twice",
                "Cluster",
                "members[4].id",
                "repeats members[0]",
                "trùng với members[0]",
                () -> cluster().addMembers(Collective.of(HA_GIANG, NAME)).build()));
        c.add(missing(
                "a null member", "Cluster", "members element", () -> cluster().addMembers((Collective) null)));
        c.add(invalid(
                "a sub-group member outside the cluster",
                "Cluster",
                "subGroups[1].members[2]",
                "the id of a member of the cluster",
                "mã một đơn vị thành viên của cụm",
                () -> cluster()
                        .addSubGroups(
                                group("nhom-1", HA_GIANG, TUYEN_QUANG), group("nhom-2", PHU_THO, YEN_BAI, OUTSIDER))
                        .build()));
        c.add(invalid(
                "a member in two sub-groups",
                "Cluster",
                "subGroups[1].members[2]",
                "already in subGroups[0]",
                "đã thuộc subGroups[0]",
                () -> cluster()
                        .addSubGroups(
                                group("nhom-1", HA_GIANG, TUYEN_QUANG), group("nhom-2", PHU_THO, YEN_BAI, HA_GIANG))
                        .build()));
        c.add(invalid(
                "a member in no sub-group",
                "Cluster",
                "subGroups",
                "members outside every sub-group",
                "có thành viên không thuộc nhóm nào",
                () -> cluster()
                        .addSubGroups(group("nhom-1", HA_GIANG, TUYEN_QUANG), group("nhom-2", PHU_THO))
                        .build()));
        c.add(invalid(
                "a head who is not a member",
                "Cluster",
                "roles[0].holder",
                "the id of a member of the cluster",
                "mã một đơn vị thành viên của cụm",
                () -> cluster().addRoles(role(OUTSIDER, Role.HEAD).build()).build()));
        c.add(invalid(
                "two heads in one year",
                "Cluster",
                "roles[1].role",
                "already assigned at roles[0]",
                "đã giao ở roles[0]",
                () -> cluster()
                        .addRoles(
                                role(PHU_THO, Role.HEAD).build(),
                                role(YEN_BAI, Role.HEAD).build())
                        .build()));
        c.add(invalid(
                "a role for an unknown sub-group",
                "Cluster",
                "roles[0].subGroup",
                "the id of a sub-group of the cluster",
                "mã một nhóm của cụm",
                () -> cluster()
                        .addRoles(role(PHU_THO, Role.HEAD)
                                .subGroup(Id.of("nhom-9"))
                                .build())
                        .build()));

        // ---- Indicator, PledgedTarget, Covenant
        c.add(invalid(
                "a blank unit of measure",
                "Indicator",
                "unitOfMeasure",
                "blank text",
                "văn bản trống",
                () -> Indicator.builder()
                        .id(GRDP)
                        .name(NAME)
                        .unitOfMeasure(" ")
                        .direction(Direction.HIGHER_IS_BETTER)
                        .build()));
        c.add(invalid(
                "a target of 10^18",
                "PledgedTarget",
                "value",
                "number out of range",
                "số ngoài phạm vi",
                () -> target(PHU_THO, GRDP, "1e18")));
        c.add(invalid(
                "a note of 1,001 characters",
                "PledgedTarget",
                "note",
                "at most 1000 characters",
                "tối đa 1000 ký tự",
                () -> PledgedTarget.builder()
                        .unit(PHU_THO)
                        .indicator(GRDP)
                        .value(BigDecimal.ONE)
                        .note("n".repeat(1001))
                        .build()));
        c.add(invalid(
                "a signatory outside the cluster",
                "Covenant",
                "signatories[5]",
                "the id of a member of the cluster",
                "mã một đơn vị thành viên của cụm",
                () -> H1Fixtures.covenant().addSignatories(OUTSIDER).build()));
        c.add(invalid(
                "a unit that signs twice",
                "Covenant",
                "signatories[5]",
                "repeats signatories[0]",
                "trùng với signatories[0]",
                () -> H1Fixtures.covenant().addSignatories(HA_GIANG).build()));
        c.add(invalid(
                "a target of a unit outside the cluster",
                "Covenant",
                "targets[2].unit",
                "the id of a member of the cluster",
                "mã một đơn vị thành viên của cụm",
                () -> H1Fixtures.covenant()
                        .addTargets(target(OUTSIDER, GRDP, "7"))
                        .build()));
        c.add(invalid(
                "a target for an unknown indicator",
                "Covenant",
                "targets[2].indicator",
                "an indicator declared in indicators: grdp, hoi-vien-moi",
                "một chỉ tiêu khai báo trong indicators",
                () -> H1Fixtures.covenant()
                        .addTargets(target(VINH_PHUC, Id.of("xuat-khau"), "7"))
                        .build()));
        c.add(invalid(
                "two targets for one unit and indicator",
                "Covenant",
                "targets[2]",
                "repeats the unit and indicator of targets[0]",
                "trùng đơn vị và chỉ tiêu với targets[0]",
                () -> H1Fixtures.covenant()
                        .addTargets(target(PHU_THO, GRDP, "8"))
                        .build()));
        c.add(invalid(
                "an indicator declared twice",
                "Covenant",
                "indicators[2].id",
                "repeats indicators[0]",
                "trùng với indicators[0]",
                () -> H1Fixtures.covenant().addIndicators(H1Fixtures.grdp()).build()));
        c.add(invalid(
                "a criterion on an undeclared indicator",
                "Covenant",
                "scoringTable.roots[0].children[1].kind.indicator",
                "an indicator declared in indicators: hoi-vien-moi",
                "một chỉ tiêu khai báo trong indicators",
                () -> {
                    Covenant.Builder b = Covenant.builder()
                            .id(Id.of("giao-uoc-2024"))
                            .cluster(H1Fixtures.cluster())
                            .period(Period.year(2024))
                            .signedOn(LocalDate.of(2024, 3, 15))
                            .addIndicators(H1Fixtures.newMembers())
                            .scoringTable(H1Fixtures.table());
                    return b.build();
                }));
        c.add(invalid(
                "signed after the period",
                "Covenant",
                "signedOn",
                "after the end of the period",
                "sau khi kết thúc",
                () -> H1Fixtures.covenant(LocalDate.of(2025, 1, 2)).build()));
        c.add(invalid(
                "a term that does not contain the period",
                "Covenant",
                "term",
                "does not contain the period",
                "không chứa thời gian",
                () -> H1Fixtures.covenant().term(Period.phase(2020, 2023)).build()));
        c.add(invalid(
                "a blank pledge",
                "Covenant",
                "contents[1]",
                "blank text",
                "văn bản trống",
                () -> H1Fixtures.covenant().addContents(" ").build()));

        // ---- criteria, groups, tables, kinds
        c.add(invalid(
                "a negative maximum",
                "Criterion",
                "maxPoints",
                "a negative maximum",
                "điểm tối đa âm",
                () -> criterionBuilder("I.1", "-5", Qualitative.of()).build()));
        c.add(invalid(
                "a code with a space",
                "Criterion",
                "code",
                "has the wrong shape",
                "không đúng dạng",
                () -> criterionBuilder("I 1", "5", Qualitative.of()).build()));
        c.add(invalid(
                "more per occurrence than the maximum",
                "Criterion",
                "kind.pointsPerOccurrence",
                "above the criterion's maximum 2",
                "lớn hơn điểm tối đa 2",
                () -> criterionBuilder("C", "2", CountBased.of(Points.of(3))).build()));
        c.add(invalid(
                "a description of 4,001 characters",
                "Criterion",
                "description",
                "at most 4000 characters",
                "tối đa 4000 ký tự",
                () -> criterionBuilder("I.1", "5", Qualitative.of())
                        .description("d".repeat(4001))
                        .build()));
        c.add(invalid(
                "a group without children",
                "CriterionGroup",
                "children",
                "a group without criteria",
                "nhóm không có tiêu chí nào",
                () -> CriterionGroup.builder().code("I").name(NAME).build()));
        c.add(invalid(
                "a declared maximum unlike the children's",
                "CriterionGroup",
                "declaredMaxPoints",
                "declared maximum 60 differs from the sum of the children's maxima 50",
                "khác tổng điểm tối đa",
                () -> CriterionGroup.builder()
                        .code("I")
                        .name(NAME)
                        .declaredMaxPoints(Points.of(60))
                        .addChildren(criterion("I.1", 10, Qualitative.of()), criterion("I.2", 40, Qualitative.of()))
                        .build()));
        c.add(invalid(
                "a child repeating a code",
                "CriterionGroup",
                "children[1].code",
                "repeats the code at children[0].code",
                "trùng mã với",
                () -> CriterionGroup.builder()
                        .code("I")
                        .name(NAME)
                        .addChildren(criterion("I.1", 10, Qualitative.of()), criterion("I.1", 40, Qualitative.of()))
                        .build()));
        c.add(invalid(
                "no criteria",
                "ScoringTable",
                "roots",
                "a table without criteria",
                "bảng không có tiêu chí nào",
                () -> table().build()));
        c.add(invalid(
                "only a bonus",
                "ScoringTable",
                "roots",
                "only bonus or deduction criteria",
                "chỉ có tiêu chí điểm thưởng hoặc điểm trừ",
                () -> table(criterion("T", 3, Bonus.of(Points.of(1))))
                        .bonusCap(Points.of(3))
                        .build()));
        c.add(invalid(
                "a declared maximum unlike the criteria's",
                "ScoringTable",
                "declaredMaxPoints",
                "declared maximum 90 differs from the sum",
                "khác tổng điểm tối đa",
                () -> table(criterion("I", 10, Qualitative.of()))
                        .declaredMaxPoints(Points.of(90))
                        .build()));
        c.add(invalid(
                "a bonus criterion with a cap of zero",
                "ScoringTable",
                "bonusCap",
                "the table has bonus criteria but a cap of zero",
                "mức trần bằng 0",
                () -> table(criterion("I", 10, Qualitative.of()), criterion("T", 3, Bonus.of(Points.of(1))))
                        .build()));
        c.add(invalid(
                "a negative deduction cap",
                "ScoringTable",
                "deductionCap",
                "a negative cap",
                "mức trần âm",
                () -> table(criterion("I", 10, Qualitative.of()))
                        .deductionCap(Points.of(-2))
                        .build()));
        c.add(invalid(
                "criteria nested 9 levels deep",
                "CriterionGroup",
                "children[0].children[0].children[0].children[0].children[0].children[0].children[0].children[0]",
                "a criterion at level 9",
                "tầng thứ 9",
                () -> nested(9)));
        c.add(invalid(
                "a fraction of 1.5",
                "Qualitative",
                "fractionIfNotAchieved",
                "from 0 to 1",
                "từ 0 đến 1",
                () -> Qualitative.builder()
                        .fractionIfNotAchieved(new BigDecimal("1.5"))
                        .build()));
        c.add(invalid(
                "a negative fraction",
                "Qualitative",
                "fractionIfNotAchieved",
                "out of range",
                "ngoài khoảng cho phép",
                () -> Qualitative.builder()
                        .fractionIfNotAchieved(new BigDecimal("-0.1"))
                        .build()));
        c.add(invalid(
                "a ratio cap below 1",
                "Quantitative",
                "ratioCap",
                "at least 1",
                "từ 1 trở lên",
                () -> Quantitative.builder()
                        .indicator(GRDP)
                        .ratioCap(new BigDecimal("0.5"))
                        .build()));
        c.add(missing("no indicator", "LeaderRelative", "indicator", () -> LeaderRelative.of(null)));
        c.add(invalid(
                "zero points per occurrence",
                "CountBased",
                "pointsPerOccurrence",
                "not above zero",
                "không lớn hơn 0",
                () -> CountBased.of(Points.ZERO)));
        c.add(invalid(
                "negative points per bonus",
                "Bonus",
                "pointsPerOccurrence",
                "not above zero",
                "không lớn hơn 0",
                () -> Bonus.of(Points.of(-1))));
        c.add(invalid(
                "zero points per deduction",
                "Deduction",
                "pointsPerOccurrence",
                "not above zero",
                "không lớn hơn 0",
                () -> Deduction.of(Points.ZERO)));
        c.add(invalid(
                "a blank expression",
                "Formula",
                "expression",
                "blank text",
                "văn bản trống",
                () -> Formula.builder().expression(" ").build()));
        c.add(invalid(
                "an input starting with a digit",
                "Formula",
                "inputs[0]",
                "has the wrong shape",
                "không đúng dạng",
                () -> Formula.builder().expression("1").addInputs("1a").build()));
        c.add(invalid(
                "an input twice",
                "Formula",
                "inputs[1]",
                "repeats inputs[0]",
                "trùng với inputs[0]",
                () -> Formula.builder()
                        .expression("actual")
                        .addInputs("actual", "actual")
                        .build()));
        c.add(invalid(
                "a capitalised kind name",
                "CustomKind",
                "kindName",
                "has the wrong shape",
                "không đúng dạng",
                () -> CustomKind.builder().kindName("Rank").build()));
        c.add(invalid(
                "a Java class as kind name",
                "CustomKind",
                "kindName",
                "2–64 lower-case ASCII letters",
                "chữ thường ASCII",
                () -> CustomKind.builder().kindName("java.lang.Runtime").build()));
        c.add(invalid(
                "a built-in kind name",
                "CustomKind",
                "kindName",
                "the name of a built-in kind",
                "trùng tên loại có sẵn",
                () -> CustomKind.builder().kindName("bonus").build()));
        c.add(invalid(
                "a parameter key with a space",
                "CustomKind",
                "parameters[a b]",
                "has the wrong shape",
                "không đúng dạng",
                () -> CustomKind.builder()
                        .kindName("monthly-report")
                        .putParameters("a b", "x")
                        .build()));
        c.add(invalid(
                "a parameter of 2,001 characters",
                "CustomKind",
                "parameters[source]",
                "at most 2000 characters",
                "tối đa 2000 ký tự",
                () -> CustomKind.builder()
                        .kindName("monthly-report")
                        .putParameters("source", "s".repeat(2001))
                        .build()));
        c.add(invalid(
                "a parameter holding ESC",
                "CustomKind",
                "parameters[source]",
                "control character U+001B",
                "ký tự điều khiển U+001B",
                () -> CustomKind.builder()
                        .kindName("monthly-report")
                        .putParameters("source", "\u001b[2J")
                        .build()));

        // ---- assessments
        c.add(invalid(
                "a criterion code of 33 characters",
                "Assessment",
                "criterion",
                "not a valid code",
                "mã không đúng dạng",
                () -> entry("c".repeat(33)).build()));
        c.add(invalid(
                "a negative count",
                "Assessment",
                "count",
                "below 0",
                "nhỏ hơn 0",
                () -> entry("I.1").count(-1).build()));
        c.add(invalid(
                "negative occurrences",
                "Assessment",
                "occurrences",
                "below 0",
                "nhỏ hơn 0",
                () -> entry("T").occurrences(-2).build()));
        c.add(invalid(
                "an actual value of 10^15",
                "Assessment",
                "actual",
                "magnitude below 10^15",
                "giá trị tuyệt đối dưới 10^15",
                () -> entry("I.2").actual(new BigDecimal("1e15")).build()));
        c.add(invalid(
                "blank evidence",
                "Assessment",
                "evidence",
                "blank text",
                "văn bản trống",
                () -> entry("I.1").evidence("  ").build()));
        c.add(invalid(
                "an explanation with a lone surrogate",
                "Assessment",
                "explanation",
                "unpaired surrogate",
                "Unicode không hợp lệ",
                () -> entry("I.1").explanation("Giải trình \udc00").build()));
        c.add(invalid(
                "two entries for one criterion",
                "AssessmentSheet",
                "entries[1].criterion",
                "repeats entries[0]",
                "trùng với entries[0]",
                () -> AssessmentSheet.builder()
                        .unit(PHU_THO)
                        .period(Period.year(2024))
                        .addEntries(entry("I.1").build(), entry("I.1").build())
                        .build()));
        c.add(invalid(
                "an event that is not a key",
                "AssessmentSheet",
                "events[0]",
                "not a valid key",
                "mã không đúng dạng",
                () -> AssessmentSheet.builder()
                        .unit(PHU_THO)
                        .period(Period.year(2024))
                        .addEvents("tham nhũng")
                        .build()));
        c.add(missing(
                "no period",
                "AssessmentSheet",
                "period",
                () -> AssessmentSheet.builder().unit(PHU_THO).build()));

        // ---- ballots and votes
        c.add(invalid("round 0", "Ballot", "round", "below 1", "nhỏ hơn 1", () -> approval(HA_GIANG, 0, PHU_THO)));
        c.add(invalid(
                "approvals and a ranking at once",
                "Ballot",
                "ranking",
                "given together with approvals",
                "vừa tán thành vừa xếp thứ tự",
                () -> Ballot.builder()
                        .voter(HA_GIANG)
                        .round(1)
                        .mode(BallotMode.WRITTEN)
                        .addApprovals(PHU_THO)
                        .addRanking(YEN_BAI, PHU_THO)
                        .build()));
        c.add(invalid(
                "an approval twice",
                "Ballot",
                "approvals[1]",
                "repeats approvals[0]",
                "trùng với approvals[0]",
                () -> approval(HA_GIANG, 1, PHU_THO, PHU_THO)));
        c.add(invalid(
                "no candidates",
                "Vote",
                "candidates",
                "no candidates",
                "không có ứng viên",
                () -> Vote.builder()
                        .id(Id.of("v"))
                        .subject(NAME)
                        .addElectorate(HA_GIANG)
                        .build()));
        c.add(invalid(
                "a voter outside the electorate",
                "Vote",
                "ballots[0].voter",
                "a member of the electorate",
                "thành viên có quyền bỏ phiếu",
                () -> vote().addBallots(approval(OUTSIDER, 1, PHU_THO)).build()));
        c.add(invalid(
                "an approval of a non-candidate",
                "Vote",
                "ballots[0].approvals[0]",
                "a candidate of the vote",
                "một ứng viên của cuộc bỏ phiếu",
                () -> vote().addBallots(approval(HA_GIANG, 1, TUYEN_QUANG)).build()));
        c.add(invalid(
                "two ballots of one voter in a round",
                "Vote",
                "ballots[1].voter",
                "already voted in round 1 at ballots[0]",
                "đã bỏ phiếu vòng 1",
                () -> vote().addBallots(approval(HA_GIANG, 1, PHU_THO), approval(HA_GIANG, 1, YEN_BAI))
                        .build()));
        c.add(invalid(
                "a round after a missing one",
                "Vote",
                "ballots[1].round",
                "round 2 has no ballots",
                "vòng 2 không có phiếu nào",
                () -> vote().addBallots(approval(HA_GIANG, 1, PHU_THO), approval(TUYEN_QUANG, 3, PHU_THO))
                        .build()));
        c.add(invalid(
                "a candidate twice",
                "Vote",
                "candidates[2]",
                "repeats candidates[0]",
                "trùng với candidates[0]",
                () -> vote().addCandidates(PHU_THO).build()));

        // ---- results and awards
        c.add(invalid("position 0", "Rank", "position", "below 1", "nhỏ hơn 1", () -> Rank.of(0)));
        c.add(invalid(
                "tied twice with one unit",
                "Rank",
                "tiedWith[1]",
                "repeats tiedWith[0]",
                "trùng với tiedWith[0]",
                () -> Rank.builder().position(1).addTiedWith(YEN_BAI, YEN_BAI).build()));
        c.add(invalid(
                "unresolved without a tie",
                "Rank",
                "unresolved",
                "set without anyone in tiedWith",
                "chưa phân định nhưng không hòa với ai",
                () -> Rank.builder().position(1).unresolved(true).build()));
        c.add(invalid(
                "a criterion code with a slash",
                "CriterionResult",
                "criterion",
                "not a valid code",
                "mã không đúng dạng",
                () -> CriterionResult.of("I/1", Points.of(3))));
        c.add(invalid(
                "a band code with a space",
                "BandResult",
                "code",
                "not a valid code",
                "mã không đúng dạng",
                () -> BandResult.of("xuất sắc", LABEL)));
        c.add(invalid(
                "two results for one criterion",
                "UnitResult",
                "criteria[1].criterion",
                "repeats criteria[0]",
                "trùng với criteria[0]",
                () -> unit(PHU_THO)
                        .addCriteria(CriterionResult.of("I.1", Points.of(3)), CriterionResult.of("I.1", Points.of(4)))
                        .build()));
        c.add(invalid(
                "tied with itself",
                "UnitResult",
                "rank.tiedWith[0]",
                "is the unit itself",
                "là chính đơn vị",
                () -> unit(PHU_THO)
                        .rank(Rank.builder().position(1).addTiedWith(PHU_THO).build())
                        .build()));
        c.add(invalid(
                "a fingerprint that is not hexadecimal",
                "ClusterResult",
                "policyFingerprint",
                "not hexadecimal",
                "không phải chuỗi thập lục phân",
                () -> result("quy-che", "SHA-256:xyz").build()));
        c.add(invalid(
                "a policy id with a space",
                "ClusterResult",
                "policyId",
                "not a valid key",
                "mã không đúng dạng",
                () -> result("quy chế", "0123456789abcdef").build()));
        c.add(invalid(
                "two results for one unit",
                "ClusterResult",
                "units[1].unit",
                "repeats units[0]",
                "trùng với units[0]",
                () -> result("quy-che", "0123456789abcdef")
                        .addUnits(unit(PHU_THO).build(), unit(PHU_THO).build())
                        .build()));
        c.add(invalid(
                "an explanation key with a space",
                "Explanation",
                "key",
                "not a valid key",
                "mã không đúng dạng",
                () -> Explanation.of("a key", LABEL)));
        c.add(invalid(
                "an explanation input holding NUL",
                "Explanation",
                "inputs[unit]",
                "control character U+0000",
                "ký tự điều khiển U+0000",
                () -> Explanation.builder()
                        .key("unit")
                        .text(LABEL)
                        .putInputs("unit", "phu-tho\u0000")
                        .build()));
        c.add(invalid(
                "no recipient kinds",
                "AwardKind",
                "recipientKinds",
                "no recipient kinds",
                "không có loại đối tượng nhận",
                () -> AwardKind.builder()
                        .id(Id.of("bang-khen"))
                        .name(LABEL)
                        .form(AwardForm.CERTIFICATE_OF_MERIT)
                        .issuerLevel(IssuerLevel.MINISTRY_PROVINCE_CENTRAL)
                        .build()));
        c.add(invalid(
                "an award year of 1899",
                "AwardRecord",
                "year",
                "year out of range",
                "năm ngoài phạm vi",
                () -> AwardRecord.builder()
                        .recipient(PHU_THO)
                        .recipientKind(RecipientKind.COLLECTIVE)
                        .awardKind(AwardKinds.COMMENDATION.id())
                        .year(Year.of(1899))
                        .build()));
        return c;
    }

    // ---- the checks

    @TestFactory
    Stream<DynamicTest> everyCase_isRefused_namingTheFieldInBothLanguages_andBuildsNothing() {
        return cases().stream().map(c -> dynamicTest(c.toString(), () -> assertRefused(c)));
    }

    /** Builds the case's value, which must be refused as the case says. */
    static void assertRefused(Case c) {
        Object built;
        try {
            built = c.build().call();
        } catch (ValidationException e) {
            assertThat(e.getClass())
                    .as("%s: the exception of %s", c, e.getMessage())
                    .isEqualTo(c.exception());
            assertThat(e.type()).as("%s: the type", c).isEqualTo(c.type());
            assertThat(e.field()).as("%s: the field of %s", c, e.getMessage()).isEqualTo(c.field());
            assertThat(e.getMessage()).as("%s: the English message", c).contains(c.en());
            assertThat(e.getMessage(Text.VIETNAMESE))
                    .as("%s: the Vietnamese message", c)
                    .contains(c.vi());
            assertThat(e.problem().vi())
                    .as("%s: the problem in each language", c)
                    .isNotEqualTo(e.problem().en());
            assertThat(e.getMessage(Text.VIETNAMESE)).isNotEqualTo(e.getMessage(Locale.ENGLISH));
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                assertThat(t).as("%s: the causes", c).isNotInstanceOf(NullPointerException.class);
            }
            return;
        } catch (Throwable t) {
            throw new AssertionError(c + ": expected a " + c.exception().getSimpleName() + ", got " + t, t);
        }
        throw new AssertionError(c + ": expected a " + c.exception().getSimpleName() + ", but built " + built);
    }

    @Test
    void corpus_isLargeEnough_andCountedPerType() {
        Map<String, Long> byType =
                cases().stream().collect(Collectors.groupingBy(Case::type, TreeMap::new, Collectors.counting()));
        assertThat(cases()).as("cases per type: %s", byType).hasSizeGreaterThanOrEqualTo(MIN_CASES);
        assertThat(cases()).extracting(Case::toString).doesNotHaveDuplicates();
    }

    @Test
    void aFailedBuilder_producesNothing_andStaysRefused() {
        Cluster.Builder builder = cluster().addMembers(Collective.of(HA_GIANG, NAME));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(builder::build)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("members[4].id"));
        }
    }

    @Test
    void checker_failsOnPlantedBugs() {
        Case right =
                invalid("a planted case", "Id", "value", "not a valid id", "mã không đúng dạng", () -> Id.of("hà"));
        assertRefused(right);
        // A value was built.
        assertThatThrownBy(() -> assertRefused(
                        new Case("built", ValidationException.class, "Id", "value", "x", "x", () -> Id.of("phu-tho"))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but built");
        // A bare NullPointerException.
        assertThatThrownBy(() -> assertRefused(new Case(
                        "npe",
                        MissingValueException.class,
                        "Points",
                        "other",
                        "missing",
                        "thiếu",
                        () -> Points.of(1).plus(null))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("NullPointerException");
        // A ValidationException where a MissingValueException was expected, and the wrong field.
        assertThatThrownBy(() -> assertRefused(new Case(
                        "subtype", MissingValueException.class, "Id", "value", "not", "mã", () -> Id.of("hà"))))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertRefused(
                        new Case("field", ValidationException.class, "Id", "text", "not", "mã", () -> Id.of("hà"))))
                .isInstanceOf(AssertionError.class);
        // An English-only message.
        assertThatThrownBy(() -> assertRefused(new Case(
                        "english only", ValidationException.class, "T", "f", "bad", "bad", () -> {
                            throw new ValidationException("T", "f", 1, Text.of("bad", "bad"), Text.of("ok", "ok"));
                        })))
                .isInstanceOf(AssertionError.class);
    }
}
