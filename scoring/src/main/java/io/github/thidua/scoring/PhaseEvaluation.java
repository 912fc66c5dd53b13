package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.internal.Texts;
import io.github.thidua.scoring.spi.Candidate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A phase review (tổng kết giai đoạn), such as the five-year review of a movement: combines each
 * unit's annual results over the phase (sum, average, years in a band, years leading), ranks the
 * units on that score and proposes phase awards.
 *
 * <pre>{@code
 * PhaseResult result = PhaseEvaluation.evaluate(
 *         Period.phase(2019, 2024), annualResults,
 *         PhaseRules.builder().method(PhaseMethod.AVERAGE).build(), Registry.builtIns());
 * }</pre>
 */
public final class PhaseEvaluation {

    private PhaseEvaluation() {}

    /**
     * Evaluates a phase.
     *
     * @param phase the phase, not null
     * @param annual one result per year of the phase at most (years without a review may be
     *     missing), for one cluster; any order; not null
     * @param rules how to combine, rank and award, not null
     * @param registry where tie-breakers and eligibility checks are found, not null
     * @return every unit's phase result and the phase awards
     * @throws ValidationException if a result lies outside the phase, two results share a year,
     *     or they belong to different clusters
     */
    public static PhaseResult evaluate(Period phase, List<ClusterResult> annual, PhaseRules rules, Registry registry) {
        requireNonNull(phase, "phase");
        requireNonNull(annual, "annual");
        requireNonNull(rules, "rules");
        requireNonNull(registry, "registry");
        Map<Year, ClusterResult> byYear = new TreeMap<>();
        for (int i = 0; i < annual.size(); i++) {
            ClusterResult r = annual.get(i);
            if (!phase.contains(r.period())) {
                throw ValidationException.invalid(
                        "PhaseEvaluation",
                        "annual[" + i + "].period",
                        r.period(),
                        Text.of("nằm ngoài giai đoạn", "outside the phase"),
                        Text.of(
                                "một năm trong " + phase.label().vi(),
                                "a year within " + phase.label().en()));
            }
            if (!r.cluster().equals(annual.get(0).cluster())) {
                throw ValidationException.invalid(
                        "PhaseEvaluation",
                        "annual[" + i + "].cluster",
                        r.cluster(),
                        Text.of("khác cụm với annual[0]", "a different cluster from annual[0]"),
                        Text.of("kết quả của cùng một cụm", "results of one cluster"));
            }
            if (byYear.put(r.period().firstYear(), r) != null) {
                throw ValidationException.invalid(
                        "PhaseEvaluation",
                        "annual[" + i + "].period",
                        r.period().firstYear(),
                        Text.of("hai kết quả cùng năm", "two results for one year"),
                        Text.of("mỗi năm một kết quả", "one result per year"));
            }
        }
        Map<Id, List<Year>> years = new TreeMap<>();
        Map<Id, BigDecimal> sums = new HashMap<>();
        Map<Id, List<Explanation>> steps = new HashMap<>();
        for (Map.Entry<Year, ClusterResult> e : byYear.entrySet()) {
            for (UnitResult u : e.getValue().units()) {
                years.computeIfAbsent(u.unit(), k -> new ArrayList<>()).add(e.getKey());
                BigDecimal add = contribution(rules, u);
                sums.merge(u.unit(), add, BigDecimal::add);
                steps.computeIfAbsent(u.unit(), k -> new ArrayList<>()).add(yearStep(rules, e.getKey(), u, add));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<Id, Points> scores = new HashMap<>();
        for (Map.Entry<Id, List<Year>> e : years.entrySet()) {
            BigDecimal sum = sums.get(e.getKey());
            Points score = rules.method() == PhaseMethod.AVERAGE
                    ? Points.of(sum.divide(BigDecimal.valueOf(e.getValue().size()), 2, RoundingMode.HALF_UP))
                    : Points.of(sum);
            scores.put(e.getKey(), score);
            candidates.add(Candidate.builder().unit(e.getKey()).total(score).build());
        }
        List<RankedCandidate> ranked = Ranker.rank(
                candidates, rules.ranking(), name -> registry.tieBreaker(name).orElse(null));
        PhaseResult.Builder result = PhaseResult.builder().phase(phase);
        List<AwardInput> awardInputs = new ArrayList<>();
        for (RankedCandidate r : ranked) {
            Id unit = r.unit();
            Points score = scores.get(unit);
            result.addUnits(PhaseUnit.builder()
                    .unit(unit)
                    .score(score)
                    .addAllYears(years.get(unit))
                    .rank(r.rank())
                    .explanation(Explanation.builder()
                            .key("phase.unit")
                            .text(Text.of(
                                    unit + ": " + rules.method().label().vi() + " " + Texts.vi(score) + " ("
                                            + years.get(unit).size() + " năm)",
                                    unit + ": " + rules.method().label().en() + " " + Texts.en(score) + " ("
                                            + years.get(unit).size() + " years)"))
                            .value(score)
                            .addAllChildren(steps.get(unit))
                            .addChildren(r.explanation())
                            .build())
                    .build());
            awardInputs.add(AwardInput.builder()
                    .unit(unit)
                    .recipientKind(RecipientKind.COLLECTIVE)
                    .rank(r.rank())
                    .build());
        }
        rules.awards()
                .ifPresent(ladder -> result.addAllAwards(AwardPlanner.plan(
                        ladder,
                        awardInputs,
                        phase.lastYear(),
                        name -> registry.eligibilityCheck(name).orElse(null))));
        return result.build();
    }

    private static BigDecimal contribution(PhaseRules rules, UnitResult u) {
        return switch (rules.method()) {
            case SUM, AVERAGE -> u.total().toBigDecimal();
            case YEARS_IN_BANDS ->
                u.band().filter(b -> rules.bands().contains(b.code())).isPresent() ? BigDecimal.ONE : BigDecimal.ZERO;
            case YEARS_LEADING ->
                u.rank().filter(r -> r.position() == 1).isPresent() ? BigDecimal.ONE : BigDecimal.ZERO;
        };
    }

    private static Explanation yearStep(PhaseRules rules, Year year, UnitResult u, BigDecimal add) {
        String what = switch (rules.method()) {
            case SUM, AVERAGE -> "";
            case YEARS_IN_BANDS -> u.band().map(b -> " (" + b.code() + ")").orElse(" (–)");
            case YEARS_LEADING -> u.rank().map(r -> " (#" + r.position() + ")").orElse(" (–)");
        };
        Points shown = Points.of(add);
        return Explanation.builder()
                .key("phase.year")
                .text(Text.of(
                        "Năm " + year + ": " + Texts.vi(u.total()) + " điểm" + what + " → " + Texts.vi(shown),
                        year + ": " + Texts.en(u.total()) + " points" + what + " → " + Texts.en(shown)))
                .value(shown)
                .build();
    }
}
