package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.VoteFixtures.LAO_CAI;
import static io.github.thidua.scoring.internal.VoteFixtures.PHU_THO;
import static io.github.thidua.scoring.internal.VoteFixtures.YEN_BAI;
import static io.github.thidua.scoring.internal.VoteFixtures.all;
import static io.github.thidua.scoring.internal.VoteFixtures.approving;
import static io.github.thidua.scoring.internal.VoteFixtures.params;
import static io.github.thidua.scoring.internal.VoteFixtures.rejected;
import static io.github.thidua.scoring.internal.VoteFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.BallotMode;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.MissingValueException;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApprovalVoteMethodTest {

    private static final ApprovalVoteMethod METHOD = new ApprovalVoteMethod();
    private static final Parameters EIGHTY_PERCENT = params("threshold", "0.8");

    /** Eleven members; {@code yes} approve Yên Bái in round 1, the others hand in blank ballots. */
    private static Vote elevenMembers(int yes) {
        return vote(11, List.of(YEN_BAI), all(approving(1, 1, yes, YEN_BAI), approving(1, yes + 1, 11 - yes)));
    }

    @Test
    void eightyPercentOfEleven_nineApprovals_elected() {
        VoteOutcome outcome = METHOD.count(elevenMembers(9), EIGHTY_PERCENT);

        assertThat(outcome.decided()).isTrue();
        assertThat(outcome.elected()).containsExactly(YEN_BAI);
        assertThat(outcome.decider()).isEmpty();
        assertThat(outcome.tallies()).hasSize(1);
        assertThat(outcome.tallies().get(0)).containsEntry(YEN_BAI, 9);
        assertThat(outcome.explanation().render(Text.VIETNAMESE))
                .contains("Vòng 1: yen-bai 9/11 phiếu tán thành ≥ 9 cần thiết (80 % của 11 thành viên, làm tròn lên)"
                        + " → trúng");
        assertThat(outcome.explanation().render(Locale.ENGLISH))
                .contains("Round 1: yen-bai 9/11 approvals ≥ 9 needed (80% of 11 members, rounded up) → elected");
    }

    @Test
    void eightyPercentOfEleven_eightApprovals_notElectedAndTheDeciderDecides() {
        VoteOutcome outcome = METHOD.count(elevenMembers(8), EIGHTY_PERCENT);

        assertThat(outcome.decided()).isFalse();
        assertThat(outcome.elected()).isEmpty();
        assertThat(outcome.decider()).contains(Text.of("Cụm trưởng và Cụm phó", "the cluster head and deputy head"));
        assertThat(outcome.explanation().render(Text.VIETNAMESE))
                .contains("Vòng 1: yen-bai 8/11 phiếu tán thành < 9 cần thiết (80 % của 11 thành viên, làm tròn lên)"
                        + " → không trúng");
    }

    @Test
    void exactShare_isNotSaidToBeRoundedUp() {
        Vote v = vote(10, List.of(YEN_BAI), approving(1, 1, 5, YEN_BAI));

        VoteOutcome outcome = METHOD.count(v, params("threshold", "1/2"));

        assertThat(outcome.elected()).containsExactly(YEN_BAI);
        assertThat(outcome.explanation().render(Locale.ENGLISH))
                .contains("yen-bai 5/10 approvals ≥ 5 needed (1/2 of 10 members) → elected");
    }

    @ParameterizedTest(name = "{0} of {1} members needs {2}")
    @CsvSource({
        "0.8, 11, 9",
        "0.80, 10, 8",
        "0.9, 11, 10",
        "2/3, 12, 8",
        "2/3, 11, 8",
        "1/2, 11, 6",
        "0.5, 11, 6",
        "1, 11, 11",
        "0.0001, 11, 1"
    })
    void needed_isTheShareOfTheMembershipRoundedUp(String threshold, int members, int needed) {
        Vote reaching = vote(members, List.of(YEN_BAI), approving(1, 1, needed, YEN_BAI));
        Vote short1 = vote(members, List.of(YEN_BAI), approving(1, 1, needed - 1, YEN_BAI));
        Parameters p = params("threshold", threshold, "maxRounds", "1");

        assertThat(METHOD.count(reaching, p).elected()).containsExactly(YEN_BAI);
        if (needed > 1) {
            assertThat(METHOD.count(short1, p).elected()).isEmpty();
        }
    }

    @Test
    void basePresent_countsOnlyTheBallotsCast_whileMembershipCountsEveryone() {
        // 7 of 11 present; 5 approve, 2 blank. Half of 7 → 4 needed; half of 11 → 6 needed.
        Vote v = vote(11, List.of(YEN_BAI), all(approving(1, 1, 5, YEN_BAI), approving(1, 6, 2)));

        VoteOutcome present = METHOD.count(v, params("threshold", "1/2", "base", "present"));
        VoteOutcome membership = METHOD.count(v, params("threshold", "1/2"));

        assertThat(present.elected()).containsExactly(YEN_BAI);
        assertThat(present.explanation().render(Locale.ENGLISH))
                .contains("yen-bai 5/7 approvals ≥ 4 needed (1/2 of 7 voters who cast a ballot, rounded up)");
        assertThat(membership.elected()).isEmpty();
        assertThat(membership.decided()).isFalse();
        assertThat(membership.explanation().render(Locale.ENGLISH))
                .contains("yen-bai 5/11 approvals < 6 needed (1/2 of 11 members, rounded up) → not elected");
    }

    @Test
    void writtenBallotsOfAbsentees_countByDefault_andCanBeIgnored() {
        // 7 approve in person, 2 absentees approve in writing, 2 blank: 9 of 11 only with the written ones.
        Vote v = vote(
                11,
                List.of(YEN_BAI),
                all(approving(1, 1, 7, YEN_BAI), approving(1, 8, 2, BallotMode.WRITTEN, YEN_BAI), approving(1, 10, 2)));

        VoteOutcome counted = METHOD.count(v, EIGHTY_PERCENT);
        VoteOutcome ignored = METHOD.count(v, params("threshold", "0.8", "written", "ignore"));

        assertThat(counted.elected()).containsExactly(YEN_BAI);
        assertThat(counted.tallies().get(0)).containsEntry(YEN_BAI, 9);
        assertThat(ignored.elected()).isEmpty();
        assertThat(ignored.tallies().get(0)).containsEntry(YEN_BAI, 7);
        assertThat(ignored.explanation().render(Locale.ENGLISH)).contains("2 written ballot(s) ignored");
    }

    @Test
    void roundOneUndecided_roundTwoDecides() {
        Vote v = vote(11, List.of(YEN_BAI), all(approving(1, 1, 8, YEN_BAI), approving(2, 1, 10, YEN_BAI)));

        VoteOutcome outcome = METHOD.count(v, EIGHTY_PERCENT);

        assertThat(outcome.decided()).isTrue();
        assertThat(outcome.elected()).containsExactly(YEN_BAI);
        assertThat(outcome.tallies()).hasSize(2);
        assertThat(outcome.tallies().get(0)).containsEntry(YEN_BAI, 8);
        assertThat(outcome.tallies().get(1)).containsEntry(YEN_BAI, 10);
        assertThat(outcome.explanation().render(Text.VIETNAMESE))
                .contains("Vòng 1: yen-bai 8/11 phiếu tán thành < 9 cần thiết")
                .contains("Vòng 2: yen-bai 10/11 phiếu tán thành ≥ 9 cần thiết");
    }

    @Test
    void twoRoundsUndecided_theClusterHeadAndDeputyDecide() {
        Vote v = vote(11, List.of(YEN_BAI), all(approving(1, 1, 8, YEN_BAI), approving(2, 1, 7, YEN_BAI)));

        VoteOutcome outcome = METHOD.count(v, EIGHTY_PERCENT);

        assertThat(outcome.decided()).isFalse();
        assertThat(outcome.elected()).isEmpty();
        assertThat(outcome.decider().orElseThrow().vi()).isEqualTo("Cụm trưởng và Cụm phó");
        assertThat(outcome.explanation().render(Text.VIETNAMESE))
                .contains("Chưa quyết định sau 2 vòng → Cụm trưởng và Cụm phó quyết định");
        assertThat(outcome.explanation().render(Locale.ENGLISH))
                .contains("Undecided after 2 round(s) → the cluster head and deputy head decide");
    }

    @Test
    void aThirdRound_isNotCountedBeyondMaxRounds() {
        Vote v = vote(
                11,
                List.of(YEN_BAI),
                all(approving(1, 1, 8, YEN_BAI), approving(2, 1, 8, YEN_BAI), approving(3, 1, 11, YEN_BAI)));

        VoteOutcome twoRounds = METHOD.count(v, EIGHTY_PERCENT);
        VoteOutcome threeRounds = METHOD.count(v, params("threshold", "0.8", "maxRounds", "3"));

        assertThat(twoRounds.decided()).isFalse();
        assertThat(twoRounds.tallies()).hasSize(2);
        assertThat(twoRounds.explanation().render(Locale.ENGLISH))
                .contains("Ballots of 1 round(s) after round 2 are not counted (at most 2 rounds)");
        assertThat(threeRounds.elected()).containsExactly(YEN_BAI);
    }

    @Test
    void twoSeats_tieForTheSecondSeat_isLeftToTheNextRound() {
        // Half of 11 → 6 needed. Round 1: Yên Bái 10, Phú Thọ 7, Lào Cai 7: a tie for seat 2.
        Vote roundOne = vote(
                11,
                List.of(YEN_BAI, PHU_THO, LAO_CAI),
                all(
                        approving(1, 1, 3, YEN_BAI, PHU_THO, LAO_CAI),
                        approving(1, 4, 4, YEN_BAI, PHU_THO),
                        approving(1, 8, 3, YEN_BAI, LAO_CAI),
                        approving(1, 11, 1, LAO_CAI)));
        Parameters twoSeats = params("threshold", "1/2", "seats", "2");

        VoteOutcome tied = METHOD.count(roundOne, twoSeats);

        assertThat(tied.tallies().get(0))
                .containsEntry(YEN_BAI, 10)
                .containsEntry(PHU_THO, 7)
                .containsEntry(LAO_CAI, 7);
        assertThat(tied.decided()).isFalse();
        assertThat(tied.elected()).containsExactly(YEN_BAI);
        assertThat(tied.explanation().render(Locale.ENGLISH))
                .contains("phu-tho 7/11 approvals ≥ 6 needed (1/2 of 11 members, rounded up) → tied for the last seat")
                .contains("lao-cai 7/11 approvals ≥ 6 needed (1/2 of 11 members, rounded up) → tied for the last seat");

        Vote roundTwo = vote(
                11,
                List.of(YEN_BAI, PHU_THO, LAO_CAI),
                all(roundOne.ballots(), approving(2, 1, 8, PHU_THO), approving(2, 9, 3, LAO_CAI)));

        VoteOutcome decided = METHOD.count(roundTwo, twoSeats);

        assertThat(decided.decided()).isTrue();
        assertThat(decided.elected()).containsExactly(YEN_BAI, PHU_THO);
    }

    @Test
    void twoSeats_threeReach_theTwoBestAreElectedBestFirst() {
        Vote v = vote(
                11,
                List.of(YEN_BAI, PHU_THO, LAO_CAI),
                all(
                        approving(1, 1, 7, YEN_BAI, PHU_THO, LAO_CAI),
                        approving(1, 8, 2, PHU_THO, LAO_CAI),
                        approving(1, 10, 1, PHU_THO)));

        VoteOutcome outcome = METHOD.count(v, params("threshold", "1/2", "seats", "2"));

        // Phú Thọ 10, Lào Cai 9, Yên Bái 7: all reach 6, two seats.
        assertThat(outcome.elected()).containsExactly(PHU_THO, LAO_CAI);
        assertThat(outcome.explanation().render(Locale.ENGLISH))
                .contains("yen-bai 7/11 approvals ≥ 6 needed (1/2 of 11 members, rounded up) → reached the threshold"
                        + " but no seat is left");
    }

    @Test
    void seatsZero_electsEveryoneWhoReachesTheThreshold() {
        Vote v = vote(
                11,
                List.of(YEN_BAI, PHU_THO, LAO_CAI),
                all(approving(1, 1, 9, YEN_BAI, PHU_THO), approving(1, 10, 2, LAO_CAI)));

        VoteOutcome outcome = METHOD.count(v, params("threshold", "0.8", "seats", "0"));

        assertThat(outcome.decided()).isTrue();
        assertThat(outcome.elected()).containsExactly(YEN_BAI, PHU_THO);
    }

    @Test
    void noBallots_isUndecided() {
        VoteOutcome outcome = METHOD.count(vote(3, List.of(YEN_BAI), List.of()), EIGHTY_PERCENT);

        assertThat(outcome.decided()).isFalse();
        assertThat(outcome.tallies()).isEmpty();
        assertThat(outcome.decider()).isPresent();
    }

    @Test
    void decider_canBeNamedInBothLanguages() {
        Parameters p =
                params("threshold", "0.8", "decider.vi", "Chủ tịch Hội đồng", "decider.en", "the council's chair");

        VoteOutcome outcome = METHOD.count(elevenMembers(3), p);

        assertThat(outcome.decider()).contains(Text.of("Chủ tịch Hội đồng", "the council's chair"));
    }

    @Test
    void threshold_missing_isReported() {
        assertThat(rejected(() -> METHOD.validate(Parameters.none())))
                .isInstanceOf(MissingValueException.class)
                .extracting(ValidationException::field)
                .isEqualTo("threshold");
    }

    @ParameterizedTest(name = "threshold {0} is rejected")
    @CsvSource({"0", "1.2", "3/2", "2/0", "0/3", "-0.5", "abc", "1e-1", "80%", "''"})
    void threshold_outsideTheUnitInterval_isRejected(String threshold) {
        ValidationException e = rejected(() -> METHOD.validate(params("threshold", threshold)));

        assertThat(e.type()).isEqualTo("approval");
        assertThat(e.field()).isEqualTo("threshold");
        assertThat(e.getMessage()).contains("not a share in (0, 1]").contains("a fraction such as 2/3");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("không phải tỉ lệ trong (0, 1]");
    }

    @ParameterizedTest(name = "{0} = {1} is rejected")
    @CsvSource({
        "base, quorum, membership (the whole electorate) or present",
        "seats, -1, a whole number of at least 0",
        "seats, two, a whole number of at least 0",
        "maxRounds, 0, a whole number of at least 1",
        "written, maybe, count (like ballots cast in person) or ignore",
        "treshold, 0.8, 'the parameters: base, decider.en, decider.vi, maxRounds, seats, threshold, written'"
    })
    void badParameter_isRejectedWithWhatIsAllowed(String key, String value, String allowed) {
        ValidationException e = rejected(() -> METHOD.validate(params("threshold", "0.8", key, value)));

        assertThat(e.type()).isEqualTo("approval");
        assertThat(e.field()).isEqualTo(key);
        assertThat(e.allowed().en()).contains(allowed);
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("cho phép");
    }

    @Test
    void decider_inOneLanguageOnly_isRejected() {
        ValidationException e =
                rejected(() -> METHOD.validate(params("threshold", "0.8", "decider.vi", "Chủ tịch Hội đồng")));

        assertThat(e.field()).isEqualTo("decider.en");
        assertThat(e.getMessage()).contains("both decider.vi and decider.en");
    }

    @Test
    void count_withBadParameters_failsBeforeCounting() {
        assertThat(rejected(() -> METHOD.count(elevenMembers(9), params("threshold", "1.5")))
                        .field())
                .isEqualTo("threshold");
    }

    @Test
    void seatsZero_nobodyReachesInRoundOne_roundTwoIsCounted() {
        Vote v = vote(11, List.of(YEN_BAI), all(approving(1, 1, 8, YEN_BAI), approving(2, 1, 9, YEN_BAI)));

        VoteOutcome outcome = METHOD.count(v, params("threshold", "0.8", "seats", "0"));

        assertThat(outcome.decided()).isTrue();
        assertThat(outcome.elected()).containsExactly(YEN_BAI);
        assertThat(outcome.tallies()).hasSize(2);
    }

    @Test
    void everyRoundHeldCounted_noRoundIsSaidToBeLeftUncounted() {
        Vote v = vote(11, List.of(YEN_BAI), all(approving(1, 1, 8, YEN_BAI), approving(2, 1, 10, YEN_BAI)));

        VoteOutcome outcome = METHOD.count(v, EIGHTY_PERCENT);

        assertThat(outcome.explanation().children())
                .extracting(Explanation::key)
                .containsExactly("vote.approval.round", "vote.approval.round");
    }

    @Test
    void decidedInRoundOne_theRoundAfterIsNotCounted_asAlreadyDecided() {
        Vote v = vote(11, List.of(YEN_BAI), all(approving(1, 1, 9, YEN_BAI), approving(2, 1, 2, YEN_BAI)));

        VoteOutcome outcome = METHOD.count(v, EIGHTY_PERCENT);

        assertThat(outcome.elected()).containsExactly(YEN_BAI);
        assertThat(outcome.tallies()).hasSize(1);
        assertThat(outcome.explanation().render(Text.VIETNAMESE))
                .contains("Phiếu của 1 vòng sau vòng 1 không được tính (đã quyết định)");
        assertThat(outcome.explanation().render(Locale.ENGLISH))
                .contains("Ballots of 1 round(s) after round 1 are not counted (already decided)");
    }

    @Test
    void inputs_nameTheBaseAndTheTreatmentOfWrittenBallots() {
        Vote v = elevenMembers(9);

        assertThat(METHOD.count(v, EIGHTY_PERCENT).explanation().inputs())
                .containsEntry("base", "membership")
                .containsEntry("written", "count")
                .containsEntry("threshold", "0.8")
                .containsEntry("seats", "1")
                .containsEntry("maxRounds", "2");
        assertThat(METHOD.count(v, params("threshold", "0.8", "base", "present", "written", "ignore"))
                        .explanation()
                        .inputs())
                .containsEntry("base", "present")
                .containsEntry("written", "ignore");
    }

    @Test
    void twoSeats_theOneElectedInRoundOne_isNotCountedAgainForTheSeatLeft() {
        // Half of 10 → 5 needed. Round 1: Yên Bái 8, Phú Thọ 4, Lào Cai 4: one seat filled.
        // Round 2: Yên Bái 8, Phú Thọ 7, Lào Cai 6: one seat left, Phú Thọ takes it.
        Vote v = vote(
                10,
                List.of(YEN_BAI, PHU_THO, LAO_CAI),
                all(
                        approving(1, 1, 4, YEN_BAI, PHU_THO),
                        approving(1, 5, 4, YEN_BAI, LAO_CAI),
                        approving(2, 1, 6, YEN_BAI, PHU_THO, LAO_CAI),
                        approving(2, 7, 1, YEN_BAI, PHU_THO),
                        approving(2, 8, 1, YEN_BAI)));

        VoteOutcome outcome = METHOD.count(v, params("threshold", "1/2", "seats", "2"));

        assertThat(outcome.decided()).isTrue();
        assertThat(outcome.elected()).containsExactly(YEN_BAI, PHU_THO);
        Explanation roundTwo = outcome.explanation().children().get(1);
        assertThat(roundTwo.children())
                .extracting(e -> e.inputs().get("candidate"))
                .containsExactly("phu-tho", "lao-cai");
        assertThat(roundTwo.render(Locale.ENGLISH))
                .contains("lao-cai 6/10 approvals ≥ 5 needed (1/2 of 10 members) → reached the threshold but no seat"
                        + " is left");
    }

    @Test
    void writtenBallotsIgnored_areCountedInTheRoundLine_andOnlyThen() {
        Vote v = vote(
                11,
                List.of(YEN_BAI),
                all(approving(1, 1, 9, YEN_BAI), approving(1, 10, 2, BallotMode.WRITTEN, YEN_BAI)));

        Explanation ignored = METHOD.count(v, params("threshold", "0.8", "written", "ignore"))
                .explanation()
                .children()
                .get(0);
        Explanation counted =
                METHOD.count(v, EIGHTY_PERCENT).explanation().children().get(0);

        assertThat(ignored.text().vi()).startsWith("Vòng 1: 9 phiếu được tính, bỏ qua 2 phiếu bằng văn bản; cần 9");
        assertThat(ignored.text().en()).startsWith("Round 1: 9 ballot(s) counted, 2 written ballot(s) ignored; 9");
        assertThat(counted.text().vi()).startsWith("Vòng 1: 11 phiếu được tính; cần 9");
        assertThat(counted.text().en()).startsWith("Round 1: 11 ballot(s) counted; 9 approvals needed");
    }

    @Test
    void threshold_ofFortyCharacters_isRead_andOfFortyOne_isRejected() {
        String forty = "0.5" + "0".repeat(37);
        String fortyOne = forty + "0";

        assertThat(forty).hasSize(40);
        assertThat(METHOD.count(vote(10, List.of(YEN_BAI), approving(1, 1, 5, YEN_BAI)), params("threshold", forty))
                        .elected())
                .containsExactly(YEN_BAI);
        assertThat(rejected(() -> METHOD.validate(params("threshold", fortyOne)))
                        .field())
                .isEqualTo("threshold");
    }
}
