package io.github.thidua.examples.scenario;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.Name;
import io.github.thidua.core.Period;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.examples.SeedEvaluation;
import io.github.thidua.examples.SeedScenarios;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.RankingKind;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.TieBreakLink;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.Documents;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the seed scenarios' documents under {@code examples/data} once; the files are committed
 * and edited by hand from then on. Run with {@code -Dthidua.generate=true
 * -Dtest=ScenarioDataGenerator}; it is skipped otherwise. The scenario files themselves are
 * written by hand.
 */
class ScenarioDataGenerator {

    private static final Path DATA = Path.of("data");
    private static final Documents YAML = Documents.yaml();

    @Test
    @EnabledIfSystemProperty(named = "thidua.generate", matches = "true")
    void generate() throws IOException {
        cluster2();
        northwest();
        cluster5();
        bloc();
        lowland();
    }

    private static void cluster2() throws IOException {
        Path dir = DATA.resolve("1-cum-2-2023");
        EvaluationInput input = SeedEvaluation.input();
        String seed = "Seed 002 (Cụm Công tác thi đua số 2, Hội CCB Việt Nam, tổng kết năm 2023).\n";
        // The 2023 covenant was signed in February 2023: its cluster cannot yet record the head
        // acclaimed for 2024, which the vote decides.
        Cluster before = withoutRolesAfter(input.covenant().cluster(), 2023);
        write(
                dir.resolve("covenant-2023.yaml"),
                seed
                        + "The article reports the members and Phú Thọ as head for 2023; the new-member targets\n"
                        + "and the scoring table are illustrative (SeedEvaluation).",
                DocumentKind.COVENANT,
                rebuild(input.covenant(), before));
        write(
                dir.resolve("policy-2023.yaml"),
                seed
                        + "Illustrative policy shaped like the Veterans Association's regulations: 100-point table,\n"
                        + "bands, tie-breaks, flag for rank 1 (excellent), merit for ranks 2-3, cash (SeedEvaluation).",
                DocumentKind.POLICY,
                SeedEvaluation.policy());
        write(
                dir.resolve("assessments-2023.yaml"),
                seed + "The article gives no scores: every figure here is illustrative (SeedEvaluation).",
                DocumentKind.ASSESSMENTS,
                input.sheets());
        write(
                dir.resolve("ballots-2023.yaml"),
                seed
                        + "The article reports that the members acclaimed Yên Bái head for 2024; the ballots\n"
                        + "(all five members approving) are illustrative.",
                DocumentKind.BALLOTS,
                input.votes());
        write(
                dir.resolve("covenant-2024.yaml"),
                seed
                        + "The article reports that the members signed the 2024 covenant at the review; its contents\n"
                        + "follow the article, the targets and the table are illustrative.",
                DocumentKind.COVENANT,
                SeedScenarios.cluster2of2023().covenant().orElseThrow());
    }

    private static void northwest() throws IOException {
        Path dir = DATA.resolve("2-cum-1-tay-bac-2023");
        Cluster cluster = SeedScenarios.northwest2023().cluster();
        String seed = "Seed 000 (Cụm thi đua số 1 - Hội CCB các tỉnh Tây Bắc, tổng kết năm 2023 tại Điện Biên).\n";
        Covenant covenant = veteransCovenant(
                "ccb-cum-1-giao-uoc-2023",
                cluster,
                2023,
                LocalDate.of(2023, 2, 15),
                Map.of("dien-bien", "150", "son-la", "200", "lai-chau", "120", "lao-cai", "180"));
        write(
                dir.resolve("covenant-2023.yaml"),
                seed
                        + "The article reports the four members and Điện Biên as host of the review (the cluster's\n"
                        + "roles); the covenant's date, targets and table are illustrative.",
                DocumentKind.COVENANT,
                covenant);
        write(
                dir.resolve("policy-2023.yaml"),
                seed + "Illustrative policy: the article reports no ranking rules and no awards.",
                DocumentKind.POLICY,
                veteransPolicy("ccb-cum-1-quy-che", 2023, 2023, null));
        List<AssessmentSheet> sheets = List.of(
                veteransSheet("dien-bien", 2023, "180", true, true, 1, 0),
                veteransSheet("son-la", 2023, "230", true, true, 0, 0),
                veteransSheet("lai-chau", 2023, "120", true, true, 1, 0),
                veteransSheet("lao-cai", 2023, "171", true, false, 0, 0));
        write(
                dir.resolve("assessments-2023.yaml"),
                seed + "The article gives no scores: every figure here is illustrative.",
                DocumentKind.ASSESSMENTS,
                sheets);
    }

    private static final Indicator POVERTY = Indicator.builder()
            .id(Id.of("ho-thoat-ngheo"))
            .name(Name.of("Giúp hộ hội viên thoát nghèo"))
            .unitOfMeasure("hộ")
            .direction(Direction.HIGHER_IS_BETTER)
            .build();

    private static void cluster5() throws IOException {
        Path dir = DATA.resolve("3-cum-5-so-ket-2023");
        Cluster cluster = SeedScenarios.cluster5HalfYear2023().cluster();
        List<PledgedTarget> targets = new ArrayList<>();
        targets.addAll(targets(
                Map.of("ha-noi", "400", "bac-ninh", "250", "bac-giang", "300", "vinh-phuc", "200"),
                SeedScenarios.newMembersIndicator().id()));
        targets.addAll(
                targets(Map.of("ha-noi", "60", "bac-ninh", "40", "bac-giang", "50", "vinh-phuc", "30"), POVERTY.id()));
        Covenant covenant = Covenant.builder()
                .id(Id.of("ccb-cum-5-giao-uoc-2023"))
                .cluster(cluster)
                .period(Period.year(2023))
                .signedOn(LocalDate.of(2023, 3, 10))
                .addAllSignatories(cluster.memberIds())
                .addContents("Thi đua thực hiện chủ đề “Đoàn kết, Gương mẫu, Trách nhiệm, Sáng tạo, Hiệu quả”")
                .addIndicators(SeedScenarios.newMembersIndicator(), POVERTY)
                .addAllTargets(targets)
                .scoringTable(SeedScenarios.veteransTable())
                .build();
        write(
                dir.resolve("covenant-2023.yaml"),
                "Seed 003 (Cụm thi đua số 5, Hội CCB Việt Nam, sơ kết 6 tháng đầu năm 2023 tại Bắc Ninh).\n"
                        + "The article reports the members, Bắc Ninh as head and host, and the 2023 spirit; it gives no\n"
                        + "targets: the two indicators, the year's targets and the table are illustrative.",
                DocumentKind.COVENANT,
                covenant);
    }

    private static void bloc() throws IOException {
        Path dir = DATA.resolve("4-khoi-cq-dn-2024");
        Cluster cluster = SeedScenarios.bloc2024().cluster();
        String seed = "Seed 001 (Hội CCB Khối cơ quan và doanh nghiệp tỉnh: 6 tháng đầu năm 2024 và chuẩn bị tổng kết\n"
                + "phong trào “Cựu chiến binh gương mẫu” giai đoạn 2019–2024).\n";
        Map<String, String> targets =
                Map.of("ccb-so-tai-chinh", "10", "ccb-so-nong-nghiep", "12", "ccb-kho-bac", "8", "ccb-dien-luc", "15");
        write(
                dir.resolve("covenant-2024.yaml"),
                seed
                        + "The article names no members, targets or table: the four chapters, the yearly new-member\n"
                        + "targets (the same every year of the phase) and the table are illustrative.",
                DocumentKind.COVENANT,
                veteransCovenant("ccb-khoi-giao-uoc", cluster, 2024, LocalDate.of(2024, 1, 20), targets));
        write(
                dir.resolve("policy.yaml"),
                seed
                        + "Illustrative policy in force for the whole 2019–2024 phase; no awards (the article reports none).",
                DocumentKind.POLICY,
                veteransPolicy("ccb-khoi-quy-che", 2019, 2024, null));
        for (int year = 2019; year <= 2023; year++) {
            boolean first = year == 2019;
            List<AssessmentSheet> sheets = List.of(
                    veteransSheet("ccb-so-tai-chinh", year, first ? "10" : "11", true, true, 0, 0),
                    veteransSheet("ccb-so-nong-nghiep", year, first ? "13" : "12", true, true, 0, year == 2021 ? 1 : 0),
                    veteransSheet("ccb-kho-bac", year, first ? "9" : "10", true, true, 0, 0),
                    veteransSheet("ccb-dien-luc", year, "18", true, true, 0, 0));
            write(
                    dir.resolve("phase/assessments-" + year + ".yaml"),
                    seed + "Annual assessments for " + year + " of the phase: every figure is illustrative.",
                    DocumentKind.ASSESSMENTS,
                    sheets);
        }
    }

    private static final Indicator GROWTH = Indicator.builder()
            .id(Id.of("tang-truong-kinh-te"))
            .name(Name.of("Tốc độ tăng trưởng kinh tế"))
            .unitOfMeasure("%")
            .direction(Direction.HIGHER_IS_BETTER)
            .build();

    private static final Indicator POVERTY_RATE = Indicator.builder()
            .id(Id.of("giam-ty-le-ho-ngheo"))
            .name(Name.of("Giảm tỷ lệ hộ nghèo"))
            .unitOfMeasure("điểm %")
            .direction(Direction.HIGHER_IS_BETTER)
            .build();

    private static void lowland() throws IOException {
        Path dir = DATA.resolve("5-vung-thap-dien-bien-2017");
        var seed004 = SeedScenarios.lowlandDistricts2017();
        Cluster cluster = seed004.cluster();
        String seed =
                "Seed 004 (Cụm thi đua các huyện, thị xã, thành phố vùng thấp tỉnh Điện Biên, tổng kết năm 2017).\n";
        ScoringTable table = ScoringTable.builder()
                .id(Id.of("db-vung-thap-bang-diem"))
                .name(Name.of("Bảng chấm điểm thi đua Cụm vùng thấp (minh họa)"))
                .addRoots(
                        CriterionGroup.builder()
                                .code("I")
                                .name(Name.of("Phát triển kinh tế - xã hội"))
                                .addChildren(
                                        criterion(
                                                "I.1",
                                                "Tốc độ tăng trưởng kinh tế",
                                                "25",
                                                LeaderRelative.of(GROWTH.id())),
                                        criterion(
                                                "I.2",
                                                "Giảm tỷ lệ hộ nghèo",
                                                "25",
                                                LeaderRelative.of(POVERTY_RATE.id())))
                                .build(),
                        CriterionGroup.builder()
                                .code("II")
                                .name(Name.of("Quốc phòng - an ninh và công tác thi đua, khen thưởng"))
                                .addChildren(
                                        criterion("II.1", "Bảo đảm quốc phòng - an ninh", "25", Qualitative.of()),
                                        criterion("II.2", "Công tác thi đua, khen thưởng", "25", Qualitative.of()))
                                .build(),
                        criterion("T", "Điểm thưởng: mô hình được nhân rộng", "3", Bonus.of(Points.parse("1"))),
                        criterion("D", "Điểm trừ: báo cáo chậm", "3", Deduction.of(Points.parse("0.5"))))
                .declaredMaxPoints(Points.of(100))
                .bonusCap(Points.of(3))
                .deductionCap(Points.of(3))
                .build();
        var members = cluster.memberIds();
        List<PledgedTarget> targets = new ArrayList<>();
        targets.addAll(targets(
                Map.of(
                        "tuan-giao",
                        "8.0",
                        "tp-dien-bien-phu",
                        "9.0",
                        "muong-ang",
                        "8.0",
                        "huyen-dien-bien",
                        "8.5",
                        "tx-muong-lay",
                        "7.0"),
                GROWTH.id()));
        targets.addAll(targets(
                Map.of(
                        "tuan-giao",
                        "4.0",
                        "tp-dien-bien-phu",
                        "1.0",
                        "muong-ang",
                        "3.5",
                        "huyen-dien-bien",
                        "3.0",
                        "tx-muong-lay",
                        "2.0"),
                POVERTY_RATE.id()));
        Covenant covenant = Covenant.builder()
                .id(Id.of("db-vung-thap-giao-uoc-2017"))
                .cluster(cluster)
                .period(Period.year(2017))
                .signedOn(LocalDate.of(2017, 2, 20))
                .addAllSignatories(members)
                .addContents(
                        "Phong trào “Chung sức xây dựng nông thôn mới”",
                        "Phong trào “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”")
                .addIndicators(GROWTH, POVERTY_RATE)
                .addAllTargets(targets)
                .scoringTable(table)
                .build();
        write(
                dir.resolve("covenant-2017.yaml"),
                seed
                        + "The article reports the members (the head district's name was replaced by spam; it is Tuần\n"
                        + "Giáo), the head handed to Điện Biên district for 2018 (the cluster's roles) and the movements.\n"
                        + "The covenant's date, indicators, targets and table are illustrative.",
                DocumentKind.COVENANT,
                covenant);
        AwardLadder ladder = SeedEvaluation.ladder();
        Policy policy = Policy.builder()
                .id(Id.of("db-vung-thap-quy-che"))
                .version("2017.1")
                .name(Name.of("Quy chế thi đua Cụm vùng thấp tỉnh Điện Biên năm 2017 (minh họa)"))
                .addLegalReferences("Luật Thi đua, Khen thưởng năm 2003 (sửa đổi 2013)", "Nghị định 91/2017/NĐ-CP")
                .inForceFrom(LocalDate.of(2017, 1, 1))
                .inForceUntil(LocalDate.of(2017, 12, 31))
                .table(table)
                .rounding(rounding())
                .bands(SeedEvaluation.bands())
                .ranking(ranking())
                .awards(ladder)
                .build();
        write(
                dir.resolve("policy-2017.yaml"),
                seed
                        + "Illustrative policy: the province's flag for the leading district (rank 1, excellent) and\n"
                        + "certificates of merit for ranks 2-3, as the article's outcome suggests; no cash.",
                DocumentKind.POLICY,
                policy);
        List<AssessmentSheet> sheets = List.of(
                districtSheet("tuan-giao", "9.6", "5.0", 1),
                districtSheet("muong-ang", "9.2", "4.2", 0),
                districtSheet("tp-dien-bien-phu", "9.9", "1.1", 0),
                districtSheet("huyen-dien-bien", "8.5", "3.0", 0),
                districtSheet("tx-muong-lay", "6.65", "2.0", 1));
        write(
                dir.resolve("assessments-2017.yaml"),
                seed + "The article gives no scores: every figure here is illustrative.",
                DocumentKind.ASSESSMENTS,
                sheets);
        List<AwardRecord> commendations = seed004.awards().stream()
                .filter(a -> a.awardKind().value().equals("db-cum-vung-thap-giay-khen"))
                .toList();
        String text = "kind: awards\nversion: 1\n"
                + YAML.mapper()
                        .writeValueAsString(Map.of("body", commendations))
                        .replaceFirst("^---\\s*\n", "");
        Files.writeString(
                dir.resolve("awards-2017.yaml"),
                comment(seed
                                + "The article reports that the cluster's standing body gave certificates of commendation\n"
                                + "(giấy khen) to 4 collectives and 1 farming household, none of them members: these are the\n"
                                + "standing body's decisions, recorded as given (the engine has no input for them).")
                        + text,
                StandardCharsets.UTF_8);
    }

    private static AssessmentSheet districtSheet(String unit, String growth, String poverty, int bonuses) {
        return AssessmentSheet.builder()
                .unit(Id.of(unit))
                .period(Period.year(2017))
                .addEntries(
                        Assessment.builder()
                                .criterion("I.1")
                                .actual(new BigDecimal(growth))
                                .build(),
                        Assessment.builder()
                                .criterion("I.2")
                                .actual(new BigDecimal(poverty))
                                .build(),
                        Assessment.builder().criterion("II.1").achieved(true).build(),
                        Assessment.builder().criterion("II.2").achieved(true).build(),
                        Assessment.builder().criterion("T").occurrences(bonuses).build(),
                        Assessment.builder().criterion("D").occurrences(0).build())
                .build();
    }

    private static Covenant veteransCovenant(
            String id, Cluster cluster, int year, LocalDate signed, Map<String, String> targets) {
        return Covenant.builder()
                .id(Id.of(id))
                .cluster(cluster)
                .period(Period.year(year))
                .signedOn(signed)
                .addAllSignatories(cluster.memberIds())
                .addContents("Đẩy mạnh phong trào thi đua “Cựu chiến binh gương mẫu”")
                .addIndicators(SeedScenarios.newMembersIndicator())
                .addAllTargets(
                        targets(targets, SeedScenarios.newMembersIndicator().id()))
                .scoringTable(SeedScenarios.veteransTable())
                .build();
    }

    private static Policy veteransPolicy(String id, int from, int until, AwardLadder ladder) {
        Policy.Builder b = Policy.builder()
                .id(Id.of(id))
                .version(from + ".1")
                .name(Name.of("Quy chế thi đua (minh họa)"))
                .addLegalReferences("Luật Thi đua, khen thưởng", "Hướng dẫn của Trung ương Hội CCB Việt Nam")
                .inForceFrom(LocalDate.of(from, 1, 1))
                .inForceUntil(LocalDate.of(until, 12, 31))
                .table(SeedScenarios.veteransTable())
                .rounding(rounding())
                .bands(SeedEvaluation.bands())
                .ranking(ranking());
        if (ladder != null) {
            b.awards(ladder);
        }
        return b.build();
    }

    private static RoundingPlan rounding() {
        return RoundingPlan.builder()
                .criterion(Rounding.toScale(2, RoundingMode.HALF_UP))
                .total(Rounding.toScale(2, RoundingMode.HALF_UP))
                .build();
    }

    private static RankingRules ranking() {
        return RankingRules.builder()
                .kind(RankingKind.COMPETITION)
                .addChain(
                        TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", "I"))),
                        TieBreakLink.of("fewer-deductions"))
                .decider(Text.of("Cụm trưởng và Cụm phó", "the cluster head and deputy head"))
                .build();
    }

    private static AssessmentSheet veteransSheet(
            String unit, int year, String newMembers, boolean training, boolean youth, int bonuses, int late) {
        return AssessmentSheet.builder()
                .unit(Id.of(unit))
                .period(Period.year(year))
                .addEntries(
                        Assessment.builder()
                                .criterion("I.1")
                                .actual(new BigDecimal(newMembers))
                                .build(),
                        Assessment.builder().criterion("I.2").achieved(training).build(),
                        Assessment.builder().criterion("II.1").achieved(true).build(),
                        Assessment.builder().criterion("II.2").achieved(youth).build(),
                        Assessment.builder().criterion("T").occurrences(bonuses).build(),
                        Assessment.builder().criterion("D").occurrences(late).build())
                .build();
    }

    private static List<PledgedTarget> targets(Map<String, String> values, Id indicator) {
        return new java.util.TreeMap<>(values)
                .entrySet().stream()
                        .map(e -> PledgedTarget.builder()
                                .unit(Id.of(e.getKey()))
                                .indicator(indicator)
                                .value(new BigDecimal(e.getValue()))
                                .build())
                        .toList();
    }

    private static Criterion criterion(String code, String name, String max, CriterionKind kind) {
        return Criterion.builder()
                .code(code)
                .name(Name.of(name))
                .maxPoints(Points.parse(max))
                .kind(kind)
                .build();
    }

    private static Cluster withoutRolesAfter(Cluster c, int year) {
        Cluster.Builder b = Cluster.builder()
                .id(c.id())
                .kind(c.kind())
                .name(c.name())
                .organiser(c.organiser())
                .addAllMembers(c.members())
                .addAllSubGroups(c.subGroups())
                .addAllRoles(c.roles().stream()
                        .filter(r -> r.year().getValue() <= year)
                        .toList());
        c.number().ifPresent(b::number);
        return b.build();
    }

    private static Covenant rebuild(Covenant c, Cluster cluster) {
        Covenant.Builder b = Covenant.builder()
                .id(c.id())
                .cluster(cluster)
                .period(c.period())
                .signedOn(c.signedOn())
                .addAllSignatories(c.signatories())
                .addAllContents(c.contents())
                .addAllIndicators(c.indicators())
                .addAllTargets(c.targets())
                .scoringTable(c.scoringTable());
        c.term().ifPresent(b::term);
        return b.build();
    }

    private static void write(Path file, String comment, DocumentKind kind, Object body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, comment(comment) + YAML.write(kind, body), StandardCharsets.UTF_8);
    }

    private static String comment(String text) {
        StringBuilder out = new StringBuilder();
        text.lines().forEach(l -> out.append("# ").append(l).append('\n'));
        return out.toString();
    }
}
