package io.github.thidua.scoring.axioms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Text;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The full text of rich counterexamples in both languages (golden strings checked by eye). */
class CounterexampleRenderingTest {

    private static Counterexample generated(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Policy policy = PolicyGenerator.builtIns().withCriteria(4, 7).next(random);
        EvaluationInput input = InputGenerator.defaults().withUnits(3, 4).next(policy, random);
        return new Counterexample(policy, input);
    }

    @Test
    void subGroupsRoundingBandsVotesAwardsAndTargets_renderInEnglish() {
        Counterexample c = generated(225L);
        assertThat(c.render(Locale.ENGLISH)).isEqualTo("""
            Policy quy-che-sinh 1: 5 criteria, maximum 59, deduction cap 3
              rounding: criterion none, group none, total step 0.5 DOWN
              scored and ranked per sub-group
              missing sheet: EMPTY
              bands: xuat-sac ≥ 53.1 [no criterion scored zero]; tot ≥ 44.25; hoan-thanh ≥ 29.5; chua-hoan-thanh; knock-outs {tham-nhung=chua-hoan-thanh}; discipline caps {REPRIMAND=tot, WARNING=hoan-thanh}; NEXT_LOWER_BAND
              ranking: COMPETITION, tie-breakers fewer-deductions, women-share {share=0.7}, group-subtotal {group=g2}, more-full-marks
              votes: approval {base=membership, threshold=1/2}, ranking by binh-xet
              awards (SUB_GROUP): ministry-province-flag rank 1, quota 1 CONTINUE_TIE_CHAIN, [consecutive-years]; ministry-province-merit band xuat-sac, tot, quota 40 % of the step's qualifying candidates REFER_TO_VOTE, [member-share]
              cash rewards computed
              g2 (group, maximum 49)
                c1 [count, 1 each] max 21
                c3 [qualitative] max 24
                c5 [quantitative on x2, ratio cap 1, missing target REJECT] max 4
              c2 [qualitative, 0.5 if not achieved] max 10
              c4 [deduction, 0.25 each] max 3
            Cluster: 3 units
              nhom-1: u03, u02
              nhom-2: u01
              u01 Tỉnh Hà Giang: c1 count 11; c3 achieved; c5 actual 199.34; c4 occurrences 4 | targets x2↓ 33.6
              u02 Tỉnh Tuyên Quang: c1 count 11; c3 achieved; c5 actual 199.34; c2 achieved; c4 occurrences 3 | targets x2↓ 146.4 | standing 3/17
              u03 Tỉnh Yên Bái (9/10 people): c1 count 7; c3 achieved; c5 actual 18.79; c2 not achieved; c4 occurrences 2 | discipline WARNING | targets x2↓ 176.9
            Vote binh-xet: round 1: u02 → (blank); u03 → u01, u03
            Past award: u01 ministry-province-flag 2021
            Decision date: 2024-12-31""");
        assertThat(c.toString()).isEqualTo(c.render(Locale.ENGLISH));
    }

    @Test
    void subGroupsRoundingBandsVotesAwardsAndTargets_renderInVietnamese() {
        assertThat(generated(225L).render(Text.VIETNAMESE)).isEqualTo("""
            Quy chế quy-che-sinh 1: 5 tiêu chí, tối đa 59, trần điểm trừ 3
              làm tròn: tiêu chí none, nhóm none, tổng step 0.5 DOWN
              chấm và xếp hạng theo từng nhóm
              thiếu phiếu: EMPTY
              xếp loại: xuat-sac ≥ 53.1 [no criterion scored zero]; tot ≥ 44.25; hoan-thanh ≥ 29.5; chua-hoan-thanh; loại trừ {tham-nhung=chua-hoan-thanh}; trần kỷ luật {REPRIMAND=tot, WARNING=hoan-thanh}; NEXT_LOWER_BAND
              xếp hạng: COMPETITION, tiêu chí phụ fewer-deductions, women-share {share=0.7}, group-subtotal {group=g2}, more-full-marks
              bỏ phiếu: approval {base=membership, threshold=1/2}, xếp hạng theo binh-xet
              khen thưởng (SUB_GROUP): ministry-province-flag hạng 1, chỉ tiêu 1 CONTINUE_TIE_CHAIN, [consecutive-years]; ministry-province-merit xếp loại xuat-sac, tot, chỉ tiêu 40 % của số đơn vị đủ điều kiện ở bậc này REFER_TO_VOTE, [member-share]
              có tính tiền thưởng
              g2 (nhóm, tối đa 49)
                c1 [count, 1 each] tối đa 21
                c3 [qualitative] tối đa 24
                c5 [quantitative on x2, ratio cap 1, missing target REJECT] tối đa 4
              c2 [qualitative, 0.5 if not achieved] tối đa 10
              c4 [deduction, 0.25 each] tối đa 3
            Cụm: 3 đơn vị
              nhom-1: u03, u02
              nhom-2: u01
              u01 Tỉnh Hà Giang: c1 số lần 11; c3 đạt; c5 thực hiện 199.34; c4 phát sinh 4 | chỉ tiêu x2↓ 33.6
              u02 Tỉnh Tuyên Quang: c1 số lần 11; c3 đạt; c5 thực hiện 199.34; c2 đạt; c4 phát sinh 3 | chỉ tiêu x2↓ 146.4 | thành tích thành viên 3/17
              u03 Tỉnh Yên Bái (9/10 người): c1 số lần 7; c3 đạt; c5 thực hiện 18.79; c2 không đạt; c4 phát sinh 2 | kỷ luật WARNING | chỉ tiêu x2↓ 176.9
            Bỏ phiếu binh-xet: vòng 1: u02 → (trắng); u03 → u01, u03
            Đã được khen: u01 ministry-province-flag 2021
            Ngày quyết định: 2024-12-31""");
    }

    @Test
    void capsBonusesFormulasMissingSheetDisciplineAndInvestigations_renderInEnglish() {
        Counterexample c = generated(594L);
        assertThat(c.render(Locale.ENGLISH)).isEqualTo("""
            Policy quy-che-sinh 1: 6 criteria, maximum 81, bonus cap 4, deduction cap 1
              rounding: criterion step 0.25 DOWN, group none, total step 0.25 DOWN
              missing sheet: EMPTY
              bands: xuat-sac ≥ 72.9 [no criterion scored zero]; tot ≥ 60.75; hoan-thanh ≥ 40.5; chua-hoan-thanh; NEXT_LOWER_BAND
              ranking: COMPETITION, tie-breakers women-share, lot {seed=Biên bản số 1}
              votes: approval {base=membership, threshold=0.8}, ranking by binh-xet
              awards (CLUSTER): ministry-province-flag rank 1, quota 1 EXCLUDE_ALL, [consecutive-years]; ministry-province-merit band xuat-sac, tot, quota 70 % of 1 CONTINUE_TIE_CHAIN
              cash rewards computed
              g2 (group, maximum 0)
                c2 [bonus, 1 each] max 2
              g3 (group, maximum 22)
                c3 [qualitative, 0.25 if not achieved] max 22
              c1 [leader-relative on x1, ALL_TIED_LEAD] max 30
              c4 [deduction, 0.25 each] max 3
              c5 [bonus, 0.5 each] max 4
              c6 [formula MIN(max, occurrences / 2)] max 29
            Cluster: 4 units
              u01 Tỉnh Hà Giang (18/24 people): c2 occurrences 2; c3 achieved; c1 actual 78.8; c4 occurrences 2; c5 occurrences 3; c6 occurrences 1 | targets x1↓ 175.6 | standing 1/7
              u02 Tỉnh Tuyên Quang (13/31 people): c2 occurrences 2; c3 not achieved; c1 actual 20.38; c4 occurrences 2; c5 occurrences 3; c6 occurrences 4 | discipline DISMISSAL | targets x1↓ 100.4
              u03 Tỉnh Yên Bái: no sheet | targets x1↓ 85.4
              u04 Tỉnh Phú Thọ: c3 achieved; c1 actual 189.2; c5 occurrences 2; c6 occurrences 3 | targets x1↓ 42.5
            Vote binh-xet: round 1: u01 → u01, u03; u02 → u01, u02; u03 → u02, u04; u04 → u02, u04
            Past award: u01 ministry-province-flag 2023
            Past award: u02 ministry-province-merit 2023
            Discipline pending: u01, u02, u03
            Under investigation: u04
            Decision date: 2024-12-31""");
        assertThat(c.toString()).isEqualTo(c.render(Locale.ENGLISH));
    }

    @Test
    void capsBonusesFormulasMissingSheetDisciplineAndInvestigations_renderInVietnamese() {
        assertThat(generated(594L).render(Text.VIETNAMESE)).isEqualTo("""
            Quy chế quy-che-sinh 1: 6 tiêu chí, tối đa 81, trần điểm thưởng 4, trần điểm trừ 1
              làm tròn: tiêu chí step 0.25 DOWN, nhóm none, tổng step 0.25 DOWN
              thiếu phiếu: EMPTY
              xếp loại: xuat-sac ≥ 72.9 [no criterion scored zero]; tot ≥ 60.75; hoan-thanh ≥ 40.5; chua-hoan-thanh; NEXT_LOWER_BAND
              xếp hạng: COMPETITION, tiêu chí phụ women-share, lot {seed=Biên bản số 1}
              bỏ phiếu: approval {base=membership, threshold=0.8}, xếp hạng theo binh-xet
              khen thưởng (CLUSTER): ministry-province-flag hạng 1, chỉ tiêu 1 EXCLUDE_ALL, [consecutive-years]; ministry-province-merit xếp loại xuat-sac, tot, chỉ tiêu 70 % của 1 CONTINUE_TIE_CHAIN
              có tính tiền thưởng
              g2 (nhóm, tối đa 0)
                c2 [bonus, 1 each] tối đa 2
              g3 (nhóm, tối đa 22)
                c3 [qualitative, 0.25 if not achieved] tối đa 22
              c1 [leader-relative on x1, ALL_TIED_LEAD] tối đa 30
              c4 [deduction, 0.25 each] tối đa 3
              c5 [bonus, 0.5 each] tối đa 4
              c6 [formula MIN(max, occurrences / 2)] tối đa 29
            Cụm: 4 đơn vị
              u01 Tỉnh Hà Giang (18/24 người): c2 phát sinh 2; c3 đạt; c1 thực hiện 78.8; c4 phát sinh 2; c5 phát sinh 3; c6 phát sinh 1 | chỉ tiêu x1↓ 175.6 | thành tích thành viên 1/7
              u02 Tỉnh Tuyên Quang (13/31 người): c2 phát sinh 2; c3 không đạt; c1 thực hiện 20.38; c4 phát sinh 2; c5 phát sinh 3; c6 phát sinh 4 | kỷ luật DISMISSAL | chỉ tiêu x1↓ 100.4
              u03 Tỉnh Yên Bái: không có phiếu | chỉ tiêu x1↓ 85.4
              u04 Tỉnh Phú Thọ: c3 đạt; c1 thực hiện 189.2; c5 phát sinh 2; c6 phát sinh 3 | chỉ tiêu x1↓ 42.5
            Bỏ phiếu binh-xet: vòng 1: u01 → u01, u03; u02 → u01, u02; u03 → u02, u04; u04 → u02, u04
            Đã được khen: u01 ministry-province-flag 2023
            Đã được khen: u02 ministry-province-merit 2023
            Đang xem xét kỷ luật: u01, u02, u03
            Đang bị thanh tra, điều tra: u04
            Ngày quyết định: 2024-12-31""");
    }
}
