package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.internal.BuiltInTieBreakers;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.TieBreaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ranks units directly, for tools that already have totals, with thidua's built-in tie-breakers.
 *
 * <p>Immutable and thread-safe: every method returns a new ranking. {@link #rank()} works as
 * {@link Ranker#rank(List, RankingRules, java.util.function.Function)}: input order never
 * changes the result, and a tie that no tie-breaker separates is reported as unresolved, with the
 * decider named.
 *
 * <pre>{@code
 * List<RankedCandidate> dense = Ranking.of(Map.of(
 *                 Id.of("ha-giang"), Points.of(95),
 *                 Id.of("yen-bai"), Points.of(90)))
 *         .kind(RankingKind.DENSE)
 *         .rank();
 * List<RankedCandidate> separated = Ranking.of(candidates)
 *         .tieBreak("group-subtotal", Parameters.of(Map.of("group", "I")))
 *         .tieBreak("fewer-deductions")
 *         .rank();
 * }</pre>
 */
public final class Ranking {

    private final List<Candidate> candidates;
    private final RankingRules rules;

    private Ranking(List<Candidate> candidates, RankingRules rules) {
        this.candidates = candidates;
        this.rules = rules;
    }

    /**
     * Starts a ranking of bare totals, which only the total can separate.
     *
     * @param totals each unit's total; not null, no null key or value
     * @return a competition ranking without tie-breakers
     * @throws ValidationException if a key or value is null
     */
    public static Ranking of(Map<Id, Points> totals) {
        requireNonNull(totals, "totals");
        List<Candidate> candidates = new ArrayList<>(totals.size());
        totals.forEach((unit, total) ->
                candidates.add(Candidate.builder().unit(unit).total(total).build()));
        return new Ranking(List.copyOf(candidates), RankingRules.of(RankingKind.COMPETITION));
    }

    /**
     * Starts a ranking of candidates, which carry what tie-breakers look at.
     *
     * @param candidates the candidates; not null, no null element
     * @return a competition ranking without tie-breakers
     * @throws NullPointerException if the list or an element is null
     */
    public static Ranking of(List<Candidate> candidates) {
        return new Ranking(
                List.copyOf(requireNonNull(candidates, "candidates")), RankingRules.of(RankingKind.COMPETITION));
    }

    /**
     * Returns this ranking with another numbering.
     *
     * @param kind the numbering, not null
     * @return the new ranking
     */
    public Ranking kind(RankingKind kind) {
        requireNonNull(kind, "kind");
        return new Ranking(candidates, rules(kind, rules.chain(), rules.decider()));
    }

    /**
     * Returns this ranking with a built-in tie-breaker without parameters appended to the chain.
     *
     * @param name the tie-breaker's name, such as {@code fewer-deductions}; not null
     * @return the new ranking
     * @throws ValidationException if no built-in tie-breaker has that name, it needs parameters,
     *     or it is already in the chain
     */
    public Ranking tieBreak(String name) {
        return tieBreak(name, Parameters.none());
    }

    /**
     * Returns this ranking with a built-in tie-breaker appended to the chain.
     *
     * @param name the tie-breaker's name, such as {@code group-subtotal}; not null
     * @param parameters its parameters, such as {@code group=I}; not null
     * @return the new ranking
     * @throws ValidationException if no built-in tie-breaker has that name, a parameter is
     *     invalid, or the same link is already in the chain
     */
    public Ranking tieBreak(String name, Parameters parameters) {
        requireNonNull(name, "name");
        requireNonNull(parameters, "parameters");
        TieBreakLink link = TieBreakLink.of(name, parameters);
        TieBreaker tieBreaker = builtIn(name);
        if (tieBreaker == null) {
            String known = BuiltInTieBreakers.all().stream()
                    .map(TieBreaker::name)
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw ValidationException.invalid(
                    "Ranking",
                    "tieBreak",
                    name,
                    Text.of("không có tiêu chí phụ dựng sẵn nào tên này", "no built-in tie-breaker of that name"),
                    Text.of(known, known));
        }
        tieBreaker.validate(parameters);
        return new Ranking(candidates, rules(rules.kind(), append(rules.chain(), link), rules.decider()));
    }

    /**
     * Returns this ranking with another decider for ties that nothing separates.
     *
     * @param decider who decides, such as "Cụm trưởng và Cụm phó"; not null
     * @return the new ranking
     */
    public Ranking decider(Text decider) {
        requireNonNull(decider, "decider");
        return new Ranking(candidates, rules(rules.kind(), rules.chain(), decider));
    }

    /**
     * Returns the rules built so far.
     *
     * @return the numbering, chain and decider
     */
    public RankingRules rules() {
        return rules;
    }

    /**
     * Ranks the candidates.
     *
     * @return one entry per candidate, by position; the units of a shared position by id
     * @throws ValidationException if a unit is listed twice
     */
    public List<RankedCandidate> rank() {
        return Ranker.rank(candidates, rules, Ranking::builtIn);
    }

    private static TieBreaker builtIn(String name) {
        for (TieBreaker t : BuiltInTieBreakers.all()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    private static RankingRules rules(RankingKind kind, List<TieBreakLink> chain, Text decider) {
        return RankingRules.builder()
                .kind(kind)
                .addAllChain(chain)
                .decider(decider)
                .build();
    }

    private static List<TieBreakLink> append(List<TieBreakLink> chain, TieBreakLink link) {
        List<TieBreakLink> longer = new ArrayList<>(chain);
        longer.add(link);
        return longer;
    }
}
