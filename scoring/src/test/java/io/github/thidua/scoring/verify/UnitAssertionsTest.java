package io.github.thidua.scoring.verify;

import static io.github.thidua.scoring.verify.VerifierFixtures.FLAG;
import static io.github.thidua.scoring.verify.VerifierFixtures.MERIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.AwardStatus;
import io.github.thidua.scoring.Policy;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each check on a unit passes on the worked example and fails with a message that gives what was
 * checked, the expected and actual values and the explanation of the result.
 */
class UnitAssertionsTest {

    private static PolicyVerifier verifier;
    private static Verification example;

    @BeforeAll
    static void evaluateTheWorkedExampleOnce() {
        verifier = PolicyVerifier.of(VerifierFixtures.policy());
        example = verifier.given(VerifierFixtures.cluster(verifier));
    }

    private static VerificationFailure failure(ThrowingCallable check) {
        VerificationFailure f = catchThrowableOfType(VerificationFailure.class, check);
        assertThat(f).as("the check must fail").isNotNull();
        return f;
    }

    @Test
    void hasTotal_passesOnTheExactValue_andFailsWithTheTotalsExplanation() {
        example.unit("hoa-binh").hasTotal("95").hasTotal("95.000").hasTotal(95);

        VerificationFailure f = failure(() -> example.unit("hoa-binh").hasTotal("96"));
        assertThat(f.getMessage())
                .startsWith("Unit hoa-binh: expected total 96, actual 95.\nWhy:\n")
                .contains("Total of Hội CCB tỉnh Hòa Bình: 95 = 95 + 1 − 1")
                .contains("Deductions: 1");
        assertThat(f.subject()).isEqualTo("Unit hoa-binh: total");
        assertThat(f.expected()).isEqualTo("96");
        assertThat(f.actual()).isEqualTo("95");
        assertThat(f.explanation()).get().asString().startsWith("  Total of Hội CCB tỉnh Hòa Bình");
        assertThat(f.failures()).containsExactly(f);
    }

    @Test
    void hasSubtotal_failsWithTheGroupsExplanation_orListsTheGroups() {
        example.unit("lai-chau").hasSubtotal("I", "50").hasSubtotal("II", 35);

        assertThat(failure(() -> example.unit("lai-chau").hasSubtotal("II", "40"))
                        .getMessage())
                .startsWith("Unit lai-chau: expected subtotal of group II 40, actual 35.")
                .contains("Group II Phong trào “Cựu chiến binh gương mẫu”: 35 / 40 points")
                .contains("II.1 Hộ hội viên thoát nghèo: 20 / 25 points")
                .doesNotContain("I.1 Phát triển");
        assertThat(failure(() -> example.unit("lai-chau").hasSubtotal("III", "1"))
                        .getMessage())
                .isEqualTo("Unit lai-chau: expected subtotal of group III 1, actual no such group.\n"
                        + "The groups of the table: I, II");
    }

    @Test
    void hasBand_failsWithTheBandsExplanation_orListsTheBands() {
        example.unit("lao-cai").hasBand("completed");

        assertThat(failure(() -> example.unit("lao-cai").hasBand("good")).getMessage())
                .startsWith("Unit lao-cai: expected band good, actual completed.\nWhy:\n  Band: Completed")
                .contains("Total 64 is in the range of Completed");
        assertThat(failure(() -> example.unit("lao-cai").hasBand("weak")).getMessage())
                .startsWith("Unit lao-cai: expected band weak, actual completed.\n"
                        + "The policy's bands: excellent, good, completed\nWhy:");
    }

    @Test
    void hasBand_whenThePolicyHasNoBands_saysSo() {
        Policy noBands = VerifierFixtures.policy(2, false, true);
        PolicyVerifier plain = PolicyVerifier.of(noBands);
        Verification result = plain.given(VerifierFixtures.base(plain).decidedOn("2024-12-15"));
        // Without bands the flag step, which asks for Excellent, selects nobody.
        result.unit("dien-bien").hasAwardStatus(AwardStatus.NOT_QUALIFIED);
        assertThat(failure(() -> result.unit("dien-bien").hasBand("excellent")).getMessage())
                .isEqualTo("Unit dien-bien: expected band excellent, actual none.\nThe policy has no bands.");
    }

    @Test
    void hasRank_failsWithTheRanksExplanation() {
        example.unit("lao-cai").hasRank(5);

        assertThat(failure(() -> example.unit("hoa-binh").hasRank(2)).getMessage())
                .startsWith("Unit hoa-binh: expected rank 2, actual 3.\nWhy:\n")
                .contains("Position 3: level on 95 points with son-la; separated by tie-breaker 'fewer-deductions'");
    }

    @Test
    void tieDecidedBy_failsWithTheChainAndTheRanksExplanation() {
        example.unit("son-la").tieDecidedBy("fewer-deductions");

        assertThat(failure(() -> example.unit("son-la").tieDecidedBy("group-subtotal"))
                        .getMessage())
                .startsWith("Unit son-la: expected tie decided by group-subtotal, actual fewer-deductions.\n"
                        + "The policy's tie-break chain: group-subtotal, fewer-deductions\nWhy:\n")
                .contains("separated by tie-breaker 'fewer-deductions'");
        // Level with nobody, nothing had to decide.
        assertThat(failure(() -> example.unit("dien-bien").tieDecidedBy("fewer-deductions"))
                        .getMessage())
                .startsWith("Unit dien-bien: expected tie decided by fewer-deductions, actual no tie-breaker "
                        + "(level with no one).");
    }

    @Test
    void isTiedWith_passesOnAnUnresolvedTie_andFailsOtherwise() {
        SmallCluster twins =
                VerifierFixtures.cluster(verifier).bonus("hoa-binh", "T", 0).deduction("hoa-binh", "D", 0);
        Verification tied = verifier.given(twins);
        tied.unit("hoa-binh").isTiedWith("son-la");

        assertThat(failure(() -> tied.unit("son-la").tieDecidedBy("fewer-deductions"))
                        .actual())
                .isEqualTo("unresolved, tied with hoa-binh");
        assertThat(failure(() -> tied.unit("son-la").isTiedWith("hoa-binh", "lai-chau"))
                        .getMessage())
                .startsWith("Unit son-la: expected unresolved tie with hoa-binh, lai-chau, actual hoa-binh.")
                .contains("awaits a decision by the cluster head and deputy head");
        assertThat(failure(() -> example.unit("son-la").isTiedWith("hoa-binh")).getMessage())
                .startsWith("Unit son-la: expected unresolved tie with hoa-binh, actual none.");
    }

    @Test
    void isProposedFor_failsWithTheAwardDecisionsExplanation() {
        example.unit("dien-bien").isProposedFor(FLAG);

        assertThat(failure(() -> example.unit("son-la").isProposedFor(FLAG)).getMessage())
                .startsWith("Unit son-la: expected award proposed for ministry-province-flag, "
                        + "actual proposed for ministry-province-merit.\nWhy:\n")
                .contains("Proposed for the Certificate of Merit")
                .contains("Step 1 (Emulation Flag")
                .contains("not selected");
        assertThat(failure(() -> example.unit("lao-cai").isProposedFor(MERIT)).actual())
                .isEqualTo("CUT_BY_QUOTA (cut by the quota)");
    }

    @Test
    void isCutByQuota_failsWithWhatTheStepDecided() {
        example.unit("lao-cai").isCutByQuota(MERIT);

        VerificationFailure f = failure(() -> example.unit("lai-chau").isCutByQuota(MERIT));
        assertThat(f.expected()).isEqualTo("cut by the quota of ministry-province-merit");
        assertThat(f.actual())
                .startsWith("Step 2 (Certificate of Merit")
                .endsWith("within the quota 2 = 2 of 3 qualifying units");
        assertThat(f.getMessage()).contains("Why:\n  Proposed for the Certificate of Merit");
        // The leader is proposed at step 1 and never reaches the step of the certificate.
        assertThat(failure(() -> example.unit("dien-bien").isCutByQuota(MERIT)).actual())
                .isEqualTo("step 2 not reached (proposed or held at an earlier step)");
    }

    @Test
    void isIneligibleFor_checksTheReasonInEitherLanguage() {
        example.unit("hoa-binh")
                .isIneligibleFor(MERIT)
                .isIneligibleFor(MERIT, "no-pending-matters")
                .isIneligibleFor(MERIT, "fails no-pending-matters");

        VerificationFailure wrongReason =
                failure(() -> example.unit("hoa-binh").isIneligibleFor(MERIT, "member-share"));
        assertThat(wrongReason.expected())
                .isEqualTo("ineligible for ministry-province-merit because of “member-share”");
        assertThat(wrongReason.actual()).contains("fails no-pending-matters");
        assertThat(failure(() -> example.unit("son-la").isIneligibleFor(MERIT)).actual())
                .contains("within the quota");
    }

    @Test
    void isUndecidedAtQuotaLine_passesWhenATieStraddlesTheLine() {
        // One certificate for two units tied at rank 2 that no link separates.
        PolicyVerifier oneMerit = PolicyVerifier.of(VerifierFixtures.policy(1));
        Verification result = oneMerit.given(
                VerifierFixtures.base(oneMerit).bonus("hoa-binh", "T", 0).deduction("hoa-binh", "D", 0));
        result.unit("son-la")
                .isUndecidedAtQuotaLine(MERIT)
                .hasAwardStatus(AwardStatus.UNDECIDED_AT_QUOTA_LINE)
                .unit("hoa-binh")
                .isUndecidedAtQuotaLine(MERIT)
                .unit("lai-chau")
                .isCutByQuota(MERIT);

        assertThat(failure(() -> example.unit("lao-cai").isUndecidedAtQuotaLine(MERIT))
                        .getMessage())
                .startsWith("Unit lao-cai: expected award undecided at the quota line of ministry-province-merit, "
                        + "actual Step 2 (Certificate of Merit");
    }

    @Test
    void hasAwardStatus_failsWithTheStatusAndItsLabel() {
        example.unit("lao-cai").hasAwardStatus(AwardStatus.CUT_BY_QUOTA);

        assertThat(failure(() -> example.unit("lao-cai").hasAwardStatus(AwardStatus.NOT_QUALIFIED))
                        .getMessage())
                .startsWith("Unit lao-cai: expected award status NOT_QUALIFIED (not selected by any step), "
                        + "actual CUT_BY_QUOTA (cut by the quota).");
    }

    @Test
    void awardChecks_listTheLaddersAwards_forAnUnknownAwardKind() {
        assertThat(failure(() -> example.unit("lao-cai").isCutByQuota("bang-khen"))
                        .getMessage())
                .isEqualTo("Unit lao-cai: expected award bang-khen, actual not in the award ladder.\n"
                        + "The awards of the ladder: ministry-province-flag, ministry-province-merit");
    }

    @Test
    void awardChecks_sayThatThePolicyHasNoLadder() {
        Policy noAwards = VerifierFixtures.policy(2, true, false);
        PolicyVerifier plain = PolicyVerifier.of(noAwards);
        Verification result = plain.given(VerifierFixtures.base(plain));
        assertThat(failure(() -> result.unit("dien-bien").isProposedFor(FLAG)).getMessage())
                .isEqualTo("Unit dien-bien: expected award ministry-province-flag, actual none.\n"
                        + "The policy has no award ladder.");
    }

    @Test
    void hasCash_failsWithHowTheCashWasComputed() {
        example.unit("lai-chau").hasCash(4_680_000).hasCash("4680000");

        assertThat(failure(() -> example.unit("dien-bien").hasCash(14_400_000)).getMessage())
                .startsWith("Unit dien-bien: expected cash VND 14,400,000, actual VND 18,720,000.\nWhy:\n")
                .contains("2,340,000");
    }

    @Test
    void hasCash_withoutADecisionDate_tellsWhereTheCashWent() {
        Verification undated = verifier.given(VerifierFixtures.base(verifier));
        undated.unit("dien-bien").isProposedFor(FLAG).hasNoCash();

        assertThat(failure(() -> undated.unit("dien-bien").hasCash(18_720_000)).getMessage())
                .startsWith("Unit dien-bien: expected cash VND 18,720,000, actual none.\n"
                        + "The input has no decision date: add decidedOn(…).\nWhy:\n  Proposed for the Emulation Flag");
        assertThat(failure(() -> example.unit("lao-cai").hasCash(1)).getMessage())
                .contains("The unit is proposed for no paid award.");
    }

    @Test
    void hasNoCash_failsOnAPaidAward() {
        example.unit("lao-cai").hasNoCash();

        assertThat(failure(() -> example.unit("son-la").hasNoCash()).getMessage())
                .startsWith("Unit son-la: expected cash none, actual VND 4,680,000.\nWhy:\n");
    }

    @Test
    void hasCash_refusesAnAmountThatIsNotWholeDong() {
        ValidationException e = catchThrowableOfType(
                ValidationException.class, () -> example.unit("son-la").hasCash("4.680.000"));
        assertThat(e.getMessage())
                .isEqualTo("UnitAssertions.hasCash.amount: not a whole number of đồng; value: \"4.680.000\"; "
                        + "allowed: digits only, such as 4680000.");
        assertThatThrownBy(() -> example.unit("son-la").hasCash(-1)).isInstanceOf(ValidationException.class);
    }

    @Test
    void hasExplanationContaining_searchesBothLanguages() {
        example.unit("son-la")
                .hasExplanationContaining("separated by tie-breaker 'fewer-deductions'")
                .hasExplanationContaining("tách bởi tiêu chí phụ 'fewer-deductions'");

        assertThat(failure(() -> example.unit("son-la").hasExplanationContaining("lot"))
                        .getMessage())
                .startsWith("Unit son-la: expected explanation containing “lot”, actual not found.\nWhy:\n"
                        + "  Hội CCB tỉnh Sơn La: 95 points, rank 2");
    }

    @Test
    void failures_areWordedInVietnamese_onRequest() {
        Verification vi = verifier.inLanguage(Text.VIETNAMESE).given(VerifierFixtures.cluster(verifier));
        assertThat(failure(() -> vi.unit("hoa-binh").hasTotal("96.5")).getMessage())
                .startsWith("Đơn vị hoa-binh: tổng điểm mong đợi 96,5, thực tế 95.\nGiải thích:\n")
                .contains("Tổng điểm của Hội CCB tỉnh Hòa Bình: 95");
        assertThat(failure(() -> vi.unit("lao-cai").hasCash(1)).getMessage())
                .startsWith("Đơn vị lao-cai: tiền thưởng mong đợi 1 đồng, thực tế không có.\n"
                        + "Đơn vị không được đề nghị khen thưởng nào có tiền.");
        assertThat(failure(() -> vi.unit("son-la").tieDecidedBy("lot")).getMessage())
                .startsWith("Đơn vị son-la: tiêu chí phụ đã phân định mong đợi lot, thực tế fewer-deductions.\n"
                        + "Chuỗi tiêu chí phụ của quy chế: group-subtotal, fewer-deductions");
    }

    @Test
    void unit_movesOnToAnotherUnit_andTheResultKeepsTheUnitsId() {
        assertThat(example.unit("son-la").unit("lao-cai").id()).isEqualTo(Id.of("lao-cai"));
    }
}
