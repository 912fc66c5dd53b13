package io.github.thidua.scoring.verify;

import static io.github.thidua.scoring.verify.VerifierFixtures.FLAG;
import static io.github.thidua.scoring.verify.VerifierFixtures.MERIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thidua.core.Text;
import io.github.thidua.scoring.AwardStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The verifier as a rule author uses it: the 2024 regulation of the Northwest veterans' cluster
 * ({@link VerifierFixtures#policy()}), checked on five members whose numbers are worked out by
 * hand, one clause of the regulation at a time. These tests are the examples of the rule-author
 * guide.
 */
class VerifierExamplesTest {

    @Test
    @DisplayName("a rule author proves the regulation in a few lines (the guide's example)")
    void guideExample_provesTheRegulationInAFewLines() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy()); // the regulation under test
        SmallCluster cluster = verifier.cluster("dien-bien", "son-la", "lai-chau")
                .target("dien-bien", "I.1", "150")
                .value("dien-bien", "I.1", "180") // ratio 1.2, the best: leads with the maximum 40
                .target("son-la", "I.1", "200")
                .value("son-la", "I.1", "230") // ratio 1.15: 20 + 20 × 0.15 / 0.2 = 35
                .target("lai-chau", "I.1", "100")
                .value("lai-chau", "I.1", "110") // ratio 1.1: 30
                .target("dien-bien", "II.1", 40)
                .value("dien-bien", "II.1", 40)
                .target("son-la", "II.1", 50)
                .value("son-la", "II.1", 50)
                .target("lai-chau", "II.1", 30)
                .value("lai-chau", "II.1", 24) // ratio 0.8: 25 × 0.8 = 20
                .achievedByAll("I.2", "II.2")
                .bonus("dien-bien", "T", 1)
                .decidedOn("2024-12-15");
        Verification result = verifier.given(cluster);
        result.unit("dien-bien").criterion("I.1").hasPoints(40).hasTotal(101).isProposedFor(FLAG);
        result.unit("son-la").criterion("I.1").hasPoints(35).hasRank(2).hasBand("excellent");
        result.unit("son-la").isProposedFor(MERIT).hasCash(4_680_000); // 2 × the base salary of 2,340,000
        result.unit("lai-chau").criterion("II.1").hasPoints(20).hasBand("good").isProposedFor(MERIT);
    }

    @Test
    @DisplayName("criterion points: leader-relative, quantitative, qualitative, bonus and deduction")
    void criteria_scoreAsTheTableSays() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        verifier.given(VerifierFixtures.cluster(verifier))
                // I.1, leader-relative: the best ratio (1.2) leads with the maximum 40; 1.15 earns
                // 20 + 20 × 0.15 / 0.2 = 35; below target, 0.95 earns 20 × 0.95 = 19.
                .unit("dien-bien")
                .criterion("I.1")
                .hasPoints("40")
                .criterion("I.1")
                .hasExplanationContaining("1.2")
                .unit("son-la")
                .criterion("I.1")
                .hasPoints("35")
                .unit("lao-cai")
                .criterion("I.1")
                .hasPoints("19")
                // II.1, quantitative: 25 × 24 / 30 = 20.
                .unit("lai-chau")
                .criterion("II.1")
                .hasPoints("20")
                // II.2, qualitative: not achieved earns 0.
                .unit("lao-cai")
                .criterion("II.2")
                .hasPoints(0)
                // T, bonus: one model, one point; D, deduction: two late reports, −1.
                .unit("hoa-binh")
                .criterion("T")
                .hasPoints(1)
                .criterion("D")
                .hasPoints("-1.0");
    }

    @Test
    @DisplayName("subtotals and totals: groups, then bonus and deductions")
    void totals_addGroupsBonusAndDeductions() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        verifier.given(VerifierFixtures.cluster(verifier))
                .unit("dien-bien")
                .hasSubtotal("I", 60)
                .hasSubtotal("II", 40)
                .hasTotal(101)
                .unit("hoa-binh")
                .hasSubtotal("I", "55")
                .hasTotal("95.00")
                .unit("lao-cai")
                .hasSubtotal("II", "25")
                .hasTotal("64");
    }

    @Test
    @DisplayName("bands: 95 with no criterion at zero is Excellent; a zero criterion keeps a unit out")
    void bands_followRangeAndGuard() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        SmallCluster cluster = VerifierFixtures.cluster(verifier);
        verifier.given(cluster)
                .unit("son-la")
                .hasBand("excellent")
                .unit("lai-chau")
                .hasBand("good")
                .unit("lao-cai")
                .hasBand("completed");
        // Sơn La with II.2 not achieved: 80 points, and the guard would keep it out of Excellent
        // anyway. The same cluster, one input changed.
        verifier.given(cluster.notAchieved("son-la", "II.2"))
                .unit("son-la")
                .criterion("II.2")
                .hasPoints(0)
                .hasTotal(80)
                .hasBand("completed");
    }

    @Test
    @DisplayName("ranking: level on 95, Sơn La goes ahead of Hòa Bình by fewer deductions")
    void ranking_breaksTheTieByFewerDeductions() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        verifier.given(VerifierFixtures.cluster(verifier))
                .ranksInOrder("dien-bien", "son-la", "hoa-binh", "lai-chau", "lao-cai")
                // Group I is level (55 each), so the second link decides.
                .unit("son-la")
                .hasRank(2)
                .tieDecidedBy("fewer-deductions")
                .unit("hoa-binh")
                .hasRank(3)
                .tieDecidedBy("fewer-deductions")
                .unit("dien-bien")
                .hasRank(1);
    }

    @Test
    @DisplayName("ranking: a tie no link separates is left to the head and deputy")
    void ranking_leavesAnUnbreakableTieToTheDecider() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        // Hòa Bình without its bonus and deductions is Sơn La's twin on every key of the chain.
        SmallCluster twins =
                VerifierFixtures.cluster(verifier).bonus("hoa-binh", "T", 0).deduction("hoa-binh", "D", 0);
        verifier.given(twins)
                .unit("son-la")
                .hasRank(2)
                .isTiedWith("hoa-binh")
                .hasExplanationContaining("the cluster head and deputy head")
                .unit("hoa-binh")
                .hasRank(2)
                .isTiedWith("son-la")
                .unit("lai-chau")
                .hasRank(4);
    }

    @Test
    @DisplayName("awards: flag for the leader, merit within the quota, an ineligible unit, a quota cut, cash")
    void awards_followTheLadder() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        verifier.given(VerifierFixtures.cluster(verifier))
                // 8 × 2,340,000 = 18,720,000 đồng.
                .unit("dien-bien")
                .isProposedFor(FLAG)
                .hasCash(18_720_000)
                .unit("son-la")
                .isProposedFor(MERIT)
                .hasCash("4680000")
                // Under investigation: fails no-pending-matters, and its place goes to Lai Châu.
                .unit("hoa-binh")
                .isIneligibleFor(MERIT, "no-pending-matters")
                .hasAwardStatus(AwardStatus.INELIGIBLE)
                .hasNoCash()
                .unit("lai-chau")
                .isProposedFor(MERIT)
                // Two certificates of merit, and Lào Cai is the third qualifying unit.
                .unit("lao-cai")
                .isCutByQuota(MERIT)
                .hasAwardStatus(AwardStatus.CUT_BY_QUOTA);
    }

    @Test
    @DisplayName("votes: Sơn La acclaimed head; no majority for deputy leaves it undecided")
    void votes_electOrLeaveUndecided() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        SmallCluster cluster = VerifierFixtures.cluster(verifier)
                .vote("cum-truong-2025", "son-la")
                .ballot("cum-truong-2025", "dien-bien", "son-la")
                .ballot("cum-truong-2025", "son-la", "son-la")
                .ballot("cum-truong-2025", "lai-chau", "son-la")
                .ballot("cum-truong-2025", "lao-cai", "son-la")
                .ballot("cum-truong-2025", "hoa-binh") // blank
                .vote("cum-pho-2025", "lai-chau", "lao-cai")
                .ballot("cum-pho-2025", "dien-bien", "lai-chau")
                .ballot("cum-pho-2025", "son-la", "lao-cai")
                .ballot("cum-pho-2025", "lai-chau", "lai-chau")
                .ballot("cum-pho-2025", "lao-cai", "lao-cai");
        // A majority of the whole membership (3 of 5) is needed.
        verifier.given(cluster)
                .vote("cum-truong-2025")
                .elected("son-la")
                .decided()
                .hasVotes("son-la", 4)
                .vote("cum-pho-2025")
                .electedNobody()
                .undecided()
                .hasVotes("lai-chau", 2);
    }

    @Test
    @DisplayName("the examples in the javadoc of the verify package hold on the worked example")
    void javadocExamples_holdOnTheWorkedExample() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        SmallCluster cluster = VerifierFixtures.cluster(verifier)
                .vote("cum-truong-2025", "son-la")
                .ballot("cum-truong-2025", "dien-bien", "son-la")
                .ballot("cum-truong-2025", "son-la", "son-la")
                .ballot("cum-truong-2025", "lai-chau", "son-la")
                .ballot("cum-truong-2025", "lao-cai", "son-la");
        Verification verification = verifier.given(cluster);
        // Verification
        verifier.given(cluster)
                .unit("son-la")
                .criterion("I.1")
                .hasPoints("35")
                .hasTotal("95")
                .hasBand("excellent")
                .unit("hoa-binh")
                .hasRank(3)
                .isIneligibleFor("ministry-province-merit", "no-pending-matters")
                .vote("cum-truong-2025")
                .elected("son-la");
        // Verification.softly
        verifier.given(cluster).softly(v -> {
            v.unit("dien-bien").hasTotal("101").hasRank(1);
            v.unit("son-la").hasTotal("95").hasRank(2);
        });
        // UnitAssertions
        verification
                .unit("son-la")
                .criterion("I.1")
                .hasPoints("35")
                .hasSubtotal("I", "55")
                .hasTotal("95")
                .hasBand("excellent")
                .hasRank(2)
                .tieDecidedBy("fewer-deductions")
                .isProposedFor("ministry-province-merit")
                .hasCash(4_680_000);
        // CriterionAssertions
        verification
                .unit("lao-cai")
                .criterion("I.1")
                .hasPoints("19")
                .criterion("II.2")
                .hasPoints(0);
        // VoteAssertions
        verification.vote("cum-truong-2025").elected("son-la").hasVotes("son-la", 4);
        // VerificationFailure
        VerificationFailure failure = catchThrowableOfType(
                VerificationFailure.class,
                () -> verification.unit("lao-cai").criterion("II.2").hasPoints("15"));
        assertThat(failure.getMessage())
                .isEqualTo("Unit lao-cai, criterion II.2: expected points 15, actual 0.\n"
                        + "Why:\n"
                        + "  II.2 Giáo dục truyền thống cho thế hệ trẻ: 0 / 15 points (criterion: II.2, kind: qualitative)\n"
                        + "    Not achieved: 15 × 0 = 0 (achieved: false, max: 15, fractionIfNotAchieved: 0)");
    }

    @Test
    @DisplayName("softly: every failed check of a block is reported at once")
    void softly_reportsEveryFailure() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        Verification verification = verifier.given(VerifierFixtures.cluster(verifier));
        VerificationFailure failure = catchThrowableOfType(
                VerificationFailure.class,
                () -> verification.softly(v -> {
                    v.unit("dien-bien").hasTotal("100").hasRank(1);
                    v.unit("son-la").hasRank(3).hasBand("excellent");
                    v.unit("nobody").hasTotal(1);
                }));
        assertThat(failure.failures()).hasSize(3);
        assertThat(failure.getMessage())
                .startsWith("3 checks failed:")
                .contains("1) Unit dien-bien: expected total 100, actual 101.")
                .contains("2) Unit son-la: expected rank 3, actual 2.")
                .contains("3) Unit nobody: expected in the result present, actual absent.")
                .contains("The units in the result: dien-bien, hoa-binh, lai-chau, lao-cai, son-la");
        assertThat(failure.getSuppressed()).hasSize(3);
        // Checks that hold return normally, softly or not.
        assertThat(verification.softly(v -> v.unit("dien-bien").hasTotal(101))).isSameAs(verification);
    }

    @Test
    @DisplayName("the failure of a worked example tells a Vietnamese author what and why in Vietnamese")
    void failure_inVietnamese() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy()).inLanguage(Text.VIETNAMESE);
        VerificationFailure failure = catchThrowableOfType(
                VerificationFailure.class,
                () -> verifier.given(VerifierFixtures.cluster(verifier))
                        .unit("lao-cai")
                        .criterion("II.2")
                        .hasPoints("15"));
        assertThat(failure.getMessage())
                .startsWith("Đơn vị lao-cai, tiêu chí II.2: điểm mong đợi 15, thực tế 0.")
                .contains("Giải thích:")
                .contains("II.2 Giáo dục truyền thống cho thế hệ trẻ: 0 / 15 điểm")
                .contains("Không đạt");
    }
}
