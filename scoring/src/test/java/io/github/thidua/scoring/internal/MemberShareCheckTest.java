package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.AwardFixtures.input;
import static io.github.thidua.scoring.AwardFixtures.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.CollectiveStanding;
import io.github.thidua.scoring.spi.EligibilityInput;
import io.github.thidua.scoring.spi.EligibilityOutcome;
import io.github.thidua.scoring.spi.Parameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberShareCheckTest {

    private static final MemberShareCheck CHECK = new MemberShareCheck();

    /** Excellent Labour Collective: all completed, ≥ 70 % Advanced Worker, ≥ 1 Grassroots Emulation Fighter. */
    private static final List<Parameters> EXCELLENT = List.of(
            params("of", "completed-tasks", "min-share", "1"),
            params("of", "advanced-workers", "min-share", "0.7"),
            params("of", "grassroots-fighters", "min-count", "1"));

    /** Advanced Labour Collective since 2024: ≥ 70 % Advanced Worker, nobody disciplined at warning or above. */
    private static final List<Parameters> ADVANCED = List.of(
            params("of", "advanced-workers", "min-share", "0.7"), params("of", "disciplined", "max-count", "0"));

    /** Advanced Labour Collective before 2024: more than 50 % Advanced Worker, nobody disciplined. */
    private static final List<Parameters> ADVANCED_BEFORE_2024 = List.of(
            params("of", "advanced-workers", "above-share", "0.5"), params("of", "disciplined", "max-count", "0"));

    private static EligibilityInput collective(CollectiveStanding standing) {
        return input("to-ke-toan", AwardKinds.EXCELLENT_LABOUR_COLLECTIVE)
                .standing(standing)
                .build();
    }

    private static boolean meetsAll(List<Parameters> standard, CollectiveStanding standing) {
        return standard.stream()
                .allMatch(p -> CHECK.check(collective(standing), p).eligible());
    }

    private static CollectiveStanding.Builder standing(int head) {
        return CollectiveStanding.builder().headCount(head);
    }

    @Test
    void sevenOfTen_meetsSeventyPercent() {
        EligibilityOutcome outcome = CHECK.check(
                collective(standing(10).advancedWorkers(7).build()),
                params("of", "advanced-workers", "min-share", "0.7"));

        assertThat(outcome.eligible()).isTrue();
        assertThat(outcome.explanation().text().en()).isEqualTo("Met: 7/10 members hold Advanced Worker");
    }

    @Test
    void sixtyNineOfAHundred_missesSeventyPercent() {
        EligibilityOutcome outcome = CHECK.check(
                collective(standing(100).advancedWorkers(69).build()),
                params("of", "advanced-workers", "min-share", "0.7"));

        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.explanation().text().en())
                .isEqualTo("Not met: 69/100 members hold Advanced Worker (below 70 %)");
        assertThat(outcome.explanation().inputs()).containsEntry("count", "69").containsEntry("head-count", "100");
    }

    @Test
    void thirdOfThree_shareIsComparedExactly() {
        // 2 of 3 is 0.666…: it meets 0.666 and misses 0.667, with no rounding of the percentage.
        CollectiveStanding s = standing(3).advancedWorkers(2).build();

        assertThat(CHECK.check(collective(s), params("of", "advanced-workers", "min-share", "0.666"))
                        .eligible())
                .isTrue();
        assertThat(CHECK.check(collective(s), params("of", "advanced-workers", "min-share", "0.667"))
                        .eligible())
                .isFalse();
    }

    @Test
    void excellentLabourCollective_meetsTheStandard_withEveryConditionMet() {
        assertThat(meetsAll(
                        EXCELLENT,
                        standing(10)
                                .completedTasks(10)
                                .advancedWorkers(7)
                                .grassrootsFighters(1)
                                .build()))
                .isTrue();
    }

    @Test
    void excellentLabourCollective_fails_withoutAGrassrootsFighter_orWithOneMemberShortOfTasks() {
        assertThat(meetsAll(
                        EXCELLENT,
                        standing(10).completedTasks(10).advancedWorkers(7).build()))
                .isFalse();
        assertThat(meetsAll(
                        EXCELLENT,
                        standing(10)
                                .completedTasks(9)
                                .advancedWorkers(7)
                                .grassrootsFighters(1)
                                .build()))
                .isFalse();
    }

    @Test
    void advancedLabourCollective_failsWithOneMemberDisciplined() {
        assertThat(meetsAll(ADVANCED, standing(10).advancedWorkers(7).build())).isTrue();
        assertThat(meetsAll(
                        ADVANCED,
                        standing(10)
                                .advancedWorkers(7)
                                .disciplinedAtWarningOrAbove(1)
                                .build()))
                .isFalse();
        assertThat(meetsAll(ADVANCED, standing(10).advancedWorkers(6).build())).isFalse();
    }

    @Test
    void advancedLabourCollectiveBefore2024_needsMoreThanHalf() {
        assertThat(meetsAll(
                        ADVANCED_BEFORE_2024, standing(10).advancedWorkers(6).build()))
                .isTrue();
        assertThat(meetsAll(
                        ADVANCED_BEFORE_2024, standing(10).advancedWorkers(5).build()))
                .isFalse();
    }

    @Test
    void missingStanding_isNotEligible_andSaysSo() {
        EligibilityOutcome outcome = CHECK.check(
                input("to-ke-toan", AwardKinds.EXCELLENT_LABOUR_COLLECTIVE).build(),
                params("of", "advanced-workers", "min-share", "0.7"));

        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.explanation().key()).isEqualTo("eligibility.member-share.unknown");
        assertThat(outcome.explanation().text().en())
                .isEqualTo("Not met: no figures on members who hold Advanced Worker");
    }

    @Test
    void unknownStanding_orNoBound_orShareAboveOne_isRejected() {
        assertThatThrownBy(() -> CHECK.validate(params("of", "heroes", "min-count", "1")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a standing that is counted");
        assertThatThrownBy(() -> CHECK.validate(params("of", "advanced-workers")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no bound");
        assertThatThrownBy(() -> CHECK.validate(params("of", "advanced-workers", "min-share", "70")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("share outside 0 to 1");
        assertThatThrownBy(() -> CHECK.validate(params("of", "disciplined", "max-count", "-1")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void shareOfZero_isAccepted_asTheLowerLimit() {
        CHECK.validate(params("of", "advanced-workers", "min-share", "0"));

        assertThat(CHECK.check(
                                collective(standing(10).advancedWorkers(0).build()),
                                params("of", "advanced-workers", "min-share", "0"))
                        .eligible())
                .isTrue();
    }

    @Test
    void check_withAShareAboveOne_isRejectedBeforeLookingAtTheStanding() {
        assertThatThrownBy(() -> CHECK.check(
                        collective(standing(10).advancedWorkers(7).build()),
                        params("of", "advanced-workers", "min-share", "1.5")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("share outside 0 to 1");
    }

    @Test
    void outcomeKey_saysMetOrNotMet() {
        Parameters seventy = params("of", "advanced-workers", "min-share", "0.7");

        assertThat(CHECK.check(collective(standing(10).advancedWorkers(7).build()), seventy)
                        .explanation()
                        .key())
                .isEqualTo("eligibility.member-share.met");
        assertThat(CHECK.check(collective(standing(10).advancedWorkers(6).build()), seventy)
                        .explanation()
                        .key())
                .isEqualTo("eligibility.member-share.not-met");
    }

    @Test
    void label_isInBothLanguages() {
        assertThat(CHECK.label())
                .isEqualTo(Text.of("Tỷ lệ thành viên đạt tiêu chuẩn", "Share of members meeting a standard"));
    }
}
