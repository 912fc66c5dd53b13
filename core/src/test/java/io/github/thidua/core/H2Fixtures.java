package io.github.thidua.core;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared values and helpers for the tests of assessments, votes, awards and results. */
final class H2Fixtures {

    static final Id HA_GIANG = Id.of("ha-giang");
    static final Id YEN_BAI = Id.of("yen-bai");
    static final Id PHU_THO = Id.of("phu-tho");
    static final Id TUYEN_QUANG = Id.of("tuyen-quang");
    static final Id OUTSIDER = Id.of("ha-noi");

    private H2Fixtures() {}

    /** Runs {@code code} and returns the validation exception it must throw. */
    static ValidationException rejected(ThrowingCallable code) {
        ValidationException e = catchThrowableOfType(ValidationException.class, code);
        if (e == null) {
            throw new AssertionError("expected a ValidationException");
        }
        return e;
    }

    /** Runs {@code code} and returns the missing-value exception it must throw. */
    static MissingValueException missing(ThrowingCallable code) {
        MissingValueException e = catchThrowableOfType(MissingValueException.class, code);
        if (e == null) {
            throw new AssertionError("expected a MissingValueException");
        }
        return e;
    }

    static Ballot approval(Id voter, int round, Id... approvals) {
        return Ballot.builder()
                .voter(voter)
                .round(round)
                .mode(BallotMode.IN_PERSON)
                .addApprovals(approvals)
                .build();
    }

    static Ballot ranking(Id voter, int round, Id... ranking) {
        return Ballot.builder()
                .voter(voter)
                .round(round)
                .mode(BallotMode.IN_PERSON)
                .addRanking(ranking)
                .build();
    }

    static Vote.Builder vote() {
        return Vote.builder()
                .id(Id.of("suy-ton-2024"))
                .subject(Name.of("Suy tôn Cụm trưởng năm 2024"))
                .addCandidates(YEN_BAI, PHU_THO)
                .addElectorate(HA_GIANG, YEN_BAI, PHU_THO, TUYEN_QUANG);
    }

    static Explanation explanation() {
        return Explanation.of("unit.total", Text.of("Tổng điểm", "Total"));
    }

    static AwardProposal flagFor(Id unit) {
        return AwardProposal.builder()
                .recipient(unit)
                .recipientKind(RecipientKind.COLLECTIVE)
                .awardKind(AwardKinds.MINISTRY_PROVINCE_FLAG)
                .period(Period.year(2024))
                .proposedBy(Id.of("ccb-cum-2"))
                .basis(Text.of("hạng 1 của cụm", "ranked 1st in the cluster"))
                .build();
    }

    static UnitResult.Builder unitResult(Id unit) {
        return UnitResult.builder()
                .unit(unit)
                .addCriteria(CriterionResult.of("1.1", Points.of(10)), CriterionResult.of("1.2", Points.parse("7.5")))
                .putSubtotals("1", Points.parse("17.5"))
                .total(Points.parse("17.5"))
                .explanation(explanation());
    }
}
