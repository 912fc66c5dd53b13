package io.github.thidua.scoring.verify;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Id;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.Name;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.Band;
import io.github.thidua.scoring.BandGuard;
import io.github.thidua.scoring.BandScheme;
import io.github.thidua.scoring.BaseSalaryTable;
import io.github.thidua.scoring.CashRewardTable;
import io.github.thidua.scoring.EligibilityRule;
import io.github.thidua.scoring.GuardFallback;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Quota;
import io.github.thidua.scoring.RankingKind;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.StraddleRule;
import io.github.thidua.scoring.TieBreakLink;
import io.github.thidua.scoring.spi.Parameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/**
 * The worked example of the verifier tests: a 2024 regulation of a veterans' cluster in the
 * Northwest (Cụm thi đua số 1, Hội CCB các tỉnh Tây Bắc), shaped like the seed's illustrative
 * policy and the domain notes, and five members whose numbers are worked out by hand.
 */
final class VerifierFixtures {

    static final String FLAG = AwardKinds.MINISTRY_PROVINCE_FLAG.id().value();
    static final String MERIT = AwardKinds.MINISTRY_PROVINCE_MERIT.id().value();

    private VerifierFixtures() {}

    /**
     * The 100-point table: I.1 new members (leader-relative, 40), I.2 training (qualitative, 20),
     * II.1 households out of poverty (quantitative, 25), II.2 education of the young (qualitative,
     * 15), bonus T (1 per model, up to 3), deduction D (0.5 per late report, up to 3).
     */
    static ScoringTable table() {
        return ScoringTable.builder()
                .id(Id.of("ccb-bang-diem-2024"))
                .name(Name.of("Bảng chấm điểm thi đua Cụm số 1 năm 2024"))
                .addRoots(
                        CriterionGroup.builder()
                                .code("I")
                                .name(Name.of("Xây dựng tổ chức Hội vững mạnh"))
                                .addChildren(
                                        criterion(
                                                "I.1",
                                                "Phát triển hội viên mới",
                                                "40",
                                                LeaderRelative.of(Id.of("hoi-vien-moi"))),
                                        criterion("I.2", "Tập huấn cán bộ chủ chốt", "20", Qualitative.of()))
                                .build(),
                        CriterionGroup.builder()
                                .code("II")
                                .name(Name.of("Phong trào “Cựu chiến binh gương mẫu”"))
                                .addChildren(
                                        criterion(
                                                "II.1",
                                                "Hộ hội viên thoát nghèo",
                                                "25",
                                                Quantitative.of(Id.of("ho-thoat-ngheo"))),
                                        criterion(
                                                "II.2", "Giáo dục truyền thống cho thế hệ trẻ", "15", Qualitative.of()))
                                .build(),
                        criterion("T", "Điểm thưởng: mô hình được khen thưởng", "3", Bonus.of(Points.of(1))),
                        criterion("D", "Điểm trừ: báo cáo chậm", "3", Deduction.of(Points.parse("0.5"))))
                .declaredMaxPoints(Points.of(100))
                .bonusCap(Points.of(3))
                .deductionCap(Points.of(3))
                .build();
    }

    /**
     * The regulation: the table above rounded to 0.01; Excellent ≥ 95 with no criterion at zero,
     * Good 85 to below 95, Completed below 85; ties broken by group I's subtotal, then fewer
     * deductions, else the head and deputy decide; rank 1 and Excellent → the organiser's flag
     * (quota 1), ranks 2–5 → certificates of merit (quota 2), both without pending matters; cash
     * 8× and 2× the base salary.
     */
    static Policy policy() {
        return policy(2);
    }

    /** The regulation with another quota of certificates of merit. */
    static Policy policy(int meritQuota) {
        return policy(meritQuota, true, true);
    }

    /** The regulation with another quota of certificates of merit, with or without bands and awards. */
    static Policy policy(int meritQuota, boolean bands, boolean awards) {
        Policy.Builder policy = Policy.builder()
                .id(Id.of("ccb-cum-1-quy-che"))
                .version("2024.1")
                .name(Name.of("Quy chế thi đua Cụm số 1 - Hội CCB các tỉnh Tây Bắc năm 2024 (minh họa)"))
                .addLegalReferences("Luật Thi đua, khen thưởng số 06/2022/QH15", "Nghị định 98/2023/NĐ-CP")
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .inForceUntil(LocalDate.of(2024, 12, 31))
                .table(table())
                .rounding(RoundingPlan.builder()
                        .criterion(Rounding.toScale(2, RoundingMode.HALF_UP))
                        .total(Rounding.toScale(2, RoundingMode.HALF_UP))
                        .build())
                .ranking(RankingRules.builder()
                        .kind(RankingKind.COMPETITION)
                        .addChain(
                                TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", "I"))),
                                TieBreakLink.of("fewer-deductions"))
                        .decider(Text.of("Cụm trưởng và Cụm phó", "the cluster head and deputy head"))
                        .build())
                .cash(CashRewardTable.builder()
                        .baseSalaries(BaseSalaryTable.vietnam())
                        .putMultipliers(AwardKinds.MINISTRY_PROVINCE_FLAG.id(), new BigDecimal("8"))
                        .putMultipliers(AwardKinds.MINISTRY_PROVINCE_MERIT.id(), new BigDecimal("2"))
                        .build());
        if (bands) {
            policy.bands(BandScheme.builder()
                    .addBands(
                            Band.builder()
                                    .code("excellent")
                                    .label(Text.of("Hoàn thành xuất sắc nhiệm vụ", "Excellent"))
                                    .min(Points.of(95))
                                    .addGuards(BandGuard.noCriterionZero())
                                    .build(),
                            Band.builder()
                                    .code("good")
                                    .label(Text.of("Hoàn thành tốt nhiệm vụ", "Good"))
                                    .min(Points.of(85))
                                    .maxExclusive(Points.of(95))
                                    .build(),
                            Band.builder()
                                    .code("completed")
                                    .label(Text.of("Hoàn thành nhiệm vụ", "Completed"))
                                    .maxExclusive(Points.of(85))
                                    .build())
                    .guardFallback(GuardFallback.NEXT_LOWER_BAND)
                    .build());
        }
        if (awards) {
            policy.awards(AwardLadder.builder()
                    .addSteps(
                            AwardStep.builder()
                                    .award(AwardKinds.MINISTRY_PROVINCE_FLAG)
                                    .fromRank(1)
                                    .toRank(1)
                                    .addBands("excellent")
                                    .addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()))
                                    .quota(Quota.ofCount(1, StraddleRule.CONTINUE_TIE_CHAIN))
                                    .build(),
                            AwardStep.builder()
                                    .award(AwardKinds.MINISTRY_PROVINCE_MERIT)
                                    .fromRank(2)
                                    .toRank(5)
                                    .addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()))
                                    .quota(Quota.ofCount(meritQuota, StraddleRule.CONTINUE_TIE_CHAIN))
                                    .build())
                    .build());
        }
        return policy.build();
    }

    /**
     * The five members' year, worked out by hand:
     *
     * <pre>
     * unit       I.1 (new members)        I.2  II.1 (households)  II.2  T  D     total  rank
     * dien-bien  180/150 = 1.2: leads 40   20   40/40 = 1: 25       15    1  0     101    1
     * son-la     230/200 = 1.15: 35        20   50/50: 25           15    0  0      95    2 (fewer deductions)
     * hoa-binh   115/100 = 1.15: 35        20   40/40: 25           15    1  -1     95    3
     * lai-chau   110/100 = 1.1: 30         20   24/30 = 0.8: 20     15    0  0      85    4
     * lao-cai    171/180 = 0.95: 19        20   20/20: 25            0    0  0      64    5
     * </pre>
     *
     * Hòa Bình is under investigation; the decision is dated 15 Dec 2024 (base salary 2,340,000).
     */
    static SmallCluster cluster(PolicyVerifier verifier) {
        return base(verifier).underInvestigation("hoa-binh").decidedOn("2024-12-15");
    }

    /** The five members' scores as in {@link #cluster}, with nobody under investigation and no decision date. */
    static SmallCluster base(PolicyVerifier verifier) {
        return verifier.cluster("dien-bien", "son-la", "hoa-binh", "lai-chau", "lao-cai")
                .name("dien-bien", "Hội CCB tỉnh Điện Biên")
                .name("son-la", "Hội CCB tỉnh Sơn La")
                .name("hoa-binh", "Hội CCB tỉnh Hòa Bình")
                .name("lai-chau", "Hội CCB tỉnh Lai Châu")
                .name("lao-cai", "Hội CCB tỉnh Lào Cai")
                .target("dien-bien", "I.1", "150")
                .value("dien-bien", "I.1", "180")
                .target("son-la", "I.1", "200")
                .value("son-la", "I.1", "230")
                .target("hoa-binh", "I.1", "100")
                .value("hoa-binh", "I.1", "115")
                .target("lai-chau", "I.1", "100")
                .value("lai-chau", "I.1", "110")
                .target("lao-cai", "I.1", "180")
                .value("lao-cai", "I.1", "171")
                .target("dien-bien", "II.1", 40)
                .value("dien-bien", "II.1", 40)
                .target("son-la", "II.1", 50)
                .value("son-la", "II.1", 50)
                .target("hoa-binh", "II.1", 40)
                .value("hoa-binh", "II.1", 40)
                .target("lai-chau", "II.1", 30)
                .value("lai-chau", "II.1", 24)
                .target("lao-cai", "II.1", 20)
                .value("lao-cai", "II.1", 20)
                .achieved("dien-bien", "I.2")
                .achieved("son-la", "I.2")
                .achieved("hoa-binh", "I.2")
                .achieved("lai-chau", "I.2")
                .achieved("lao-cai", "I.2")
                .achieved("dien-bien", "II.2")
                .achieved("son-la", "II.2")
                .achieved("hoa-binh", "II.2")
                .achieved("lai-chau", "II.2")
                .notAchieved("lao-cai", "II.2")
                .bonus("dien-bien", "T", 1)
                .bonus("hoa-binh", "T", 1)
                .deduction("hoa-binh", "D", 2);
    }

    private static Criterion criterion(String code, String name, String max, CriterionKind kind) {
        return Criterion.builder()
                .code(code)
                .name(Name.of(name))
                .maxPoints(Points.parse(max))
                .kind(kind)
                .build();
    }
}
