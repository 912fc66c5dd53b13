package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.AwardFixtures.input;
import static io.github.thidua.scoring.AwardFixtures.params;
import static io.github.thidua.scoring.AwardFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Parameters;
import org.junit.jupiter.api.Test;

class OneAwardPerAchievementCheckTest {

    private static final OneAwardPerAchievementCheck CHECK = new OneAwardPerAchievementCheck();

    @Test
    void awardAlreadyHeldForTheSameYear_isNotEligible() {
        assertThat(CHECK.check(
                                input("a", AwardKinds.MINISTRY_PROVINCE_MERIT)
                                        .addHistory(record("a", AwardKinds.MINISTRY_PROVINCE_MERIT, 2024))
                                        .build(),
                                params("award", "ministry-province-merit"))
                        .eligible())
                .isFalse();
    }

    @Test
    void awardHeldForAnEarlierYear_isEligible() {
        assertThat(CHECK.check(
                                input("a", AwardKinds.MINISTRY_PROVINCE_MERIT)
                                        .addHistory(record("a", AwardKinds.MINISTRY_PROVINCE_MERIT, 2023))
                                        .build(),
                                params("award", "ministry-province-merit"))
                        .eligible())
                .isTrue();
    }

    @Test
    void withoutParameter_theAwardProposedIsLookedFor() {
        assertThat(CHECK.check(
                                input("a", AwardKinds.MINISTRY_PROVINCE_MERIT)
                                        .addHistory(record("a", AwardKinds.MINISTRY_PROVINCE_MERIT, 2024))
                                        .build(),
                                Parameters.none())
                        .explanation()
                        .key())
                .isEqualTo("eligibility.one-award-per-year.not-met");
    }

    @Test
    void awardParameterThatIsNotAnId_isRejectedByValidate() {
        assertThatThrownBy(() -> CHECK.validate(params("award", "Huân chương Lao động")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void label_isInBothLanguages() {
        assertThat(CHECK.label()).isEqualTo(Text.of("Một thành tích chỉ khen một lần", "One achievement, one award"));
    }
}
