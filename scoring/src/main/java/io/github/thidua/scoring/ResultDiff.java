package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.AwardProposal;
import io.github.thidua.core.BandResult;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rank;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.Vnd;
import io.github.thidua.scoring.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Compares two results, typically the same cluster evaluated with two policies ("what if the
 * leader-relative rule capped at 1.2?"): who moved, by how much, and which criteria made them;
 * which units changed band, award proposals or cash.
 *
 * <pre>{@code
 * for (UnitChange c : ResultDiff.between(before, after)) {
 *     if (c.changed()) report.add(c.explanation().render(Locale.ENGLISH));
 * }
 * }</pre>
 */
public final class ResultDiff {

    private ResultDiff() {}

    /**
     * Compares two results unit by unit.
     *
     * @param before the first result, not null
     * @param after the second result, not null
     * @return one change per unit present in either, ordered by unit id
     */
    public static List<UnitChange> between(ClusterResult before, ClusterResult after) {
        requireNonNull(before, "before");
        requireNonNull(after, "after");
        TreeSet<Id> units = new TreeSet<>();
        before.units().forEach(u -> units.add(u.unit()));
        after.units().forEach(u -> units.add(u.unit()));
        List<UnitChange> changes = new ArrayList<>();
        for (Id unit : units) {
            changes.add(change(unit, before.unit(unit), after.unit(unit)));
        }
        return changes;
    }

    private static UnitChange change(Id unit, Optional<UnitResult> before, Optional<UnitResult> after) {
        UnitChange.Builder b = UnitChange.builder().unit(unit);
        before.ifPresent(r -> b.totalBefore(r.total()));
        after.ifPresent(r -> b.totalAfter(r.total()));
        OptionalInt rankBefore = position(before);
        OptionalInt rankAfter = position(after);
        rankBefore.ifPresent(b::rankBefore);
        rankAfter.ifPresent(b::rankAfter);
        before.flatMap(UnitResult::band).map(BandResult::code).ifPresent(b::bandBefore);
        after.flatMap(UnitResult::band).map(BandResult::code).ifPresent(b::bandAfter);
        List<Id> proposalsBefore = proposals(before);
        List<Id> proposalsAfter = proposals(after);
        b.addAllProposalsBefore(proposalsBefore).addAllProposalsAfter(proposalsAfter);
        before.flatMap(UnitResult::cash).ifPresent(b::cashBefore);
        after.flatMap(UnitResult::cash).ifPresent(b::cashAfter);
        List<Explanation> reasons = new ArrayList<>();
        if (before.isPresent() && after.isPresent()) {
            band(before.get(), after.get()).ifPresent(reasons::add);
            if (!proposalsBefore.equals(proposalsAfter)) {
                reasons.add(Explanation.builder()
                        .key("diff.proposals")
                        .text(Text.of(
                                "đề nghị khen thưởng: " + ids(proposalsBefore, "không có") + " → "
                                        + ids(proposalsAfter, "không có"),
                                "award proposals: " + ids(proposalsBefore, "none") + " → "
                                        + ids(proposalsAfter, "none")))
                        .build());
            }
            Optional<Vnd> cashBefore = before.get().cash();
            Optional<Vnd> cashAfter = after.get().cash();
            if (!cashBefore.equals(cashAfter)) {
                reasons.add(Explanation.builder()
                        .key("diff.cash")
                        .text(Text.of(
                                "tiền thưởng: " + cash(cashBefore, "không có", Text.VIETNAMESE) + " → "
                                        + cash(cashAfter, "không có", Text.VIETNAMESE),
                                "cash: " + cash(cashBefore, "none", Locale.ENGLISH) + " → "
                                        + cash(cashAfter, "none", Locale.ENGLISH)))
                        .build());
            }
            for (CriterionResult c : after.get().criteria()) {
                Points was = before.get()
                        .criterion(c.criterion())
                        .map(CriterionResult::points)
                        .orElse(Points.ZERO);
                Points delta = c.points().minus(was);
                if (!delta.isZero()) {
                    b.putCriteria(c.criterion(), delta);
                    reasons.add(Explanation.builder()
                            .key("diff.criterion")
                            .text(Text.of(
                                    c.criterion() + ": " + Texts.vi(was) + " → " + Texts.vi(c.points()) + " ("
                                            + signed(delta, true) + ")",
                                    c.criterion() + ": " + Texts.en(was) + " → " + Texts.en(c.points()) + " ("
                                            + signed(delta, false) + ")"))
                            .value(delta)
                            .build());
                }
            }
        }
        String vi;
        String en;
        if (before.isEmpty()) {
            vi = unit + " chỉ có trong kết quả sau";
            en = unit + " appears only in the second result";
        } else if (after.isEmpty()) {
            vi = unit + " chỉ có trong kết quả trước";
            en = unit + " appears only in the first result";
        } else {
            Points t0 = before.get().total();
            Points t1 = after.get().total();
            vi = unit + ": tổng " + Texts.vi(t0) + " → " + Texts.vi(t1) + rankText(rankBefore, rankAfter, true);
            en = unit + ": total " + Texts.en(t0) + " → " + Texts.en(t1) + rankText(rankBefore, rankAfter, false);
        }
        return b.explanation(Explanation.builder()
                        .key("diff.unit")
                        .text(Text.of(vi, en))
                        .addAllChildren(reasons)
                        .build())
                .build();
    }

    private static Optional<Explanation> band(UnitResult before, UnitResult after) {
        Optional<BandResult> was = before.band();
        Optional<BandResult> is = after.band();
        if (was.map(BandResult::code).equals(is.map(BandResult::code))) {
            return Optional.empty();
        }
        return Optional.of(Explanation.builder()
                .key("diff.band")
                .text(Text.of(
                        "xếp loại: " + bandLabel(was, true) + " → " + bandLabel(is, true),
                        "band: " + bandLabel(was, false) + " → " + bandLabel(is, false)))
                .build());
    }

    private static String bandLabel(Optional<BandResult> band, boolean vi) {
        return band.map(r -> (vi ? r.label().vi() : r.label().en()) + " (" + r.code() + ")")
                .orElse(vi ? "không có" : "none");
    }

    private static List<Id> proposals(Optional<UnitResult> result) {
        return result.map(r -> r.proposals().stream()
                        .map(AwardProposal::awardKind)
                        .map(k -> k.id())
                        .toList())
                .orElse(List.of());
    }

    private static String ids(List<Id> ids, String none) {
        return ids.isEmpty()
                ? none
                : String.join(", ", ids.stream().map(Id::toString).toList());
    }

    private static String cash(Optional<Vnd> cash, String none, Locale locale) {
        return cash.map(v -> v.format(locale)).orElse(none);
    }

    private static OptionalInt position(Optional<UnitResult> result) {
        Optional<Rank> rank = result.flatMap(UnitResult::rank);
        return rank.isPresent() ? OptionalInt.of(rank.get().position()) : OptionalInt.empty();
    }

    private static String rankText(OptionalInt before, OptionalInt after, boolean vi) {
        if (before.isEmpty() || after.isEmpty() || before.getAsInt() == after.getAsInt()) {
            return before.isPresent() && before.equals(after)
                    ? (vi ? ", giữ hạng " : ", stays ") + before.getAsInt()
                    : "";
        }
        return (vi ? ", hạng " : ", rank ") + before.getAsInt() + " → " + after.getAsInt();
    }

    private static String signed(Points delta, boolean vi) {
        String text = delta.signum() > 0 ? "+" + delta : delta.toString();
        return vi ? text.replace('.', ',') : text;
    }
}
