package io.github.thidua.scoring.axioms;

import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.AwardDecision;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * An evaluation as labelled facts ("unit u01: total" → "87.5"), with unit ids mapped through a
 * function, so that two evaluations can be compared fact by fact and their differences listed.
 */
final class Facts {

    /** How many difference lines a violation shows at most. */
    static final int MAX_LINES = 8;

    private record Fact(Text label, String value) {}

    private final Map<String, Fact> facts = new TreeMap<>();

    private Facts() {}

    /**
     * Returns the facts of an evaluation.
     *
     * @param e the evaluation
     * @param back maps the evaluation's unit ids to the ids to report
     * @param ranks whether ranks, proposals, cash and award decisions are included
     * @param explanations whether the explanations are included (rendered in English)
     * @return the facts
     */
    static Facts of(Evaluation e, UnaryOperator<Id> back, boolean ranks, boolean explanations) {
        Facts f = new Facts();
        for (UnitResult u : e.result().units()) {
            String id = back.apply(u.unit()).value();
            f.put(
                    "u." + id + ".total",
                    "đơn vị " + id + ": tổng điểm",
                    "unit " + id + ": total",
                    u.total().toString());
            for (CriterionResult c : u.criteria()) {
                f.put(
                        "u." + id + ".c." + c.criterion(),
                        "đơn vị " + id + ": tiêu chí " + c.criterion(),
                        "unit " + id + ": criterion " + c.criterion(),
                        c.points().toString());
            }
            u.subtotals()
                    .forEach((g, p) -> f.put(
                            "u." + id + ".g." + g,
                            "đơn vị " + id + ": nhóm " + g,
                            "unit " + id + ": group " + g,
                            p.toString()));
            u.band()
                    .ifPresent(b -> f.put(
                            "u." + id + ".band", "đơn vị " + id + ": xếp loại", "unit " + id + ": band", b.code()));
            if (ranks) {
                u.rank()
                        .ifPresent(r -> f.put(
                                "u." + id + ".rank",
                                "đơn vị " + id + ": hạng",
                                "unit " + id + ": rank",
                                r.position()
                                        + (r.tiedWith().isEmpty() ? "" : " tied with " + ids(r.tiedWith(), back))
                                        + (r.unresolved() ? " unresolved" : "")
                                        + r.decidedBy().map(d -> " by " + d).orElse("")));
                f.put(
                        "u." + id + ".proposals",
                        "đơn vị " + id + ": đề nghị khen thưởng",
                        "unit " + id + ": proposals",
                        u.proposals().stream()
                                .map(p -> p.awardKind().id().value())
                                .toList()
                                .toString());
                u.cash()
                        .ifPresent(c -> f.put(
                                "u." + id + ".cash",
                                "đơn vị " + id + ": tiền thưởng",
                                "unit " + id + ": cash",
                                c.toString()));
            }
            if (explanations) {
                f.put(
                        "u." + id + ".x",
                        "đơn vị " + id + ": diễn giải",
                        "unit " + id + ": explanation",
                        u.explanation().render(Locale.ENGLISH));
            }
        }
        for (Map.Entry<Id, VoteOutcome> v : e.votes().entrySet()) {
            String id = v.getKey().value();
            VoteOutcome o = v.getValue();
            f.put(
                    "v." + id + ".elected",
                    "bỏ phiếu " + id + ": trúng",
                    "vote " + id + ": elected",
                    o.elected().stream().map(back).map(Id::value).toList() + (o.decided() ? "" : " undecided"));
            List<String> tallies = new ArrayList<>();
            for (Map<Id, Integer> round : o.tallies()) {
                TreeMap<String, Integer> mapped = new TreeMap<>();
                round.forEach((k, n) -> mapped.put(back.apply(k).value(), n));
                tallies.add(mapped.toString());
            }
            f.put(
                    "v." + id + ".tallies",
                    "bỏ phiếu " + id + ": số phiếu",
                    "vote " + id + ": tallies",
                    tallies.toString());
            if (explanations) {
                f.put(
                        "v." + id + ".x",
                        "bỏ phiếu " + id + ": diễn giải",
                        "vote " + id + ": explanation",
                        o.explanation().render(Locale.ENGLISH));
            }
        }
        if (ranks) {
            for (AwardDecision d : e.awards()) {
                String id = back.apply(d.unit()).value();
                f.put(
                        "u." + id + ".award",
                        "đơn vị " + id + ": quyết định khen thưởng",
                        "unit " + id + ": award decision",
                        d.status() + d.award().map(a -> " " + a.id()).orElse(""));
                if (explanations) {
                    f.put(
                            "u." + id + ".award.x",
                            "đơn vị " + id + ": diễn giải khen thưởng",
                            "unit " + id + ": award explanation",
                            d.explanation().render(Locale.ENGLISH));
                }
            }
        }
        return f;
    }

    private static String ids(List<Id> ids, UnaryOperator<Id> back) {
        return ids.stream()
                .map(back)
                .map(Id::value)
                .collect(Collectors.toCollection(TreeSet::new))
                .toString();
    }

    private void put(String key, String vi, String en, String value) {
        facts.put(key, new Fact(Text.of(vi, en), value));
    }

    /**
     * Lists the facts that differ, at most {@link #MAX_LINES}, each as "label: this (as) vs that
     * (as)"; for multi-line facts (explanations) the first differing line.
     *
     * @param other the facts to compare with
     * @param asThis what this side is, such as "as given"
     * @param asOther what the other side is, such as "shuffled"
     * @return the differences, empty when every fact is equal
     */
    List<Text> differences(Facts other, Text asThis, Text asOther) {
        List<Text> out = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(facts.keySet());
        keys.addAll(other.facts.keySet());
        for (String key : keys) {
            Fact a = facts.get(key);
            Fact b = other.facts.get(key);
            String va = a == null ? "–" : a.value();
            String vb = b == null ? "–" : b.value();
            if (Objects.equals(va, vb)) {
                continue;
            }
            Text label = a != null ? a.label() : b.label();
            if (out.size() == MAX_LINES) {
                out.add(Text.of("…", "…"));
                break;
            }
            String[] la = va.split("\n", -1);
            String[] lb = vb.split("\n", -1);
            if (la.length > 1 || lb.length > 1) {
                int line = 0;
                while (line < la.length && line < lb.length && la[line].equals(lb[line])) {
                    line++;
                }
                va = line < la.length ? la[line].strip() : "–";
                vb = line < lb.length ? lb[line].strip() : "–";
                label = Text.of(label.vi() + ", dòng " + (line + 1), label.en() + ", line " + (line + 1));
            }
            out.add(Text.of(
                    label.vi() + ": " + va + " (" + asThis.vi() + ") khác " + vb + " (" + asOther.vi() + ")",
                    label.en() + ": " + va + " (" + asThis.en() + ") vs " + vb + " (" + asOther.en() + ")"));
        }
        return out;
    }
}
