package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.AwardFixtures.input;
import static io.github.thidua.scoring.AwardFixtures.params;
import static io.github.thidua.scoring.AwardFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.EligibilityOutcome;
import io.github.thidua.scoring.spi.Parameters;
import org.junit.jupiter.api.Test;

class ConsecutiveYearsCheckTest {

    private static final ConsecutiveYearsCheck CHECK = new ConsecutiveYearsCheck();
    private static final Parameters THREE_GRASSROOTS = params("award", "grassroots-emulation-fighter", "years", "3");

    @Test
    void threeGrassrootsTitlesInARow_beforeTheProposalYear_qualify() {
        EligibilityOutcome outcome = CHECK.check(
                input("nguyen-van-a", AwardKinds.MINISTRY_PROVINCE_EMULATION_FIGHTER)
                        .addHistory(
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2023),
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2021),
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2022))
                        .build(),
                THREE_GRASSROOTS);

        assertThat(outcome.eligible()).isTrue();
        assertThat(outcome.explanation().text().en())
                .isEqualTo("Met: Grassroots Emulation Fighter in 3 consecutive years 2021–2023");
        assertThat(outcome.explanation().inputs())
                .containsEntry("found", "2021, 2022, 2023")
                .containsEntry("missing", "-");
    }

    @Test
    void aGap_resetsTheCount_andTheMissingYearIsNamed() {
        EligibilityOutcome outcome = CHECK.check(
                input("nguyen-van-a", AwardKinds.MINISTRY_PROVINCE_EMULATION_FIGHTER)
                        .addHistory(
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2020),
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2021),
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2023))
                        .build(),
                THREE_GRASSROOTS);

        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.explanation().inputs())
                .containsEntry("found", "2021, 2023")
                .containsEntry("missing", "2022")
                .containsEntry("chain", "1");
        assertThat(outcome.explanation().text().vi()).contains("thiếu 2022");
    }

    @Test
    void titlesOfAnotherPerson_orAnotherAward_doNotCount() {
        EligibilityOutcome outcome = CHECK.check(
                input("nguyen-van-a", AwardKinds.MINISTRY_PROVINCE_EMULATION_FIGHTER)
                        .addHistory(
                                record("tran-thi-b", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2023),
                                record("nguyen-van-a", AwardKinds.ADVANCED_WORKER, 2022),
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2021))
                        .build(),
                THREE_GRASSROOTS);

        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.explanation().inputs())
                .containsEntry("missing", "2022, 2023")
                .containsEntry("chain", "0");
    }

    @Test
    void twoProvincialTitles_beforeTheNationalOne() {
        EligibilityOutcome outcome = CHECK.check(
                input("nguyen-van-a", AwardKinds.NATIONAL_EMULATION_FIGHTER)
                        .addHistory(
                                record("nguyen-van-a", AwardKinds.MINISTRY_PROVINCE_EMULATION_FIGHTER, 2022),
                                record("nguyen-van-a", AwardKinds.MINISTRY_PROVINCE_EMULATION_FIGHTER, 2023))
                        .build(),
                params("award", "ministry-province-emulation-fighter", "years", "2"));

        assertThat(outcome.eligible()).isTrue();
    }

    @Test
    void missingAward_orYearsOutOfRange_isRejected() {
        assertThatThrownBy(() -> CHECK.validate(params("years", "3"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CHECK.validate(params("award", "advanced-worker", "years", "0")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void label_isInBothLanguages() {
        assertThat(CHECK.label())
                .isEqualTo(Text.of("Đạt danh hiệu nhiều năm liên tục", "An award in consecutive years"));
    }

    @Test
    void years_fromOneToAHundred_areAccepted_andOneHundredAndOneIsNot() {
        CHECK.validate(params("award", "advanced-worker", "years", "1"));
        CHECK.validate(params("award", "advanced-worker", "years", "100"));

        assertThatThrownBy(() -> CHECK.validate(params("award", "advanced-worker", "years", "101")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("1 to 100");
    }

    @Test
    void check_withYearsOutOfRange_isRejectedBeforeLookingAtTheHistory() {
        assertThatThrownBy(() -> CHECK.check(
                        input("nguyen-van-a", AwardKinds.MINISTRY_PROVINCE_EMULATION_FIGHTER)
                                .build(),
                        params("award", "grassroots-emulation-fighter", "years", "0")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void chain_countsBackFromTheYearBeforeTheProposal_andStopsAtTheYearsAskedFor() {
        // Five titles in a row before 2024, three asked for: the chain is 3, not 5.
        EligibilityOutcome five = CHECK.check(
                input("nguyen-van-a", AwardKinds.MINISTRY_PROVINCE_EMULATION_FIGHTER)
                        .addHistory(
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2019),
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2020),
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2021),
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2022),
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2023))
                        .build(),
                THREE_GRASSROOTS);
        // 2022 and 2023 held, 2021 missing: a chain of 2 just before 2024.
        EligibilityOutcome two = CHECK.check(
                input("nguyen-van-a", AwardKinds.MINISTRY_PROVINCE_EMULATION_FIGHTER)
                        .addHistory(
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2022),
                                record("nguyen-van-a", AwardKinds.GRASSROOTS_EMULATION_FIGHTER, 2023))
                        .build(),
                THREE_GRASSROOTS);

        assertThat(five.explanation().inputs()).containsEntry("chain", "3");
        assertThat(two.eligible()).isFalse();
        assertThat(two.explanation().inputs()).containsEntry("chain", "2").containsEntry("missing", "2021");
    }

    @Test
    void noTitleFound_isSaidPlainly_inBothLanguages() {
        EligibilityOutcome outcome = CHECK.check(
                input("nguyen-van-a", AwardKinds.MINISTRY_PROVINCE_EMULATION_FIGHTER)
                        .build(),
                THREE_GRASSROOTS);

        assertThat(outcome.explanation().text().vi()).contains("; có không năm nào, thiếu 2021, 2022, 2023");
        assertThat(outcome.explanation().text().en()).contains("; found none, missing 2021, 2022, 2023");
    }
}
