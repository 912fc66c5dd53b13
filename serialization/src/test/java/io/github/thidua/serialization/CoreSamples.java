package io.github.thidua.serialization;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.AwardProposal;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Ballot;
import io.github.thidua.core.BallotMode;
import io.github.thidua.core.BandResult;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Collective;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.CriterionNode;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Gender;
import io.github.thidua.core.Household;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.Individual;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.LeaderTiePolicy;
import io.github.thidua.core.MissingTargetPolicy;
import io.github.thidua.core.Movement;
import io.github.thidua.core.MovementKind;
import io.github.thidua.core.Name;
import io.github.thidua.core.Organiser;
import io.github.thidua.core.OrganiserKind;
import io.github.thidua.core.OrganiserLevel;
import io.github.thidua.core.Period;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.Rank;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Review;
import io.github.thidua.core.ReviewKind;
import io.github.thidua.core.Role;
import io.github.thidua.core.RoleAssignment;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.SelectionMethod;
import io.github.thidua.core.SubGroup;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.Vnd;
import io.github.thidua.core.Vote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fixed values of every public core type: a veterans' association cluster of five provinces. */
final class CoreSamples {

    static final Id HA_GIANG = Id.of("ha-giang");
    static final Id TUYEN_QUANG = Id.of("tuyen-quang");
    static final Id PHU_THO = Id.of("phu-tho");
    static final Id YEN_BAI = Id.of("yen-bai");
    static final Id GRDP = Id.of("grdp");
    static final Id NEW_MEMBERS = Id.of("hoi-vien-moi");

    private CoreSamples() {}

    static Organiser organiser() {
        return Organiser.builder()
                .id(Id.of("hccb-tw"))
                .name(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
                .level(OrganiserLevel.CENTRAL)
                .kind(OrganiserKind.MASS_ORGANISATION)
                .shortName(Name.of("TW Hội CCB"))
                .build();
    }

    static Collective collective(Id id, String name, String shortName, int heads, int women) {
        return Collective.builder()
                .id(id)
                .name(Name.of(name))
                .shortName(Name.of(shortName))
                .headCount(heads)
                .womenCount(women)
                .build();
    }

    static Cluster cluster() {
        return Cluster.builder()
                .id(Id.of("cum-1"))
                .kind(ClusterKind.CLUSTER)
                .number(1)
                .name(Name.of("Cụm thi đua các tỉnh miền núi phía Bắc"))
                .organiser(organiser())
                .addMembers(
                        collective(HA_GIANG, "Hội Cựu chiến binh tỉnh Hà Giang", "Hà Giang", 42, 7),
                        Collective.of(TUYEN_QUANG, Name.of("Hội Cựu chiến binh tỉnh Tuyên Quang")),
                        collective(PHU_THO, "Hội Cựu chiến binh tỉnh Phú Thọ", "Phú Thọ", 55, 12),
                        Collective.of(YEN_BAI, Name.of("Hội Cựu chiến binh tỉnh Yên Bái")))
                .addSubGroups(
                        SubGroup.of(Id.of("nhom-1"), Name.of("Nhóm Đông Bắc"), List.of(HA_GIANG, TUYEN_QUANG)),
                        SubGroup.of(Id.of("nhom-2"), Name.of("Nhóm Tây Bắc"), List.of(PHU_THO, YEN_BAI)))
                .addRoles(
                        RoleAssignment.builder()
                                .year(Year.of(2023))
                                .role(Role.HEAD)
                                .holder(PHU_THO)
                                .method(SelectionMethod.ROTATED)
                                .decidedOn(LocalDate.of(2023, 1, 12))
                                .decisionReference("Biên bản số 01/BB-CTĐ")
                                .build(),
                        RoleAssignment.builder()
                                .year(Year.of(2023))
                                .role(Role.DEPUTY)
                                .holder(HA_GIANG)
                                .method(SelectionMethod.ACCLAIMED)
                                .build(),
                        RoleAssignment.builder()
                                .year(Year.of(2023))
                                .role(Role.HEAD)
                                .holder(YEN_BAI)
                                .method(SelectionMethod.APPOINTED)
                                .subGroup(Id.of("nhom-2"))
                                .build())
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
                .name(Name.of("Hội viên mới kết nạp"))
                .unitOfMeasure("người")
                .direction(Direction.HIGHER_IS_BETTER)
                .build();
    }

    static CustomKind customKind() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("source", "báo cáo tháng");
        parameters.put("threshold", "0.75");
        return CustomKind.builder()
                .kindName("monthly-report")
                .label(Text.of("báo cáo hằng tháng", "monthly reports"))
                .putAllParameters(parameters)
                .build();
    }

    /** One criterion of every kind. */
    static List<CriterionKind> kinds() {
        return List.of(
                Qualitative.builder()
                        .fractionIfNotAchieved(new BigDecimal("0.5"))
                        .build(),
                Quantitative.builder()
                        .indicator(GRDP)
                        .ratioCap(new BigDecimal("1.2"))
                        .missingTarget(MissingTargetPolicy.ZERO)
                        .build(),
                LeaderRelative.builder()
                        .indicator(NEW_MEMBERS)
                        .leaderTie(LeaderTiePolicy.NONE_LEAD)
                        .build(),
                CountBased.of(Points.parse("0.25")),
                Bonus.of(Points.of(1)),
                Deduction.of(Points.parse("0.5")),
                Formula.builder()
                        .expression("min(a / b, 1) * 7.75")
                        .addInputs("a", "b")
                        .indicator(NEW_MEMBERS)
                        .build(),
                customKind());
    }

    static Criterion criterion(String code, String name, String max, CriterionKind kind) {
        return Criterion.builder()
                .code(code)
                .name(Name.of(name))
                .maxPoints(Points.parse(max))
                .kind(kind)
                .build();
    }

    static ScoringTable scoringTable() {
        List<CriterionKind> k = kinds();
        CriterionGroup work = CriterionGroup.builder()
                .code("I")
                .name(Name.of("Thực hiện nhiệm vụ chính trị"))
                .declaredMaxPoints(Points.parse("37.75"))
                .addChildren(
                        Criterion.builder()
                                .code("I.1")
                                .name(Name.of("Quán triệt nghị quyết"))
                                .maxPoints(Points.of(10))
                                .kind(k.get(0))
                                .description("Tổ chức quán triệt đầy đủ, đúng thời hạn.")
                                .build(),
                        criterion("I.2", "Phát triển kinh tế", "10", k.get(1)),
                        CriterionGroup.builder()
                                .code("I.3")
                                .name(Name.of("Công tác hội viên"))
                                .addChildren(
                                        criterion("I.3.a", "Kết nạp hội viên", "10", k.get(2)),
                                        criterion("I.3.b", "Sinh hoạt định kỳ", "7.75", k.get(3)))
                                .build())
                .build();
        return ScoringTable.builder()
                .id(Id.of("bang-diem-2023"))
                .name(Name.of("Bảng chấm điểm thi đua năm 2023"))
                .addRoots(
                        work,
                        criterion("II", "Ứng dụng công thức", "5", k.get(6)),
                        criterion("III", "Báo cáo định kỳ", "2.25", k.get(7)),
                        criterion("IV", "Điểm thưởng", "3", k.get(4)),
                        criterion("V", "Điểm trừ", "2", k.get(5)))
                .declaredMaxPoints(Points.parse("45"))
                .bonusCap(Points.of(3))
                .deductionCap(Points.of(2))
                .build();
    }

    static PledgedTarget target(Id unit, Id indicator, String value, String note) {
        PledgedTarget.Builder b =
                PledgedTarget.builder().unit(unit).indicator(indicator).value(new BigDecimal(value));
        if (note != null) {
            b.note(note);
        }
        return b.build();
    }

    static Covenant covenant() {
        return Covenant.builder()
                .id(Id.of("giao-uoc-2023"))
                .cluster(cluster())
                .period(Period.year(2023))
                .term(Period.phase(2022, 2027))
                .signedOn(LocalDate.of(2023, 2, 20))
                .addSignatories(HA_GIANG, TUYEN_QUANG, PHU_THO, YEN_BAI)
                .addContents("Thi đua thực hiện thắng lợi nghị quyết đại hội.", "Xây dựng Hội vững mạnh toàn diện.")
                .addIndicators(grdp(), newMembers())
                .addTargets(
                        target(HA_GIANG, GRDP, "6.5", null),
                        target(PHU_THO, GRDP, "7.25", "Theo nghị quyết tỉnh"),
                        target(PHU_THO, NEW_MEMBERS, "1200", null),
                        target(YEN_BAI, NEW_MEMBERS, "0.000000000001", null))
                .scoringTable(scoringTable())
                .build();
    }

    static AssessmentSheet assessmentSheet() {
        return AssessmentSheet.builder()
                .unit(PHU_THO)
                .period(Period.year(2023))
                .addEntries(
                        Assessment.builder()
                                .criterion("I.1")
                                .achieved(true)
                                .evidence("Nghị quyết số 12-NQ/HCCB")
                                .putPoints(AssessmentStage.FINAL, Points.of(10))
                                .putPoints(AssessmentStage.SELF, Points.of(10))
                                .build(),
                        Assessment.builder()
                                .criterion("I.2")
                                .actual(new BigDecimal("7.831"))
                                .putPoints(AssessmentStage.SELF, Points.parse("9.5"))
                                .putPoints(AssessmentStage.CROSS_CHECK, Points.parse("9.25"))
                                .build(),
                        Assessment.builder()
                                .criterion("I.3.b")
                                .count(31)
                                .explanation("Một buổi hoãn do bão")
                                .build(),
                        Assessment.builder().criterion("IV").occurrences(2).build())
                .addEvents("bao-yagi", "dai-hoi-2022")
                .leaderDiscipline(Discipline.REPRIMAND)
                .build();
    }

    static Vote vote() {
        return Vote.builder()
                .id(Id.of("bau-cum-truong-2024"))
                .subject(Name.of("Bầu Cụm trưởng năm 2024"))
                .addCandidates(PHU_THO, YEN_BAI)
                .addElectorate(HA_GIANG, TUYEN_QUANG, PHU_THO, YEN_BAI)
                .addBallots(
                        ballot(HA_GIANG, 1, PHU_THO),
                        ballot(TUYEN_QUANG, 1, YEN_BAI),
                        ballot(PHU_THO, 1, PHU_THO),
                        ballot(YEN_BAI, 1, YEN_BAI),
                        ballot(HA_GIANG, 2, PHU_THO),
                        Ballot.builder()
                                .voter(TUYEN_QUANG)
                                .round(2)
                                .mode(BallotMode.WRITTEN)
                                .build())
                .build();
    }

    static Ballot ballot(Id voter, int round, Id approval) {
        return Ballot.builder()
                .voter(voter)
                .round(round)
                .mode(BallotMode.IN_PERSON)
                .addApprovals(approval)
                .build();
    }

    static Ballot rankingBallot() {
        return Ballot.builder()
                .voter(HA_GIANG)
                .round(1)
                .mode(BallotMode.WRITTEN)
                .addRanking(YEN_BAI, PHU_THO)
                .build();
    }

    static AwardRecord awardRecord() {
        return AwardRecord.builder()
                .recipient(PHU_THO)
                .recipientKind(RecipientKind.COLLECTIVE)
                .awardKind(AwardKinds.GOVERNMENT_FLAG.id())
                .year(Year.of(2022))
                .decisionReference("Quyết định số 123/QĐ-TTg")
                .decidedOn(LocalDate.of(2023, 3, 15))
                .build();
    }

    static AwardKind awardKind() {
        return AwardKinds.PRIME_MINISTER_MERIT;
    }

    static AwardProposal awardProposal() {
        return AwardProposal.builder()
                .recipient(PHU_THO)
                .recipientKind(RecipientKind.COLLECTIVE)
                .awardKind(AwardKinds.GOVERNMENT_FLAG)
                .period(Period.year(2023))
                .proposedBy(Id.of("cum-1"))
                .basis(Text.of("Dẫn đầu cụm thi đua năm 2023", "First in the cluster in 2023"))
                .build();
    }

    static Explanation explanation() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("target", "7.25");
        inputs.put("actual", "7.831");
        return Explanation.builder()
                .key("total")
                .text(Text.of("Tổng điểm", "Total"))
                .value(Points.parse("41.75"))
                .addChildren(
                        Explanation.builder()
                                .key("criterion.I.2")
                                .text(Text.of("Phát triển kinh tế", "Economic development"))
                                .value(Points.parse("9.25"))
                                .putAllInputs(inputs)
                                .build(),
                        Explanation.of("criterion.I.1", Text.of("Quán triệt nghị quyết", "Resolutions studied")))
                .build();
    }

    static Rank tiedRank(Id with) {
        return Rank.builder()
                .position(1)
                .addTiedWith(with)
                .unresolved(true)
                .decider(Text.of("Hội nghị cụm bỏ phiếu", "the cluster meeting votes"))
                .build();
    }

    static BandResult band() {
        return BandResult.of("xuat-sac", Text.of("Hoàn thành xuất sắc", "Outstanding"));
    }

    static CriterionResult criterionResult() {
        return CriterionResult.builder()
                .criterion("I.2")
                .points(Points.parse("9.25"))
                .explanation(explanation().children().get(0))
                .build();
    }

    static UnitResult unitResult(Id unit, Id tiedWith) {
        return UnitResult.builder()
                .unit(unit)
                .addCriteria(criterionResult(), CriterionResult.of("I.1", Points.of(10)))
                .putSubtotals("I", Points.parse("38.75"))
                .putSubtotals("II", Points.of(3))
                .total(Points.parse("41.75"))
                .band(band())
                .rank(tiedRank(tiedWith))
                .addProposals(awardProposalFor(unit))
                .cash(Vnd.of(15_000_000))
                .explanation(explanation())
                .build();
    }

    static AwardProposal awardProposalFor(Id unit) {
        return AwardProposal.builder()
                .recipient(unit)
                .recipientKind(RecipientKind.COLLECTIVE)
                .awardKind(AwardKinds.MINISTRY_PROVINCE_MERIT)
                .period(Period.year(2023))
                .proposedBy(Id.of("cum-1"))
                .build();
    }

    static ClusterResult clusterResult() {
        return ClusterResult.builder()
                .cluster(Id.of("cum-1"))
                .period(Period.year(2023))
                .policyId("hccb-2023")
                .policyVersion("1.2.0")
                .policyFingerprint("0123456789abcdef0123456789abcdef")
                .addUnits(
                        unitResult(PHU_THO, YEN_BAI),
                        unitResult(YEN_BAI, PHU_THO),
                        UnitResult.builder()
                                .unit(HA_GIANG)
                                .total(Points.parse("30.5"))
                                .rank(Rank.builder()
                                        .position(3)
                                        .decidedBy("số tiêu chí đạt tối đa")
                                        .build())
                                .explanation(Explanation.of("total", Text.of("Tổng điểm", "Total")))
                                .build())
                .build();
    }

    static Movement movement() {
        return Movement.builder()
                .id(Id.of("thi-dua-yeu-nuoc"))
                .name(Name.of("Cựu chiến binh gương mẫu"))
                .kind(MovementKind.THEMATIC)
                .launchedBy(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
                .slogan("Trung thành, đoàn kết, gương mẫu, đổi mới")
                .period(Period.phase(2019, 2024))
                .putThemes(Year.of(2024), "Chuyển đổi số")
                .putThemes(Year.of(2020), "Phòng chống dịch")
                .build();
    }

    static Review review() {
        return Review.builder()
                .cluster(Id.of("cum-1"))
                .kind(ReviewKind.ANNUAL)
                .period(Period.year(2023))
                .startsOn(LocalDate.of(2023, 12, 20))
                .endsOn(LocalDate.of(2023, 12, 21))
                .host(PHU_THO)
                .chair(Name.of("Nguyễn Văn Ất"))
                .chairUnit(PHU_THO)
                .place("Việt Trì")
                .build();
    }

    static Individual individual() {
        return Individual.builder()
                .id(Id.of("nguyen-van-at"))
                .name(Name.of("Nguyễn Văn Ất"))
                .gender(Gender.MALE)
                .position(Name.of("Chủ tịch Hội"))
                .collective(PHU_THO)
                .build();
    }

    static Household household() {
        return Household.builder()
                .id(Id.of("ho-lo-thi-hoa"))
                .name(Name.of("Hộ bà Lò Thị Hoa"))
                .head(Name.of("Lò Thị Hoa"))
                .address("Bản Mường, xã Mường Ảng")
                .build();
    }

    /** A value of every covered type, by a name used in test reports. */
    static Map<String, Object> all() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("Id", PHU_THO);
        all.put("Name", Name.of("Hội Cựu chiến binh tỉnh Phú Thọ"));
        all.put("Text", Text.of("Cụm trưởng", "cluster head"));
        all.put("Points", Points.parse("7.75"));
        all.put("Points.negative", Points.parse("-0.000000000001"));
        all.put("Rounding.scale", Rounding.toScale(2, RoundingMode.HALF_UP));
        all.put("Rounding.step", Rounding.toStep(new BigDecimal("0.25"), RoundingMode.HALF_EVEN));
        all.put("Rounding.none", Rounding.none());
        all.put("Vnd", Vnd.of(1_250_000));
        all.put("Period.year", Period.year(2023));
        all.put("Period.halfYear", Period.halfYear(2024, 2));
        all.put("Period.phase", Period.phase(2020, 2025));
        all.put("Period.custom", Period.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 9, 30)));
        all.put("Organiser", organiser());
        all.put("Collective", cluster().members().get(0));
        all.put("Individual", individual());
        all.put("Household", household());
        all.put("SubGroup", cluster().subGroups().get(0));
        all.put("RoleAssignment", cluster().roles().get(0));
        all.put("Cluster", cluster());
        all.put("Movement", movement());
        all.put("Review", review());
        all.put("Indicator", grdp());
        all.put("PledgedTarget", covenant().targets().get(1));
        all.put("Criterion", scoringTable().criteria().get(0));
        all.put("CriterionGroup", scoringTable().roots().get(0));
        all.put("ScoringTable", scoringTable());
        for (CriterionKind kind : kinds()) {
            all.put("CriterionKind." + kind.kindName(), kind);
        }
        all.put("Covenant", covenant());
        all.put("Assessment", assessmentSheet().entries().get(1));
        all.put("AssessmentSheet", assessmentSheet());
        all.put("Ballot", rankingBallot());
        all.put("Vote", vote());
        all.put("AwardKind", awardKind());
        all.put("AwardRecord", awardRecord());
        all.put("AwardProposal", awardProposal());
        all.put("Explanation", explanation());
        all.put("Rank", tiedRank(YEN_BAI));
        all.put("BandResult", band());
        all.put("CriterionResult", criterionResult());
        all.put("UnitResult", clusterResult().units().get(0));
        all.put("ClusterResult", clusterResult());
        return all;
    }

    /** The public type a sample is read back as. */
    static Class<?> publicType(Object value) {
        if (value instanceof CriterionKind) {
            return CriterionKind.class;
        }
        if (value instanceof CriterionNode) {
            return CriterionNode.class;
        }
        Class<?> c = value.getClass();
        // Immutables' implementations are package-private subclasses of the public abstract type.
        return c.getSimpleName().startsWith("Immutable") ? c.getSuperclass() : c;
    }
}
