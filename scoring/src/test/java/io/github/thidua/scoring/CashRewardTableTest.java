package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vnd;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CashRewardTableTest {

    private static final LocalDate AFTER_RISE = LocalDate.of(2024, 12, 20);
    private final CashRewardTable table = CashRewardTable.decree152Examples();

    @Test
    void governmentFlag_twelveTimesTheBaseSalary() {
        CashReward reward = table.cashFor(AwardKinds.GOVERNMENT_FLAG, RecipientKind.COLLECTIVE, AFTER_RISE);

        assertThat(reward.amount()).isEqualTo(Vnd.of(28_080_000));
        assertThat(reward.explanation().text().vi()).isEqualTo("12 × 2.340.000 = 28.080.000 đồng");
        assertThat(reward.explanation().text().en()).isEqualTo("12 × 2,340,000 = 28,080,000 VND");
        assertThat(reward.explanation().inputs())
                .containsEntry("base-salary-from", "2024-07-01")
                .containsEntry("decision-date", "2024-12-20");
    }

    @Test
    void provincialFlag_eightTimesTheBaseSalary() {
        assertThat(table.cashFor(AwardKinds.MINISTRY_PROVINCE_FLAG, RecipientKind.COLLECTIVE, AFTER_RISE)
                        .amount())
                .isEqualTo(Vnd.of(18_720_000));
    }

    @Test
    void advancedWorker_702000_roundsUpTo710000() {
        CashReward reward = table.cashFor(AwardKinds.ADVANCED_WORKER, RecipientKind.INDIVIDUAL, AFTER_RISE);

        assertThat(reward.amount()).isEqualTo(Vnd.of(710_000));
        assertThat(reward.explanation().text().vi())
                .isEqualTo("0,3 × 2.340.000 = 702.000 đồng, làm tròn lên 710.000 đồng");
    }

    @Test
    void excellentLabourCollective_oneAndAHalfTimes() {
        assertThat(table.cashFor(AwardKinds.EXCELLENT_LABOUR_COLLECTIVE, RecipientKind.COLLECTIVE, AFTER_RISE)
                        .amount())
                .isEqualTo(Vnd.of(3_510_000));
    }

    @Test
    void decisionTheDayBeforeTheRise_usesTheOldBaseSalary() {
        CashReward reward =
                table.cashFor(AwardKinds.GOVERNMENT_FLAG, RecipientKind.COLLECTIVE, LocalDate.of(2024, 6, 30));

        assertThat(reward.amount()).isEqualTo(Vnd.of(21_600_000));
        assertThat(reward.explanation().text().vi()).isEqualTo("12 × 1.800.000 = 21.600.000 đồng");
    }

    @Test
    void household_getsOneAndAHalfTimesTheRoundedIndividualAmount_roundedAgain() {
        CashRewardTable merit = CashRewardTable.builder()
                .baseSalaries(BaseSalaryTable.vietnam())
                .putMultipliers(AwardKinds.MINISTRY_PROVINCE_MERIT.id(), new BigDecimal("0.3"))
                .build();

        CashReward individual = merit.cashFor(AwardKinds.MINISTRY_PROVINCE_MERIT, RecipientKind.INDIVIDUAL, AFTER_RISE);
        CashReward household = merit.cashFor(AwardKinds.MINISTRY_PROVINCE_MERIT, RecipientKind.HOUSEHOLD, AFTER_RISE);

        assertThat(individual.amount()).isEqualTo(Vnd.of(710_000));
        // 1.5 × 710,000 = 1,065,000 → 1,070,000; rounding 0.45 × 2,340,000 once would give 1,060,000.
        assertThat(household.amount()).isEqualTo(Vnd.of(1_070_000));
        assertThat(household.explanation().text().vi())
                .isEqualTo("1,5 × 710.000 = 1.065.000 đồng, làm tròn lên 1.070.000 đồng"
                        + " (hộ gia đình: 1,5 lần mức của cá nhân)");
        assertThat(household.explanation().children()).containsExactly(individual.explanation());
        assertThat(household.explanation().render(Text.VIETNAMESE))
                .contains("0,3 × 2.340.000 = 702.000 đồng, làm tròn lên 710.000 đồng");
    }

    @Test
    void awardWithoutMultiplier_failsNamingTheKnownOnes() {
        assertThatThrownBy(() -> table.cashFor(AwardKinds.COMMENDATION, RecipientKind.COLLECTIVE, AFTER_RISE))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no multiplier")
                .hasMessageContaining("government-flag");
    }

    @Test
    void recipientTheAwardIsNotGivenTo_isRejected() {
        assertThatThrownBy(() -> table.cashFor(AwardKinds.GOVERNMENT_FLAG, RecipientKind.HOUSEHOLD, AFTER_RISE))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("COLLECTIVE");
    }

    @Test
    void decisionBeforeTheFirstBaseSalary_fails() {
        assertThatThrownBy(() ->
                        table.cashFor(AwardKinds.GOVERNMENT_FLAG, RecipientKind.COLLECTIVE, LocalDate.of(2018, 1, 1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void defaults_areOneAndAHalf_tenThousand_roundingUp() {
        assertThat(table.householdFactor()).isEqualByComparingTo("1.5");
        assertThat(table.roundingStep()).isEqualTo(10_000);
        assertThat(table.roundingMode()).isEqualTo(java.math.RoundingMode.UP);
    }
}
