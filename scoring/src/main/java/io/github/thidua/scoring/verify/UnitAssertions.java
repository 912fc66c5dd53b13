package io.github.thidua.scoring.verify;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rank;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vnd;
import io.github.thidua.scoring.AwardDecision;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStatus;
import io.github.thidua.scoring.Band;
import io.github.thidua.scoring.TieBreakLink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks on one unit's result: its criteria's points, subtotals, total, band, rank and
 * tie-break, award decision and cash. Each check returns this object, so several read as one
 * line; {@link #unit(String)} and {@link #vote(String)} move on to another subject.
 *
 * <pre>{@code
 * verification.unit("son-la")
 *         .criterion("I.1").hasPoints("35")
 *         .hasSubtotal("I", "55").hasTotal("95").hasBand("excellent")
 *         .hasRank(2).tieDecidedBy("fewer-deductions")
 *         .isProposedFor("ministry-province-merit").hasCash(4_680_000);
 * }</pre>
 *
 * <p>Points compare by exact value: {@code "8"} equals {@code 8.00}. A failed check throws a
 * {@link VerificationFailure} that shows the expected and actual values and the explanation of
 * the result checked (the criterion, the total, the band, the rank, the award decision, the cash).
 * Not thread-safe inside {@link Verification#softly(java.util.function.Consumer)}; otherwise
 * immutable.
 */
public final class UnitAssertions {

    private final Verification verification;
    private final UnitResult result;

    UnitAssertions(Verification verification, UnitResult result) {
        this.verification = verification;
        this.result = result;
    }

    // ---- navigation -------------------------------------------------------------------------

    /**
     * Starts the checks on one criterion of this unit.
     *
     * @param criterion the criterion's code, such as {@code I.1}; not null
     * @return the checks on that criterion
     * @throws VerificationFailure if the table has no such criterion; the message lists them
     */
    public CriterionAssertions criterion(String criterion) {
        requireNonNull(criterion, "criterion");
        if (result == null) {
            return new CriterionAssertions(this, null, criterion);
        }
        CriterionResult found = result.criterion(criterion).orElse(null);
        if (found == null) {
            List<String> codes =
                    result.criteria().stream().map(CriterionResult::criterion).toList();
            fail(
                    Text.of("tiêu chí " + criterion, "criterion " + criterion),
                    Text.of("có", "present").in(language()),
                    Text.of("không có", "absent").in(language()),
                    Text.of(
                            "Các tiêu chí của bảng điểm: " + Wording.list(codes),
                            "The criteria of the table: " + Wording.list(codes)),
                    null);
        }
        return new CriterionAssertions(this, found, criterion);
    }

    /**
     * Moves on to another unit; the same as {@link Verification#unit(String)}.
     *
     * @param unit a unit id of the result, not null
     * @return the checks on that unit
     * @throws VerificationFailure if the result has no such unit
     */
    public UnitAssertions unit(String unit) {
        return verification.unit(unit);
    }

    /**
     * Moves on to a vote; the same as {@link Verification#vote(String)}.
     *
     * @param vote a vote id of the input, not null
     * @return the checks on that vote
     * @throws VerificationFailure if no vote has that id
     */
    public VoteAssertions vote(String vote) {
        return verification.vote(vote);
    }

    // ---- points -----------------------------------------------------------------------------

    /**
     * Checks the unit's total (after bonus, deductions, caps and rounding).
     *
     * @param total the points, a decimal such as {@code "95"} or {@code "94.33"}
     * @return these checks, for more
     * @throws ValidationException if the text is not a decimal
     * @throws VerificationFailure if the total differs; shows the total's explanation
     */
    public UnitAssertions hasTotal(String total) {
        return hasTotal(Points.parse(requireNonNull(total, "total")));
    }

    /**
     * Checks the unit's total; see {@link #hasTotal(String)}.
     *
     * @param total the points
     * @return these checks, for more
     * @throws VerificationFailure if the total differs
     */
    public UnitAssertions hasTotal(long total) {
        return hasTotal(Points.of(total));
    }

    private UnitAssertions hasTotal(Points total) {
        if (result != null && !result.total().equals(total)) {
            fail(
                    Text.of("tổng điểm", "total"),
                    show(total),
                    show(result.total()),
                    null,
                    Verification.step(result, "unit.total"));
        }
        return this;
    }

    /**
     * Checks the subtotal of a criteria group (after the group's rounding and cap).
     *
     * @param group the group's code, such as {@code I}; not null
     * @param subtotal the points, a decimal such as {@code "55"}
     * @return these checks, for more
     * @throws ValidationException if the text is not a decimal
     * @throws VerificationFailure if the subtotal differs or the table has no such group; shows
     *     the group's explanation, or lists the groups
     */
    public UnitAssertions hasSubtotal(String group, String subtotal) {
        return hasSubtotal(group, Points.parse(requireNonNull(subtotal, "subtotal")));
    }

    /**
     * Checks the subtotal of a criteria group; see {@link #hasSubtotal(String, String)}.
     *
     * @param group the group's code; not null
     * @param subtotal the points
     * @return these checks, for more
     * @throws VerificationFailure if the subtotal differs or the table has no such group
     */
    public UnitAssertions hasSubtotal(String group, long subtotal) {
        return hasSubtotal(group, Points.of(subtotal));
    }

    private UnitAssertions hasSubtotal(String group, Points subtotal) {
        requireNonNull(group, "group");
        if (result == null) {
            return this;
        }
        Text what = Text.of("điểm nhóm " + group, "subtotal of group " + group);
        Points actual = result.subtotals().get(group);
        if (actual == null) {
            String groups = Wording.list(result.subtotals().keySet());
            fail(
                    what,
                    show(subtotal),
                    Text.of("không có nhóm này", "no such group").in(language()),
                    Text.of("Các nhóm của bảng điểm: " + groups, "The groups of the table: " + groups),
                    null);
        } else if (!actual.equals(subtotal)) {
            fail(what, show(subtotal), show(actual), null, group(result.explanation(), group));
        }
        return this;
    }

    // ---- band and rank ----------------------------------------------------------------------

    /**
     * Checks the unit's band (xếp loại) by its code.
     *
     * @param band the band's code, such as {@code excellent}; not null
     * @return these checks, for more
     * @throws VerificationFailure if the band differs or the policy classifies no units; shows
     *     the band's explanation and, for an unknown code, the policy's bands
     */
    public UnitAssertions hasBand(String band) {
        requireNonNull(band, "band");
        if (result == null) {
            return this;
        }
        String actual = result.band().map(b -> b.code()).orElse(null);
        if (!band.equals(actual)) {
            List<String> codes = verification.policy().bands().stream()
                    .flatMap(s -> s.bands().stream())
                    .map(Band::code)
                    .toList();
            Text note = codes.isEmpty()
                    ? Text.of("Quy chế không xếp loại.", "The policy has no bands.")
                    : codes.contains(band)
                            ? null
                            : Text.of(
                                    "Các loại của quy chế: " + Wording.list(codes),
                                    "The policy's bands: " + Wording.list(codes));
            fail(
                    Text.of("xếp loại", "band"),
                    band,
                    actual == null ? Wording.none().in(language()) : actual,
                    note,
                    Verification.step(result, "band"));
        }
        return this;
    }

    /**
     * Checks the unit's rank position.
     *
     * @param position the position, 1 for the first
     * @return these checks, for more
     * @throws VerificationFailure if the position differs; shows the rank's explanation
     */
    public UnitAssertions hasRank(int position) {
        if (result == null) {
            return this;
        }
        int actual = result.rank().map(Rank::position).orElse(0);
        if (actual != position) {
            fail(
                    Text.of("hạng", "rank"),
                    String.valueOf(position),
                    actual == 0 ? Wording.none().in(language()) : String.valueOf(actual),
                    null,
                    Verification.step(result, "ranking"));
        }
        return this;
    }

    /**
     * Checks which tie-breaker of the policy's chain separated this unit from the units level
     * with it on total: the last link that split them, by its stable name.
     *
     * @param tieBreaker the tie-breaker's name, such as {@code fewer-deductions}; not null
     * @return these checks, for more
     * @throws VerificationFailure if another link decided, none did, or the tie is unresolved;
     *     shows the rank's explanation and the chain
     */
    public UnitAssertions tieDecidedBy(String tieBreaker) {
        requireNonNull(tieBreaker, "tieBreaker");
        if (result == null) {
            return this;
        }
        Rank rank = result.rank().orElse(null);
        String actual = rank == null ? null : rank.decidedBy().orElse(null);
        if (!tieBreaker.equals(actual)) {
            String found;
            if (actual != null) {
                found = actual;
            } else if (rank != null && rank.unresolved()) {
                found = Text.of(
                                "chưa phân định, đồng hạng với " + Wording.ids(rank.tiedWith()),
                                "unresolved, tied with " + Wording.ids(rank.tiedWith()))
                        .in(language());
            } else {
                found = Text.of("không tiêu chí phụ nào (không bằng điểm ai)", "no tie-breaker (level with no one)")
                        .in(language());
            }
            List<String> chain = verification.policy().ranking().chain().stream()
                    .map(TieBreakLink::name)
                    .toList();
            fail(
                    Text.of("tiêu chí phụ đã phân định", "tie decided by"),
                    tieBreaker,
                    found,
                    Text.of(
                            "Chuỗi tiêu chí phụ của quy chế: " + Wording.list(chain),
                            "The policy's tie-break chain: " + Wording.list(chain)),
                    Verification.step(result, "ranking"));
        }
        return this;
    }

    /**
     * Checks that no tie-breaker separated this unit from exactly these units: they share its
     * position and await the decision of the policy's decider.
     *
     * @param unit one unit tied with this one; not null
     * @param more the other units tied with it, if any
     * @return these checks, for more
     * @throws VerificationFailure if the unit is not in an unresolved tie with exactly these
     *     units; shows the rank's explanation
     */
    public UnitAssertions isTiedWith(String unit, String... more) {
        requireNonNull(unit, "unit");
        requireNonNull(more, "more");
        if (result == null) {
            return this;
        }
        Set<String> expected = new TreeSet<>();
        expected.add(unit);
        expected.addAll(Arrays.asList(more));
        Rank rank = result.rank().orElse(null);
        Set<String> actual = rank == null || !rank.unresolved()
                ? Set.of()
                : rank.tiedWith().stream().map(Id::value).collect(Collectors.toCollection(TreeSet::new));
        if (!actual.equals(expected)) {
            fail(
                    Text.of("đồng hạng chưa phân định với", "unresolved tie with"),
                    Wording.list(expected),
                    actual.isEmpty() ? Wording.none().in(language()) : Wording.list(actual),
                    null,
                    Verification.step(result, "ranking"));
        }
        return this;
    }

    // ---- awards -----------------------------------------------------------------------------

    /**
     * Checks that the unit is proposed for an award.
     *
     * @param awardKind the award kind's id, such as {@code ministry-province-flag}; not null
     * @return these checks, for more
     * @throws VerificationFailure if it is proposed for another award or none; shows the award
     *     decision's explanation
     */
    public UnitAssertions isProposedFor(String awardKind) {
        requireNonNull(awardKind, "awardKind");
        AwardDecision decision = decision(awardKind);
        if (decision == null) {
            return this;
        }
        boolean proposed = decision.status() == AwardStatus.PROPOSED
                && decision.award().orElseThrow().id().value().equals(awardKind);
        if (!proposed) {
            fail(
                    Text.of("khen thưởng", "award"),
                    Text.of("đề nghị " + awardKind, "proposed for " + awardKind).in(language()),
                    describe(decision),
                    null,
                    decision.explanation());
        }
        return this;
    }

    /**
     * Checks that at the ladder's step for an award the unit qualified but fell outside the quota
     * line (it may still be proposed at a later step: check that with {@link
     * #isProposedFor(String)}).
     *
     * @param awardKind the award kind's id; not null
     * @return these checks, for more
     * @throws VerificationFailure if the quota did not cut the unit at that step; shows the award
     *     decision's explanation
     */
    public UnitAssertions isCutByQuota(String awardKind) {
        return atStep(
                awardKind,
                "award.step.cut-by-quota",
                null,
                Text.of("ngoài chỉ tiêu " + awardKind, "cut by the quota of " + awardKind));
    }

    /**
     * Checks that at the ladder's step for an award the unit was selected but failed an
     * eligibility rule (or is a recipient the award is not given to).
     *
     * @param awardKind the award kind's id; not null
     * @return these checks, for more
     * @throws VerificationFailure if the unit did not fail eligibility at that step; shows the
     *     award decision's explanation
     */
    public UnitAssertions isIneligibleFor(String awardKind) {
        return atStep(
                awardKind,
                "award.step.ineligible",
                null,
                Text.of("không đủ điều kiện " + awardKind, "ineligible for " + awardKind));
    }

    /**
     * Checks that at the ladder's step for an award the unit failed eligibility for a reason the
     * explanation states: the fragment is looked for in the step's explanation in Vietnamese and
     * in English, and may be the check's name, such as {@code no-pending-matters}.
     *
     * @param awardKind the award kind's id; not null
     * @param reason a fragment of the failed rule's explanation; not null
     * @return these checks, for more
     * @throws VerificationFailure if the unit did not fail eligibility at that step, or for
     *     another reason; shows the award decision's explanation
     */
    public UnitAssertions isIneligibleFor(String awardKind, String reason) {
        requireNonNull(reason, "reason");
        return atStep(
                awardKind,
                "award.step.ineligible",
                reason,
                Text.of(
                        "không đủ điều kiện " + awardKind + " vì “" + reason + "”",
                        "ineligible for " + awardKind + " because of “" + reason + "”"));
    }

    /**
     * Checks that at the ladder's step for an award the unit is tied across the quota line and
     * left to a decision or a vote.
     *
     * @param awardKind the award kind's id; not null
     * @return these checks, for more
     * @throws VerificationFailure if the unit is not undecided at that step; shows the award
     *     decision's explanation
     */
    public UnitAssertions isUndecidedAtQuotaLine(String awardKind) {
        return atStep(
                awardKind,
                "award.step.undecided",
                null,
                Text.of(
                        "chờ quyết định tại ngưỡng chỉ tiêu " + awardKind,
                        "undecided at the quota line of " + awardKind));
    }

    /**
     * Checks the final status of the unit's award decision, such as {@link
     * AwardStatus#NOT_QUALIFIED}.
     *
     * @param status the status; not null
     * @return these checks, for more
     * @throws VerificationFailure if the status differs; shows the award decision's explanation
     */
    public UnitAssertions hasAwardStatus(AwardStatus status) {
        requireNonNull(status, "status");
        AwardDecision decision = decision(null);
        if (decision != null && decision.status() != status) {
            fail(
                    Text.of("trạng thái khen thưởng", "award status"),
                    status.name() + " (" + status.label().in(language()) + ")",
                    describe(decision),
                    null,
                    decision.explanation());
        }
        return this;
    }

    // ---- cash -------------------------------------------------------------------------------

    /**
     * Checks the unit's cash reward, in whole đồng.
     *
     * @param amount the amount, digits only, such as {@code "4680000"}; not null
     * @return these checks, for more
     * @throws ValidationException if the text is not a whole number of đồng
     * @throws VerificationFailure if the amount differs or there is none; shows how the cash was
     *     computed, or why there is none
     */
    public UnitAssertions hasCash(String amount) {
        requireNonNull(amount, "amount");
        String digits = amount.strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ValidationException.invalid(
                    "UnitAssertions",
                    "hasCash.amount",
                    amount,
                    Text.of("không phải số đồng nguyên", "not a whole number of đồng"),
                    Text.of("chỉ chữ số, như 4680000", "digits only, such as 4680000"));
        }
        return hasCash(Long.parseLong(digits));
    }

    /**
     * Checks the unit's cash reward, in whole đồng; see {@link #hasCash(String)}.
     *
     * @param amount the amount, 0 or more
     * @return these checks, for more
     * @throws ValidationException if the amount is negative
     * @throws VerificationFailure if the amount differs or there is none
     */
    public UnitAssertions hasCash(long amount) {
        Vnd expected = Vnd.of(amount);
        if (result == null) {
            return this;
        }
        Vnd actual = result.cash().orElse(null);
        if (!expected.equals(actual)) {
            Explanation why = Verification.step(result, "cash");
            fail(
                    Text.of("tiền thưởng", "cash"),
                    expected.format(language()),
                    actual == null ? Wording.none().in(language()) : actual.format(language()),
                    actual == null ? noCash() : null,
                    why != null ? why : Verification.step(result, "award"));
        }
        return this;
    }

    /**
     * Checks that the unit receives no cash reward.
     *
     * @return these checks, for more
     * @throws VerificationFailure if it does; shows how the cash was computed
     */
    public UnitAssertions hasNoCash() {
        if (result != null && result.cash().isPresent()) {
            fail(
                    Text.of("tiền thưởng", "cash"),
                    Wording.none().in(language()),
                    result.cash().get().format(language()),
                    null,
                    Verification.step(result, "cash"));
        }
        return this;
    }

    // ---- explanation ------------------------------------------------------------------------

    /**
     * Checks that the unit's explanation says something, in Vietnamese or in English.
     *
     * @param fragment the words to find, such as {@code "separated by tie-breaker"}; not null
     * @return these checks, for more
     * @throws VerificationFailure if neither rendering contains them; shows the explanation
     */
    public UnitAssertions hasExplanationContaining(String fragment) {
        requireNonNull(fragment, "fragment");
        if (result != null && !Wording.mentions(result.explanation(), fragment)) {
            fail(
                    Text.of("giải thích chứa", "explanation containing"),
                    "“" + fragment + "”",
                    Text.of("không thấy", "not found").in(language()),
                    null,
                    result.explanation());
        }
        return this;
    }

    // ---- support ----------------------------------------------------------------------------

    Locale language() {
        return verification.language();
    }

    Id id() {
        return result == null ? null : result.unit();
    }

    void fail(Text what, String expected, String actual, Text note, Explanation why) {
        verification.fail(Wording.failure(language(), Wording.unit(result.unit()), what, expected, actual, note, why));
    }

    void failCriterion(String criterion, Text what, String expected, String actual, Explanation why) {
        Text subject = Text.of(
                "Đơn vị " + result.unit().value() + ", tiêu chí " + criterion,
                "Unit " + result.unit().value() + ", criterion " + criterion);
        verification.fail(Wording.failure(language(), subject, what, expected, actual, null, why));
    }

    String show(Points points) {
        return Wording.show(points, language());
    }

    private Text noCash() {
        if (verification.policy().cash().isEmpty()) {
            return Text.of("Quy chế không có bảng tiền thưởng.", "The policy has no cash table.");
        }
        if (verification.input().decisionDate().isEmpty()) {
            return Text.of(
                    "Đầu vào không có ngày quyết định khen thưởng: thêm decidedOn(…).",
                    "The input has no decision date: add decidedOn(…).");
        }
        return Text.of("Đơn vị không được đề nghị khen thưởng nào có tiền.", "The unit is proposed for no paid award.");
    }

    // The unit's award decision, after checking that the policy has a ladder with this award.
    private AwardDecision decision(String awardKind) {
        if (result == null) {
            return null;
        }
        AwardLadder ladder = verification.policy().awards().orElse(null);
        if (ladder == null) {
            fail(
                    Text.of("khen thưởng", "award"),
                    awardKind == null ? "—" : awardKind,
                    Wording.none().in(language()),
                    Text.of("Quy chế không có thang khen thưởng.", "The policy has no award ladder."),
                    null);
            return null;
        }
        Set<String> kinds = new LinkedHashSet<>();
        ladder.steps().forEach(s -> kinds.add(s.award().id().value()));
        if (awardKind != null && !kinds.contains(awardKind)) {
            fail(
                    Text.of("khen thưởng", "award"),
                    awardKind,
                    Text.of("không có trong thang khen thưởng", "not in the award ladder")
                            .in(language()),
                    Text.of(
                            "Các khen thưởng của thang: " + Wording.list(kinds),
                            "The awards of the ladder: " + Wording.list(kinds)),
                    null);
            return null;
        }
        for (AwardDecision d : verification.evaluation().awards()) {
            if (d.unit().equals(result.unit())) {
                return d;
            }
        }
        // The planner decides for every unit of the cluster; a unit without one is a bug.
        throw new IllegalStateException("no award decision for " + result.unit());
    }

    // Checks the outcome of the ladder's steps for an award: the decision's explanation has one
    // child per step the unit reached, in the ladder's order.
    private UnitAssertions atStep(String awardKind, String keyPrefix, String reason, Text expected) {
        requireNonNull(awardKind, "awardKind");
        AwardDecision decision = decision(awardKind);
        if (decision == null) {
            return this;
        }
        List<Explanation> steps = decision.explanation().children();
        var ladder = verification.policy().awards().orElseThrow().steps();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < ladder.size(); i++) {
            if (!ladder.get(i).award().id().value().equals(awardKind)) {
                continue;
            }
            if (i >= steps.size()) {
                found.add(Text.of(
                                "bậc " + (i + 1) + " không xét (đã được đề nghị hoặc chờ quyết định ở bậc trước)",
                                "step " + (i + 1) + " not reached (proposed or held at an earlier step)")
                        .in(language()));
                continue;
            }
            Explanation step = steps.get(i);
            if (step.key().startsWith(keyPrefix)
                    || (keyPrefix.equals("award.step.ineligible") && step.key().equals("award.step.recipient-kind"))) {
                if (reason == null || Wording.mentions(step, reason)) {
                    return this;
                }
            }
            found.add(step.text().in(language()));
        }
        fail(
                Text.of("khen thưởng", "award"),
                expected.in(language()),
                String.join("; ", found),
                null,
                decision.explanation());
        return this;
    }

    private String describe(AwardDecision decision) {
        String status =
                decision.status().name() + " (" + decision.status().label().in(language()) + ")";
        return decision.award()
                .map(a -> Text.of("đề nghị " + a.id().value(), "proposed for " + a.id().value())
                        .in(language()))
                .orElse(status);
    }

    private static Explanation group(Explanation node, String code) {
        if (node.key().equals("group") && code.equals(node.inputs().get("group"))) {
            return node;
        }
        for (Explanation child : node.children()) {
            Explanation found = group(child, code);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
