package io.github.thidua.examples;

import io.github.thidua.core.AwardForm;
import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Household;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.IssuerLevel;
import io.github.thidua.core.LeaderRelative;
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
import io.github.thidua.core.Recipient;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Review;
import io.github.thidua.core.ReviewKind;
import io.github.thidua.core.Role;
import io.github.thidua.core.RoleAssignment;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.SelectionMethod;
import io.github.thidua.core.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The five seed scenarios of the project, built as values from the articles in the project's
 * seeds: who the members are, who led, which reviews were held, which themes and covenants, which
 * awards. Where an article gives no figure, the value is illustrative and the seed's notes say so.
 *
 * <pre>{@code
 * for (Seed seed : SeedScenarios.all()) {
 *     System.out.println(seed.cluster().name());
 * }
 * }</pre>
 */
public final class SeedScenarios {

    /** The Central Committee of the Vietnam Veterans Association, which runs clusters 1, 2 and 5. */
    public static final Organiser VETERANS_CENTRAL = Organiser.builder()
            .id(Id.of("tw-hoi-ccb"))
            .name(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
            .shortName(Name.of("TW Hội CCB Việt Nam"))
            .level(OrganiserLevel.CENTRAL)
            .kind(OrganiserKind.MASS_ORGANISATION)
            .build();

    /** The movement "Cựu chiến binh gương mẫu", with the central association's yearly themes. */
    public static final Movement EXEMPLARY_VETERANS = Movement.builder()
            .id(Id.of("ccb-guong-mau"))
            .name(Name.of("Cựu chiến binh gương mẫu"))
            .kind(MovementKind.REGULAR)
            .launchedBy(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
            .period(Period.phase(2019, 2024))
            .putThemes(Year.of(2023), "Đoàn kết, gương mẫu, trách nhiệm, sáng tạo, hiệu quả")
            .putThemes(Year.of(2024), "Gương mẫu – Sáng tạo – Chung sức đồng lòng")
            .build();

    private SeedScenarios() {}

    /**
     * Returns the five seeds in the order of their articles.
     *
     * @return seeds 000 to 004
     */
    public static List<Seed> all() {
        return List.of(northwest2023(), bloc2024(), cluster2of2023(), cluster5HalfYear2023(), lowlandDistricts2017());
    }

    /**
     * Seed 000: Cluster No. 1 of the Northwest provinces' Veterans Associations, annual review 2023
     * hosted by Điện Biên on 2 November 2023.
     *
     * @return the seed
     */
    public static Seed northwest2023() {
        Cluster cluster = Cluster.builder()
                .id(Id.of("ccb-cum-1"))
                .kind(ClusterKind.CLUSTER)
                .number(1)
                .name(Name.of("Cụm thi đua số 1 - Hội Cựu chiến binh các tỉnh Tây Bắc"))
                .organiser(VETERANS_CENTRAL)
                .addMembers(
                        province("dien-bien", "Điện Biên"),
                        province("son-la", "Sơn La"),
                        province("lai-chau", "Lai Châu"),
                        province("lao-cai", "Lào Cai"))
                .addRoles(RoleAssignment.builder()
                        .year(Year.of(2023))
                        .role(Role.HOST)
                        .holder(Id.of("dien-bien"))
                        .method(SelectionMethod.ROTATED)
                        .build())
                .build();
        Review annual = Review.builder()
                .cluster(cluster.id())
                .kind(ReviewKind.ANNUAL)
                .period(Period.year(2023))
                .startsOn(LocalDate.of(2023, 11, 2))
                .host(Id.of("dien-bien"))
                .place("tỉnh Điện Biên")
                .build()
                .checkAgainst(cluster);
        return new Seed(
                "000",
                Text.of(
                        "Hội nghị tổng kết Cụm thi đua số 1 năm 2023 tại Điện Biên",
                        "Annual review 2023 of Cluster No. 1, hosted by Điện Biên"),
                cluster,
                List.of(annual),
                Optional.of(EXEMPLARY_VETERANS),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(Text.of(
                        "Bài báo không nói cách chọn đơn vị đăng cai; ghi là luân phiên để minh họa.",
                        "The article does not say how the host was chosen; rotation is recorded for illustration.")));
    }

    /**
     * Seed 001: the Veterans Association of the bloc of provincial agencies and enterprises: the
     * working session on the first half of 2024 (5 June 2024) and the preparation of the 2019–2024
     * phase review of "Cựu chiến binh gương mẫu".
     *
     * @return the seed
     */
    public static Seed bloc2024() {
        Organiser partyCommittee = Organiser.builder()
                .id(Id.of("dang-uy-khoi-cq-dn"))
                .name(Name.of("Đảng uỷ Khối cơ quan và doanh nghiệp tỉnh"))
                .level(OrganiserLevel.MINISTRY_PROVINCE)
                .kind(OrganiserKind.PARTY_COMMITTEE)
                .build();
        Cluster bloc = Cluster.builder()
                .id(Id.of("ccb-khoi-cq-dn"))
                .kind(ClusterKind.BLOC)
                .name(Name.of("Hội Cựu chiến binh Khối cơ quan và doanh nghiệp tỉnh"))
                .organiser(partyCommittee)
                .addMembers(
                        collective("ccb-so-tai-chinh", "Hội CCB cơ sở Sở Tài chính"),
                        collective("ccb-so-nong-nghiep", "Hội CCB cơ sở Sở Nông nghiệp và Phát triển nông thôn"),
                        collective("ccb-kho-bac", "Hội CCB cơ sở Kho bạc Nhà nước tỉnh"),
                        collective("ccb-dien-luc", "Hội CCB cơ sở Công ty Điện lực tỉnh"))
                .build();
        Review halfYear = Review.builder()
                .cluster(bloc.id())
                .kind(ReviewKind.HALF_YEAR)
                .period(Period.halfYear(2024, 1))
                .startsOn(LocalDate.of(2024, 6, 5))
                .chair(Name.of("Đỗ Văn Mạnh"))
                .build()
                .checkAgainst(bloc);
        return new Seed(
                "001",
                Text.of(
                        "Làm việc về 6 tháng đầu năm 2024 và chuẩn bị tổng kết phong trào giai đoạn 2019–2024",
                        "Working session on the first half of 2024 and preparation of the 2019–2024 phase review"),
                bloc,
                List.of(halfYear),
                Optional.of(EXEMPLARY_VETERANS),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        Text.of(
                                "Bài báo không nêu các hội cơ sở; bốn thành viên ở đây là minh họa.",
                                "The article names no grassroots chapters; the four members here are illustrative."),
                        Text.of(
                                "Hội nghị tổng kết giai đoạn 2019–2024 đang được chuẩn bị, chưa diễn ra.",
                                "The 2019–2024 phase review is being prepared and has not been held.")));
    }

    /**
     * Seed 002: Cluster No. 2 of the Veterans Association, annual review 2023: Phú Thọ head for
     * 2023, Yên Bái acclaimed head for 2024, the 2023 theme and the 2024 covenant.
     *
     * @return the seed
     */
    public static Seed cluster2of2023() {
        Cluster cluster = Cluster.builder()
                .id(Id.of("ccb-cum-2"))
                .kind(ClusterKind.CLUSTER)
                .number(2)
                .name(Name.of("Cụm Công tác thi đua số 2"))
                .organiser(VETERANS_CENTRAL)
                .addMembers(
                        province("ha-giang", "Hà Giang"),
                        province("tuyen-quang", "Tuyên Quang"),
                        province("vinh-phuc", "Vĩnh Phúc"),
                        province("yen-bai", "Yên Bái"),
                        province("phu-tho", "Phú Thọ"))
                .addRoles(
                        RoleAssignment.builder()
                                .year(Year.of(2023))
                                .role(Role.HEAD)
                                .holder(Id.of("phu-tho"))
                                .method(SelectionMethod.ACCLAIMED)
                                .build(),
                        RoleAssignment.builder()
                                .year(Year.of(2024))
                                .role(Role.HEAD)
                                .holder(Id.of("yen-bai"))
                                .method(SelectionMethod.ACCLAIMED)
                                .decidedOn(LocalDate.of(2023, 11, 24))
                                .decisionReference("Hội nghị tổng kết Cụm năm 2023, 23–24/11/2023")
                                .build())
                .build();
        Review annual = Review.builder()
                .cluster(cluster.id())
                .kind(ReviewKind.ANNUAL)
                .period(Period.year(2023))
                .startsOn(LocalDate.of(2023, 11, 23))
                .endsOn(LocalDate.of(2023, 11, 24))
                .chair(Name.of("Lê Quang Đại"))
                .chairUnit(Id.of("phu-tho"))
                .build()
                .checkAgainst(cluster);
        List<Id> members = new ArrayList<>(cluster.memberIds());
        Covenant covenant2024 = Covenant.builder()
                .id(Id.of("ccb-cum-2-giao-uoc-2024"))
                .cluster(cluster)
                .period(Period.year(2024))
                .signedOn(LocalDate.of(2023, 11, 24))
                .addAllSignatories(members)
                .addContents(
                        "Đẩy mạnh phong trào thi đua “Cựu chiến binh gương mẫu”",
                        "Hoàn thành chỉ tiêu phát triển hội viên và tập huấn cán bộ chủ chốt",
                        "Tăng cường giáo dục truyền thống cách mạng cho thế hệ trẻ")
                .addIndicators(NEW_MEMBERS)
                .addAllTargets(targets(members, NEW_MEMBERS.id(), "300", "250", "200", "280", "320"))
                .scoringTable(veteransTable())
                .build();
        return new Seed(
                "002",
                Text.of(
                        "Cụm Công tác thi đua số 2 tổng kết năm 2023, ký giao ước năm 2024",
                        "Cluster No. 2 reviews 2023 and signs its 2024 covenant"),
                cluster,
                List.of(annual),
                Optional.of(EXEMPLARY_VETERANS),
                Optional.of(covenant2024),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        Text.of(
                                "Bảng chấm điểm và chỉ tiêu hội viên mới trong giao ước 2024 là minh họa.",
                                "The scoring table and the new-member targets of the 2024 covenant are illustrative."),
                        Text.of(
                                "Đề nghị Cờ thi đua cho Phú Thọ và Bằng khen cho Hà Giang, Yên Bái sẽ do bộ máy chấm điểm tính ra.",
                                "The flag for Phú Thọ and certificates of merit for Hà Giang and Yên Bái will come out of the scoring engine.")));
    }

    /**
     * Seed 003: Cluster No. 5, half-year review 2023 in Bắc Ninh on 28–29 June 2023, chaired by
     * Bắc Ninh's head.
     *
     * @return the seed
     */
    public static Seed cluster5HalfYear2023() {
        Cluster cluster = Cluster.builder()
                .id(Id.of("ccb-cum-5"))
                .kind(ClusterKind.CLUSTER)
                .number(5)
                .name(Name.of("Cụm công tác thi đua số 5"))
                .organiser(VETERANS_CENTRAL)
                .addMembers(
                        collective("ha-noi", "Hội Cựu chiến binh thành phố Hà Nội", "Hà Nội"),
                        province("bac-ninh", "Bắc Ninh"),
                        province("bac-giang", "Bắc Giang"),
                        province("vinh-phuc", "Vĩnh Phúc"))
                .addRoles(
                        RoleAssignment.builder()
                                .year(Year.of(2023))
                                .role(Role.HEAD)
                                .holder(Id.of("bac-ninh"))
                                .method(SelectionMethod.ACCLAIMED)
                                .build(),
                        RoleAssignment.builder()
                                .year(Year.of(2023))
                                .role(Role.HOST)
                                .holder(Id.of("bac-ninh"))
                                .method(SelectionMethod.ROTATED)
                                .build())
                .build();
        Review halfYear = Review.builder()
                .cluster(cluster.id())
                .kind(ReviewKind.HALF_YEAR)
                .period(Period.halfYear(2023, 1))
                .startsOn(LocalDate.of(2023, 6, 28))
                .endsOn(LocalDate.of(2023, 6, 29))
                .host(Id.of("bac-ninh"))
                .chair(Name.of("Đào Anh Dũng"))
                .chairUnit(Id.of("bac-ninh"))
                .place("tỉnh Bắc Ninh")
                .build()
                .checkAgainst(cluster);
        return new Seed(
                "003",
                Text.of("Cụm thi đua số 5 sơ kết 6 tháng đầu năm 2023", "Cluster No. 5 half-year review 2023"),
                cluster,
                List.of(halfYear),
                Optional.of(EXEMPLARY_VETERANS),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        Text.of(
                                "Vĩnh Phúc cũng có tên trong Cụm số 2 (bài 002): hai cụm là hai giá trị độc lập.",
                                "Vĩnh Phúc is also listed in Cluster No. 2 (seed 002): the two clusters are independent values.")));
    }

    /**
     * Seed 004: the lowland district cluster of Điện Biên province, review of 2017: the provincial
     * flag for Tuần Giáo, certificates of merit for Mường Ảng and Điện Biên Phủ city, the
     * cluster's certificates of commendation for four collectives and one farming household, and
     * the head handed to Điện Biên district for 2018.
     *
     * @return the seed
     */
    public static Seed lowlandDistricts2017() {
        Organiser province = Organiser.builder()
                .id(Id.of("ubnd-tinh-dien-bien"))
                .name(Name.of("Ủy ban nhân dân tỉnh Điện Biên"))
                .shortName(Name.of("UBND tỉnh Điện Biên"))
                .level(OrganiserLevel.MINISTRY_PROVINCE)
                .kind(OrganiserKind.PEOPLES_COMMITTEE)
                .build();
        Cluster cluster = Cluster.builder()
                .id(Id.of("db-cum-vung-thap"))
                .kind(ClusterKind.CLUSTER)
                .name(Name.of("Cụm thi đua các huyện, thị xã, thành phố vùng thấp tỉnh Điện Biên"))
                .organiser(province)
                .addMembers(
                        collective("tuan-giao", "Ủy ban nhân dân huyện Tuần Giáo", "Tuần Giáo"),
                        collective("tp-dien-bien-phu", "Ủy ban nhân dân thành phố Điện Biên Phủ", "Điện Biên Phủ"),
                        collective("muong-ang", "Ủy ban nhân dân huyện Mường Ảng", "Mường Ảng"),
                        collective("huyen-dien-bien", "Ủy ban nhân dân huyện Điện Biên", "Điện Biên"),
                        collective("tx-muong-lay", "Ủy ban nhân dân thị xã Mường Lay", "Mường Lay"))
                .addRoles(
                        RoleAssignment.builder()
                                .year(Year.of(2017))
                                .role(Role.HEAD)
                                .holder(Id.of("tuan-giao"))
                                .method(SelectionMethod.ROTATED)
                                .build(),
                        RoleAssignment.builder()
                                .year(Year.of(2018))
                                .role(Role.HEAD)
                                .holder(Id.of("huyen-dien-bien"))
                                .method(SelectionMethod.ROTATED)
                                .decisionReference("Bàn giao tại Hội nghị tổng kết Cụm năm 2017")
                                .build())
                .build();
        AwardKind clusterCommendation = AwardKind.builder()
                .id(Id.of("db-cum-vung-thap-giay-khen"))
                .name(Text.of(
                        "Giấy khen của Thường trực Cụm", "certificate of commendation of the cluster's standing body"))
                .form(AwardForm.CERTIFICATE_OF_COMMENDATION)
                .issuerLevel(IssuerLevel.CLUSTER)
                .addRecipientKinds(RecipientKind.COLLECTIVE, RecipientKind.HOUSEHOLD)
                .build();
        Household sinh = Household.builder()
                .id(Id.of("ho-mua-dung-sinh"))
                .name(Name.of("Hộ ông Mùa Dũng Sính"))
                .head(Name.of("Mùa Dũng Sính"))
                .address("Bản Khó Bua, xã Pú Nhung, huyện Tuần Giáo")
                .build();
        List<AwardRecord> awards = new ArrayList<>();
        awards.add(award("tuan-giao", RecipientKind.COLLECTIVE, AwardKinds.MINISTRY_PROVINCE_FLAG));
        awards.add(award("muong-ang", RecipientKind.COLLECTIVE, AwardKinds.MINISTRY_PROVINCE_MERIT));
        awards.add(award("tp-dien-bien-phu", RecipientKind.COLLECTIVE, AwardKinds.MINISTRY_PROVINCE_MERIT));
        List<Recipient> commended = List.of(
                collective("htx-thanh-yen", "Hợp tác xã dịch vụ tổng hợp xã Thanh Yên, huyện Điện Biên"),
                collective("ubnd-phuong-song-da", "Ủy ban nhân dân phường Sông Đà, thị xã Mường Lay"),
                collective("ubnd-xa-bung-lao", "Ủy ban nhân dân xã Búng Lao, huyện Mường Ảng"),
                collective("doan-tn-tp-dbp", "Đoàn TNCS Hồ Chí Minh thành phố Điện Biên Phủ"),
                sinh);
        for (Recipient recipient : commended) {
            awards.add(award(recipient.id().value(), recipient.recipientKind(), clusterCommendation));
        }
        return new Seed(
                "004",
                Text.of(
                        "Cụm thi đua các huyện vùng thấp tỉnh Điện Biên tổng kết năm 2017",
                        "The lowland district cluster of Điện Biên province reviews 2017"),
                cluster,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(clusterCommendation),
                awards,
                commended,
                List.of(
                        Text.of(
                                "Tên huyện Cụm trưởng năm 2017 bị văn bản rác thay thế trong bài; Bí thư Huyện ủy được trích là của Tuần Giáo, nên Cụm trưởng năm 2017 là Tuần Giáo.",
                                "Spam text replaced the 2017 head district's name in the article; the party secretary quoted is Tuần Giáo's, so the 2017 head is Tuần Giáo."),
                        Text.of(
                                "Bài báo không ghi ngày hội nghị nên không ghi nhận giá trị Review; cách chọn Cụm trưởng ghi là luân phiên (bàn giao).",
                                "The article gives no date for the conference, so no Review value is recorded; the head is recorded as rotated (handed over)."),
                        Text.of(
                                "Huyện của xã Pú Nhung cũng bị văn bản rác thay thế; xã Pú Nhung thuộc huyện Tuần Giáo.",
                                "The district of Pú Nhung commune was replaced by spam text too; Pú Nhung is in Tuần Giáo district.")));
    }

    /**
     * Returns the illustrative indicator "new members admitted" used by the veterans' table.
     *
     * @return the indicator
     */
    public static Indicator newMembersIndicator() {
        return NEW_MEMBERS;
    }

    private static final Indicator NEW_MEMBERS = Indicator.builder()
            .id(Id.of("hoi-vien-moi"))
            .name(Name.of("Kết nạp hội viên mới"))
            .unitOfMeasure("hội viên")
            .direction(Direction.HIGHER_IS_BETTER)
            .build();

    /**
     * Returns an illustrative 100-point table of the kinds veterans' clusters use: a
     * leader-relative criterion on new members, qualitative criteria, a bonus and a deduction
     * (each capped at 3).
     *
     * @return the table
     */
    public static ScoringTable veteransTable() {
        return ScoringTable.builder()
                .id(Id.of("ccb-bang-diem"))
                .name(Name.of("Bảng chấm điểm thi đua Cụm (minh họa)"))
                .addRoots(
                        CriterionGroup.builder()
                                .code("I")
                                .name(Name.of("Xây dựng tổ chức Hội vững mạnh"))
                                .addChildren(
                                        criterion(
                                                "I.1",
                                                "Phát triển hội viên mới",
                                                "40",
                                                LeaderRelative.of(NEW_MEMBERS.id())),
                                        criterion("I.2", "Tập huấn cán bộ chủ chốt", "20", Qualitative.of()))
                                .build(),
                        CriterionGroup.builder()
                                .code("II")
                                .name(Name.of("Phong trào “Cựu chiến binh gương mẫu”"))
                                .addChildren(
                                        criterion(
                                                "II.1",
                                                "Giúp nhau giảm nghèo, làm kinh tế giỏi",
                                                "25",
                                                Qualitative.of()),
                                        criterion(
                                                "II.2", "Giáo dục truyền thống cho thế hệ trẻ", "15", Qualitative.of()))
                                .build(),
                        criterion("T", "Điểm thưởng: mô hình được khen thưởng", "3", Bonus.of(Points.parse("1"))),
                        criterion("D", "Điểm trừ: báo cáo chậm", "3", Deduction.of(Points.parse("0.5"))))
                .declaredMaxPoints(Points.of(100))
                .bonusCap(Points.of(3))
                .deductionCap(Points.of(3))
                .build();
    }

    private static Criterion criterion(String code, String name, String max, io.github.thidua.core.CriterionKind kind) {
        return Criterion.builder()
                .code(code)
                .name(Name.of(name))
                .maxPoints(Points.parse(max))
                .kind(kind)
                .build();
    }

    private static List<PledgedTarget> targets(List<Id> units, Id indicator, String... values) {
        List<PledgedTarget> targets = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            targets.add(PledgedTarget.builder()
                    .unit(units.get(i))
                    .indicator(indicator)
                    .value(new BigDecimal(values[i]))
                    .build());
        }
        return targets;
    }

    private static AwardRecord award(String recipient, RecipientKind kind, AwardKind award) {
        return AwardRecord.builder()
                .recipient(Id.of(recipient))
                .recipientKind(kind)
                .awardKind(award.id())
                .year(Year.of(2017))
                .build();
    }

    private static Collective province(String id, String province) {
        return collective(id, "Hội Cựu chiến binh tỉnh " + province, province);
    }

    private static Collective collective(String id, String name, String shortName) {
        return Collective.builder()
                .id(Id.of(id))
                .name(Name.of(name))
                .shortName(Name.of(shortName))
                .build();
    }

    private static Collective collective(String id, String name) {
        return Collective.of(Id.of(id), Name.of(name));
    }
}
