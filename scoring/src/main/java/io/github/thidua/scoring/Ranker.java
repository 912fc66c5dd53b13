package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Rank;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.TieBreaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ranks units by total and separates units level on total with a chain of tie-breakers.
 *
 * <p>Units are sorted by total, highest first. Within each group of equal totals the chain's links
 * are applied in order: each link sorts a group still level with its comparator and splits it into
 * ordered sub-groups of units it finds equal. A link separates a group only when it orders the
 * whole group consistently (every pair compares as the split says, both ways); otherwise, for
 * example when some units lack the value it looks at, it separates none of them and the next link
 * is tried. A unit's {@link Rank#decidedBy()} names the last link that separated it from units it
 * was level with. Units that no link separates share a position and form an unresolved tie,
 * waiting for the decision of {@link RankingRules#decider()}; they are never separated by input
 * order.
 *
 * <p>Positions: {@link RankingKind#COMPETITION} and {@link RankingKind#ORDINAL} give 1 + the
 * number of units ahead; {@link RankingKind#DENSE} gives 1 + the number of places ahead. Input
 * order changes nothing: the result is listed by position, and the units of an unresolved tie by
 * id. Stateless and thread-safe.
 *
 * <pre>{@code
 * Registry registry = Registry.builtIns().with(new MyTieBreaker());
 * List<RankedCandidate> ranked = Ranker.rank(candidates, rules, name -> registry.tieBreaker(name).orElse(null));
 * }</pre>
 */
public final class Ranker {

    private Ranker() {}

    /**
     * Ranks the candidates.
     *
     * @param candidates the units with their totals and tie-break keys; not null, no null element,
     *     each unit once; may be empty
     * @param rules the numbering, the tie-break chain and the decider; not null
     * @param tieBreakers finds a tie-breaker by name, returning null for an unknown name; not null
     * @return one entry per candidate, by position; the units of a shared position by id
     * @throws ValidationException if a candidate is null or listed twice, a link names an unknown
     *     tie-breaker, or a link's parameters are invalid
     */
    public static List<RankedCandidate> rank(
            List<Candidate> candidates, RankingRules rules, Function<String, TieBreaker> tieBreakers) {
        requireNonNull(candidates, "candidates");
        requireNonNull(rules, "rules");
        requireNonNull(tieBreakers, "tieBreakers");
        List<Link> links = resolve(rules, tieBreakers);
        List<Candidate> sorted = checked(candidates);
        sorted.sort(Comparator.comparing(Candidate::total).reversed().thenComparing(Candidate::unit));

        List<List<Candidate>> places = new ArrayList<>();
        Map<Id, List<Explanation>> steps = new HashMap<>();
        Map<Id, String> decidedBy = new HashMap<>();
        Map<Id, List<Id>> levelOnTotal = new HashMap<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size()
                    && sorted.get(j).total().equals(sorted.get(i).total())) {
                j++;
            }
            List<Candidate> level = sorted.subList(i, j);
            for (Candidate c : level) {
                steps.put(c.unit(), new ArrayList<>());
                levelOnTotal.put(c.unit(), others(level, c));
            }
            List<List<Candidate>> groups = List.of(level);
            for (Link link : links) {
                List<List<Candidate>> next = new ArrayList<>();
                for (List<Candidate> group : groups) {
                    if (group.size() == 1) {
                        next.add(group);
                        continue;
                    }
                    List<List<Candidate>> split = link.split(group);
                    for (Candidate c : group) {
                        // Worded with the rank's explanation, when that is read.
                        steps.get(c.unit()).add(Explanation.deferred(() -> link.explain(c, group, split)));
                        if (split != null && split.size() > 1) {
                            decidedBy.put(c.unit(), link.name());
                        }
                    }
                    next.addAll(split == null ? List.of(group) : split);
                }
                groups = next;
            }
            places.addAll(groups);
            i = j;
        }

        List<RankedCandidate> ranked = new ArrayList<>(sorted.size());
        int unitsAhead = 0;
        int placesAhead = 0;
        for (List<Candidate> place : places) {
            int position = 1 + (rules.kind() == RankingKind.DENSE ? placesAhead : unitsAhead);
            for (Candidate c : place) {
                List<Id> tiedWith = others(place, c);
                Rank.Builder rank = Rank.builder().position(position);
                if (tiedWith.isEmpty()) {
                    if (decidedBy.containsKey(c.unit())) {
                        rank.decidedBy(decidedBy.get(c.unit()));
                    }
                } else {
                    rank.addAllTiedWith(tiedWith).unresolved(true).decider(rules.decider());
                }
                ranked.add(RankedCandidate.builder()
                        .unit(c.unit())
                        .total(c.total())
                        .rank(rank.build())
                        // Worded when read: ranking large runs rarely reads every explanation.
                        .explanation(Explanation.deferred(() -> summary(
                                c,
                                position,
                                levelOnTotal.get(c.unit()),
                                tiedWith,
                                decidedBy.get(c.unit()),
                                rules.decider(),
                                steps.get(c.unit()))))
                        .build());
            }
            unitsAhead += place.size();
            placesAhead++;
        }
        return List.copyOf(ranked);
    }

    private static List<Link> resolve(RankingRules rules, Function<String, TieBreaker> tieBreakers) {
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < rules.chain().size(); k++) {
            TieBreakLink link = rules.chain().get(k);
            TieBreaker tieBreaker = tieBreakers.apply(link.name());
            if (tieBreaker == null) {
                throw ValidationException.invalid(
                        "RankingRules",
                        "chain[" + k + "].name",
                        link.name(),
                        Text.of("không có tiêu chí phụ nào tên này", "no tie-breaker of that name"),
                        Text.of(
                                "tên một tiêu chí phụ có sẵn hoặc đã đăng ký",
                                "the name of a built-in or registered tie-breaker"));
            }
            tieBreaker.validate(link.parameters());
            links.add(new Link(link.name(), tieBreaker, link.parameters()));
        }
        return links;
    }

    private static List<Candidate> checked(List<Candidate> candidates) {
        List<Candidate> copy = new ArrayList<>(candidates.size());
        Set<Id> seen = new HashSet<>();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (c == null) {
                throw ValidationException.missing("Ranker", "candidates[" + k + "]");
            }
            if (!seen.add(c.unit())) {
                throw ValidationException.invalid(
                        "Ranker",
                        "candidates[" + k + "].unit",
                        c.unit().value(),
                        Text.of("đơn vị xuất hiện hai lần", "unit listed twice"),
                        Text.of("mỗi đơn vị một lần", "each unit once"));
            }
            copy.add(c);
        }
        // Everything after this works from id order, so that input order never shows.
        copy.sort(Comparator.comparing(Candidate::unit));
        return copy;
    }

    private static List<Id> others(List<Candidate> group, Candidate self) {
        return group.stream()
                .map(Candidate::unit)
                .filter(u -> !u.equals(self.unit()))
                .sorted()
                .toList();
    }

    private static String ids(List<Id> ids) {
        return ids.stream().map(Id::value).collect(Collectors.joining(", "));
    }

    private static Explanation summary(
            Candidate c,
            int position,
            List<Id> level,
            List<Id> tiedWith,
            String decidedBy,
            Text decider,
            List<Explanation> steps) {
        Points total = c.total();
        Text text;
        if (level.isEmpty()) {
            text = Text.of(
                    "Hạng " + position + " với " + total + " điểm",
                    "Position " + position + " with " + total + " points");
        } else if (tiedWith.isEmpty()) {
            text = Text.of(
                    "Hạng " + position + ": bằng điểm " + total + " với " + ids(level) + "; tách bởi tiêu chí phụ '"
                            + decidedBy + "'",
                    "Position " + position + ": level on " + total + " points with " + ids(level)
                            + "; separated by tie-breaker '" + decidedBy + "'");
        } else {
            text = Text.of(
                    "Hạng " + position + ", chưa phân định: bằng điểm " + total + " với " + ids(level)
                            + "; không tiêu chí phụ nào tách được với " + ids(tiedWith) + "; chờ quyết định của "
                            + decider.vi(),
                    "Position " + position + ", unresolved: level on " + total + " points with " + ids(level)
                            + "; no tie-breaker separates it from " + ids(tiedWith) + "; awaits a decision by "
                            + decider.en());
        }
        return Explanation.builder()
                .key(tiedWith.isEmpty() ? "ranking.position" : "ranking.position.unresolved")
                .text(text)
                .putInputs("unit", c.unit().value())
                .putInputs("total", total.toString())
                .addAllChildren(steps)
                .build();
    }

    /** A link of the chain with its tie-breaker found. */
    private record Link(String name, TieBreaker tieBreaker, Parameters parameters) {

        int compare(Candidate a, Candidate b) {
            return Integer.signum(tieBreaker.compare(a, b, parameters));
        }

        /**
         * Splits a group in id order into ordered sub-groups of equal units, or returns null when
         * the link does not order the group consistently.
         */
        List<List<Candidate>> split(List<Candidate> group) {
            List<Candidate> sorted = new ArrayList<>(group);
            try {
                // Stable: units the link finds equal stay in id order.
                sorted.sort(this::compare);
            } catch (IllegalArgumentException e) {
                // TimSort noticed a comparator breaking its contract: no consistent order.
                return null;
            }
            List<List<Candidate>> parts = new ArrayList<>();
            for (Candidate c : sorted) {
                if (parts.isEmpty() || compare(parts.get(parts.size() - 1).get(0), c) != 0) {
                    parts.add(new ArrayList<>());
                }
                parts.get(parts.size() - 1).add(c);
            }
            // The sort alone cannot tell a total preorder from a comparator that, say, finds a unit
            // without data equal to everyone: check every pair against the split, both ways.
            for (int p = 0; p < parts.size(); p++) {
                for (int q = p; q < parts.size(); q++) {
                    int expected = p == q ? 0 : -1;
                    for (Candidate a : parts.get(p)) {
                        for (Candidate b : parts.get(q)) {
                            if (a != b && (compare(a, b) != expected || compare(b, a) != -expected)) {
                                return null;
                            }
                        }
                    }
                }
            }
            return parts.stream().map(List::copyOf).toList();
        }

        Explanation explain(Candidate self, List<Candidate> group, List<List<Candidate>> split) {
            Explanation.Builder step = Explanation.builder().putInputs("tie-breaker", name);
            if (split == null) {
                return step.key("ranking.tie-break.inconsistent")
                        .text(Text.of(
                                "Tiêu chí phụ '" + name + "' không xếp được nhất quán các đơn vị đang bằng nhau nên"
                                        + " không tách ai: " + described(group, true),
                                "Tie-breaker '" + name + "' gives no consistent order to the units still level, so"
                                        + " it separates none of them: " + described(group, false)))
                        .build();
            }
            if (split.size() == 1) {
                return step.key("ranking.tie-break.level")
                        .text(Text.of(
                                "Tiêu chí phụ '" + name + "' không tách được: " + described(group, true),
                                "Tie-breaker '" + name + "' does not separate: " + described(group, false)))
                        .build();
            }
            List<Candidate> ahead = new ArrayList<>();
            List<Candidate> behind = new ArrayList<>();
            List<Candidate> same = new ArrayList<>();
            boolean passed = false;
            for (List<Candidate> part : split) {
                if (part.contains(self)) {
                    passed = true;
                    part.stream().filter(c -> c != self).forEach(same::add);
                } else {
                    (passed ? behind : ahead).addAll(part);
                }
            }
            StringBuilder vi = new StringBuilder(
                    "Tiêu chí phụ '" + name + "' tách được: " + self.unit() + " (" + describe(self, true) + ")");
            StringBuilder en = new StringBuilder(
                    "Tie-breaker '" + name + "' separates: " + self.unit() + " (" + describe(self, false) + ")");
            String sep = " ";
            if (!behind.isEmpty()) {
                vi.append(" xếp trước ").append(described(behind, true));
                en.append(" goes before ").append(described(behind, false));
                sep = "; ";
            }
            if (!ahead.isEmpty()) {
                vi.append(sep).append("xếp sau ").append(described(ahead, true));
                en.append(sep).append("goes after ").append(described(ahead, false));
                sep = "; ";
            }
            if (!same.isEmpty()) {
                vi.append(sep).append("vẫn bằng với ").append(described(same, true));
                en.append(sep).append("still level with ").append(described(same, false));
            }
            return step.key("ranking.tie-break.separated")
                    .text(Text.of(vi.toString(), en.toString()))
                    .build();
        }

        private String described(List<Candidate> units, boolean vietnamese) {
            return units.stream()
                    .sorted(Comparator.comparing(Candidate::unit))
                    .map(c -> c.unit() + " (" + describe(c, vietnamese) + ")")
                    .collect(Collectors.joining(", "));
        }

        private String describe(Candidate c, boolean vietnamese) {
            Text t = tieBreaker.describe(c, parameters);
            return vietnamese ? t.vi() : t.en();
        }
    }
}
