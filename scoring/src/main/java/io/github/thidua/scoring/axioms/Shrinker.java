package io.github.thidua.scoring.axioms;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.Ballot;
import io.github.thidua.core.BallotMode;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.CriterionNode;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.EvaluationScope;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.RankingKind;
import io.github.thidua.scoring.RankingRules;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.TieBreakLink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Simplifies a failing case greedily: tries simpler cases in a fixed order (fewer units; for
 * generated policies, fewer policy features and fewer criteria; fewer votes, ballots, records and
 * facts; smaller values, toward zero and toward the unit's target) and keeps the first that still
 * fails the same axiom with a violation of the same key, until no simpler case fails or the
 * budget of checks is spent. Every candidate is strictly simpler than the case it comes from, so
 * the search ends.
 */
final class Shrinker {

    /** A policy and an input. */
    record Case(Policy policy, EvaluationInput input) {}

    /** The simplest failing case found, its violation and how many simplifications led to it. */
    record Result(Case shrunk, Violation violation, int steps) {}

    private final Axiom axiom;
    private final Scorer scorer;
    private final long seed;
    private final boolean policyShrinks;
    private final int budget;

    Shrinker(Axiom axiom, Scorer scorer, long seed, boolean policyShrinks, int budget) {
        this.axiom = axiom;
        this.scorer = scorer;
        this.seed = seed;
        this.policyShrinks = policyShrinks;
        this.budget = budget;
    }

    /** Checks an axiom, turning an exception into the violation it amounts to. */
    static Optional<Violation> check(Axiom axiom, Trial trial) {
        try {
            return axiom.check(trial);
        } catch (RuntimeException e) {
            return Optional.of(Violation.thrown(e));
        }
    }

    Result shrink(Case start, Violation violation) {
        Case current = start;
        Violation failing = violation;
        int steps = 0;
        int checks = 0;
        boolean progress = true;
        while (progress && checks < budget) {
            progress = false;
            for (Supplier<Case> candidate : candidates(current)) {
                if (checks >= budget) {
                    break;
                }
                Case next;
                try {
                    next = candidate.get();
                } catch (RuntimeException invalid) {
                    continue; // a simplification the domain does not allow
                }
                if (next == null) {
                    continue;
                }
                checks++;
                Optional<Violation> v = check(axiom, Trial.of(next.policy(), next.input(), scorer, seed));
                if (v.isPresent() && v.get().key().equals(failing.key())) {
                    current = next;
                    failing = v.get();
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        return new Result(current, failing, steps);
    }

    private List<Supplier<Case>> candidates(Case c) {
        List<Supplier<Case>> out = new ArrayList<>();
        units(c, out);
        if (policyShrinks) {
            policyFeatures(c, out);
            criteria(c, out);
        }
        extras(c, out);
        sheets(c, out);
        targets(c, out);
        return out;
    }

    private static void units(Case c, List<Supplier<Case>> out) {
        List<Id> ids = c.input().covenant().cluster().members().stream()
                .map(Collective::id)
                .sorted()
                .toList();
        if (ids.size() <= 2) {
            return;
        }
        for (Id id : ids) {
            out.add(() -> new Case(c.policy(), Inputs.rebuild(c.input(), Map.of(), Set.of(id), Inputs.SAME)));
        }
    }

    private static void policyFeatures(Case c, List<Supplier<Case>> out) {
        Policy p = c.policy();
        if (p.awards().isPresent()) {
            out.add(() -> {
                Policies q = Policies.of(p);
                q.awards = Optional.empty();
                q.cash = Optional.empty();
                Inputs.Parts in = Inputs.Parts.of(c.input());
                in.decisionDate = Optional.empty();
                in.history = new ArrayList<>();
                in.standings = new LinkedHashMap<>();
                in.disciplinePending = new ArrayList<>();
                in.underInvestigation = new ArrayList<>();
                return new Case(q.build(), in.build());
            });
        }
        if (p.cash().isPresent()) {
            out.add(() -> {
                Policies q = Policies.of(p);
                q.cash = Optional.empty();
                Inputs.Parts in = Inputs.Parts.of(c.input());
                in.decisionDate = Optional.empty();
                return new Case(q.build(), in.build());
            });
        }
        if (p.bands().isPresent()) {
            out.add(() -> {
                Policies q = Policies.of(p);
                q.bands = Optional.empty();
                return new Case(q.build(), c.input());
            });
        }
        if (p.rankingVote().isPresent()) {
            out.add(() -> {
                Policies q = Policies.of(p);
                q.rankingVote = Optional.empty();
                q.ranking = withoutLinks(p.ranking(), l -> l.name().equals("vote-result"));
                Policy next = q.build();
                return new Case(next, withoutUnneededVotes(next, c.input()));
            });
        }
        if (!p.voteRulesByVote().isEmpty()) {
            out.add(() -> {
                Policies q = Policies.of(p);
                q.voteRulesByVote = new LinkedHashMap<>();
                Policy next = q.build();
                return new Case(next, withoutUnneededVotes(next, c.input()));
            });
        }
        if (!p.voteRules().equals(Policies.defaultVoteRules(p))) {
            out.add(() -> {
                Policies q = Policies.of(p);
                q.voteRules = null;
                return new Case(q.build(), c.input());
            });
        }
        if (!p.ranking().chain().isEmpty()) {
            out.add(() -> {
                Policies q = Policies.of(p);
                q.ranking = withoutLinks(p.ranking(), l -> true);
                return new Case(q.build(), c.input());
            });
            for (TieBreakLink link : p.ranking().chain()) {
                if (!link.name().equals("vote-result")) {
                    out.add(() -> {
                        Policies q = Policies.of(p);
                        q.ranking = withoutLinks(p.ranking(), l -> l.equals(link));
                        return new Case(q.build(), c.input());
                    });
                }
            }
        }
        if (p.ranking().kind() != RankingKind.COMPETITION) {
            out.add(() -> {
                Policies q = Policies.of(p);
                RankingRules.Builder r = RankingRules.builder()
                        .kind(RankingKind.COMPETITION)
                        .addAllChain(p.ranking().chain());
                r.decider(p.ranking().decider());
                q.ranking = r.build();
                return new Case(q.build(), c.input());
            });
        }
        if (!p.rounding().equals(RoundingPlan.none())) {
            out.add(() -> {
                Policies q = Policies.of(p);
                q.rounding = RoundingPlan.none();
                return new Case(q.build(), c.input());
            });
        }
        if (p.scope() == EvaluationScope.SUB_GROUP) {
            out.add(() -> {
                Policies q = Policies.of(p);
                q.scope = EvaluationScope.CLUSTER;
                return new Case(q.build(), c.input());
            });
        }
    }

    private static RankingRules withoutLinks(RankingRules rules, java.util.function.Predicate<TieBreakLink> drop) {
        RankingRules.Builder r = RankingRules.builder().kind(rules.kind());
        for (TieBreakLink link : rules.chain()) {
            if (!drop.test(link)) {
                r.addChain(link);
            }
        }
        r.decider(rules.decider());
        return r.build();
    }

    private static EvaluationInput withoutUnneededVotes(Policy policy, EvaluationInput input) {
        Set<Id> needed = new HashSet<>(policy.voteRulesByVote().keySet());
        policy.rankingVote().ifPresent(needed::add);
        Inputs.Parts in = Inputs.Parts.of(input);
        in.votes = new ArrayList<>(
                in.votes.stream().filter(v -> needed.contains(v.id())).toList());
        return in.build();
    }

    private static void criteria(Case c, List<Supplier<Case>> out) {
        ScoringTable table = c.policy().table();
        for (Criterion criterion : table.criteria()) {
            String code = criterion.code();
            out.add(() -> withoutCriterion(c, code));
        }
        Set<String> groups = new java.util.TreeSet<>();
        collectGroups(table.roots(), groups);
        for (String group : groups) {
            out.add(() -> withTable(c, flattened(table.roots(), group)));
        }
    }

    // The nodes with one group replaced by its children.
    private static List<CriterionNode> flattened(List<CriterionNode> nodes, String group) {
        List<CriterionNode> out = new ArrayList<>();
        for (CriterionNode node : nodes) {
            if (node instanceof CriterionGroup g) {
                if (g.code().equals(group)) {
                    out.addAll(g.children());
                } else {
                    out.add(CriterionGroup.builder()
                            .code(g.code())
                            .name(g.name())
                            .addAllChildren(flattened(g.children(), group))
                            .build());
                }
            } else {
                out.add(node);
            }
        }
        return out;
    }

    private static Case withoutCriterion(Case c, String code) {
        List<CriterionNode> roots = without(c.policy().table().roots(), code);
        if (roots.isEmpty()) {
            return null;
        }
        Case smaller = withTable(c, roots);
        Inputs.Parts in = Inputs.Parts.of(smaller.input());
        List<AssessmentSheet> sheets = new ArrayList<>();
        for (AssessmentSheet s : in.sheets) {
            sheets.add(Inputs.sheet(
                    s,
                    s.unit(),
                    s.entries().stream()
                            .filter(a -> !a.criterion().equals(code))
                            .toList(),
                    s.events()));
        }
        in.sheets = sheets;
        return new Case(smaller.policy(), in.build());
    }

    // The case with the table's roots replaced; tie-break links to groups no longer there dropped.
    private static Case withTable(Case c, List<CriterionNode> roots) {
        ScoringTable table = c.policy().table();
        ScoringTable smaller = ScoringTable.builder()
                .id(table.id())
                .name(table.name())
                .addAllRoots(roots)
                .bonusCap(table.bonusCap())
                .deductionCap(table.deductionCap())
                .build();
        Set<String> groups = new HashSet<>();
        collectGroups(smaller.roots(), groups);
        Policies q = Policies.of(c.policy());
        q.table = smaller;
        q.ranking = withoutLinks(
                c.policy().ranking(),
                l -> l.name().equals("group-subtotal")
                        && !groups.contains(l.parameters().find("group").orElse("")));
        Inputs.Parts in = Inputs.Parts.of(c.input());
        Covenant covenant = c.input().covenant();
        in.covenant = Inputs.covenant(
                covenant,
                covenant.cluster(),
                covenant.indicators(),
                covenant.targets(),
                smaller,
                covenant.signatories());
        return new Case(q.build(), in.build());
    }

    private static List<CriterionNode> without(List<CriterionNode> nodes, String code) {
        List<CriterionNode> out = new ArrayList<>();
        for (CriterionNode node : nodes) {
            if (node instanceof Criterion c) {
                if (!c.code().equals(code)) {
                    out.add(c);
                }
            } else {
                CriterionGroup g = (CriterionGroup) node;
                List<CriterionNode> children = without(g.children(), code);
                if (!children.isEmpty()) {
                    // Declared maxima are left out: the sum they declared has changed.
                    out.add(CriterionGroup.builder()
                            .code(g.code())
                            .name(g.name())
                            .addAllChildren(children)
                            .build());
                }
            }
        }
        return out;
    }

    private static void collectGroups(List<CriterionNode> nodes, Set<String> out) {
        for (CriterionNode node : nodes) {
            if (node instanceof CriterionGroup g) {
                out.add(g.code());
                collectGroups(g.children(), out);
            }
        }
    }

    private static void extras(Case c, List<Supplier<Case>> out) {
        EvaluationInput input = c.input();
        Policy policy = c.policy();
        Cluster cluster = input.covenant().cluster();
        if (!cluster.subGroups().isEmpty() || !cluster.roles().isEmpty()) {
            out.add(() -> withCluster(c, cluster, false));
        }
        boolean counts = cluster.members().stream()
                .anyMatch(m -> m.headCount().isPresent() || m.shortName().isPresent());
        if (counts) {
            out.add(() -> withCluster(c, cluster, true));
        }
        Set<Id> needed = new HashSet<>(policy.voteRulesByVote().keySet());
        policy.rankingVote().ifPresent(needed::add);
        for (int i = 0; i < input.votes().size(); i++) {
            Vote vote = input.votes().get(i);
            int at = i;
            if (!needed.contains(vote.id())) {
                out.add(() -> {
                    Inputs.Parts in = Inputs.Parts.of(input);
                    in.votes.remove(at);
                    return new Case(policy, in.build());
                });
            }
            for (int round = 1; round <= vote.rounds() && vote.rounds() > 1; round++) {
                int dropped = round;
                out.add(() -> {
                    // A round is dropped whole and the later ones renumbered: rounds run without gaps.
                    List<Ballot> ballots = new ArrayList<>();
                    for (Ballot b : vote.ballots()) {
                        if (b.round() != dropped) {
                            ballots.add(b.round() < dropped ? b : ballot(b, b.round() - 1, b.approvals(), b.ranking()));
                        }
                    }
                    return withVote(c, at, Inputs.vote(vote, ballots));
                });
            }
            for (int b = vote.ballots().size() - 1; b >= 0; b--) {
                int index = b;
                Ballot ballot = vote.ballots().get(b);
                out.add(() -> {
                    List<Ballot> ballots = new ArrayList<>(vote.ballots());
                    ballots.remove(index);
                    return withVote(c, at, Inputs.vote(vote, ballots));
                });
                if (ballot.mode() != BallotMode.IN_PERSON) {
                    out.add(() -> {
                        List<Ballot> ballots = new ArrayList<>(vote.ballots());
                        ballots.set(
                                index,
                                Ballot.builder()
                                        .voter(ballot.voter())
                                        .round(ballot.round())
                                        .mode(BallotMode.IN_PERSON)
                                        .addAllApprovals(ballot.approvals())
                                        .addAllRanking(ballot.ranking())
                                        .build());
                        return withVote(c, at, Inputs.vote(vote, ballots));
                    });
                }
                for (int k = ballot.choices().size() - 1;
                        k >= 0 && ballot.choices().size() > 1;
                        k--) {
                    List<Id> fewer = new ArrayList<>(ballot.choices());
                    fewer.remove(k);
                    out.add(() -> {
                        List<Ballot> ballots = new ArrayList<>(vote.ballots());
                        ballots.set(
                                index,
                                ballot.isRanking()
                                        ? ballot(ballot, ballot.round(), List.of(), fewer)
                                        : ballot(ballot, ballot.round(), fewer, List.of()));
                        return withVote(c, at, Inputs.vote(vote, ballots));
                    });
                }
            }
        }
        for (int i = 0; i < input.awardHistory().size(); i++) {
            int at = i;
            out.add(() -> {
                Inputs.Parts in = Inputs.Parts.of(input);
                in.history.remove(at);
                return new Case(policy, in.build());
            });
        }
        for (Id unit : input.standings().keySet()) {
            out.add(() -> {
                Inputs.Parts in = Inputs.Parts.of(input);
                in.standings.remove(unit);
                return new Case(policy, in.build());
            });
        }
        for (Id unit : input.disciplinePending()) {
            out.add(() -> {
                Inputs.Parts in = Inputs.Parts.of(input);
                in.disciplinePending.remove(unit);
                return new Case(policy, in.build());
            });
        }
        for (Id unit : input.underInvestigation()) {
            out.add(() -> {
                Inputs.Parts in = Inputs.Parts.of(input);
                in.underInvestigation.remove(unit);
                return new Case(policy, in.build());
            });
        }
        if (input.decisionDate().isPresent() && policy.cash().isEmpty()) {
            out.add(() -> {
                Inputs.Parts in = Inputs.Parts.of(input);
                in.decisionDate = Optional.empty();
                return new Case(policy, in.build());
            });
        }
        Covenant covenant = input.covenant();
        Set<Id> used = policy.table().indicatorIds();
        for (Indicator indicator : covenant.indicators()) {
            if (!used.contains(indicator.id())) {
                out.add(() -> {
                    Inputs.Parts in = Inputs.Parts.of(input);
                    in.covenant = Inputs.covenant(
                            covenant,
                            covenant.cluster(),
                            covenant.indicators().stream()
                                    .filter(i -> !i.equals(indicator))
                                    .toList(),
                            covenant.targets().stream()
                                    .filter(t -> !t.indicator().equals(indicator.id()))
                                    .toList(),
                            covenant.scoringTable(),
                            covenant.signatories());
                    return new Case(policy, in.build());
                });
            }
        }
        if (!covenant.signatories().isEmpty()) {
            out.add(() -> {
                Inputs.Parts in = Inputs.Parts.of(input);
                in.covenant = Inputs.covenant(
                        covenant,
                        covenant.cluster(),
                        covenant.indicators(),
                        covenant.targets(),
                        covenant.scoringTable(),
                        List.of());
                return new Case(policy, in.build());
            });
        }
    }

    private static Ballot ballot(Ballot b, int round, List<Id> approvals, List<Id> ranking) {
        return Ballot.builder()
                .voter(b.voter())
                .round(round)
                .mode(b.mode())
                .addAllApprovals(approvals)
                .addAllRanking(ranking)
                .build();
    }

    private static Case withVote(Case c, int at, Vote vote) {
        Inputs.Parts in = Inputs.Parts.of(c.input());
        in.votes.set(at, vote);
        return new Case(c.policy(), in.build());
    }

    private static Case withCluster(Case c, Cluster cluster, boolean plainMembers) {
        Cluster.Builder b = Cluster.builder()
                .id(cluster.id())
                .kind(cluster.kind())
                .number(cluster.number())
                .name(cluster.name())
                .organiser(cluster.organiser());
        for (Collective m : cluster.members()) {
            b.addMembers(plainMembers ? Collective.of(m.id(), m.name()) : m);
        }
        if (plainMembers) {
            b.addAllSubGroups(cluster.subGroups()).addAllRoles(cluster.roles());
        }
        Covenant covenant = c.input().covenant();
        Inputs.Parts in = Inputs.Parts.of(c.input());
        in.covenant = Inputs.covenant(
                covenant,
                b.build(),
                covenant.indicators(),
                covenant.targets(),
                covenant.scoringTable(),
                covenant.signatories());
        return new Case(c.policy(), in.build());
    }

    private static void sheets(Case c, List<Supplier<Case>> out) {
        EvaluationInput input = c.input();
        Policy policy = c.policy();
        for (int s = 0; s < input.sheets().size(); s++) {
            AssessmentSheet sheet = input.sheets().get(s);
            int at = s;
            if (policy.missingSheet() == MissingSheetPolicy.EMPTY) {
                out.add(() -> {
                    Inputs.Parts in = Inputs.Parts.of(input);
                    in.sheets.remove(at);
                    return new Case(policy, in.build());
                });
            }
            for (String event : sheet.events()) {
                out.add(() -> withSheet(
                        c,
                        at,
                        Inputs.sheet(
                                sheet,
                                sheet.unit(),
                                sheet.entries(),
                                sheet.events().stream()
                                        .filter(e -> !e.equals(event))
                                        .toList())));
            }
            if (sheet.leaderDiscipline() != Discipline.NONE) {
                out.add(() -> withSheet(
                        c,
                        at,
                        AssessmentSheet.builder()
                                .unit(sheet.unit())
                                .period(sheet.period())
                                .addAllEntries(sheet.entries())
                                .addAllEvents(sheet.events())
                                .build()));
            }
            for (int e = 0; e < sheet.entries().size(); e++) {
                Assessment entry = sheet.entries().get(e);
                int index = e;
                out.add(() -> withEntry(c, at, index, null));
                List<InputField> present = new ArrayList<>();
                for (InputField field : InputField.values()) {
                    if (Inputs.fact(entry, field) != null) {
                        present.add(field);
                    }
                }
                if (present.size() > 1) {
                    for (InputField field : present) {
                        out.add(() -> withEntry(c, at, index, Inputs.withFact(entry, field, null)));
                    }
                }
                for (InputField field : present) {
                    Object value = Inputs.fact(entry, field);
                    for (Object simpler : simpler(value, target(c, sheet.unit(), entry.criterion()))) {
                        out.add(() -> withEntry(c, at, index, Inputs.withFact(entry, field, simpler)));
                    }
                }
                for (AssessmentStage stage : entry.points().keySet()) {
                    Points points = entry.points().get(stage);
                    Map<AssessmentStage, Points> removed = new LinkedHashMap<>(entry.points());
                    removed.remove(stage);
                    out.add(() -> withEntry(c, at, index, Inputs.withPoints(entry, removed)));
                    for (Object simpler : simpler(points.toBigDecimal(), null)) {
                        Map<AssessmentStage, Points> changed = new LinkedHashMap<>(entry.points());
                        changed.put(stage, Points.of((BigDecimal) simpler));
                        out.add(() -> withEntry(c, at, index, Inputs.withPoints(entry, changed)));
                    }
                }
            }
        }
    }

    private static Case withSheet(Case c, int at, AssessmentSheet sheet) {
        Inputs.Parts in = Inputs.Parts.of(c.input());
        in.sheets.set(at, sheet);
        return new Case(c.policy(), in.build());
    }

    private static Case withEntry(Case c, int sheetAt, int entryAt, Assessment entry) {
        AssessmentSheet sheet = c.input().sheets().get(sheetAt);
        List<Assessment> entries = new ArrayList<>(sheet.entries());
        if (entry == null) {
            entries.remove(entryAt);
        } else {
            entries.set(entryAt, entry);
        }
        return withSheet(c, sheetAt, Inputs.sheet(sheet, sheet.unit(), entries, sheet.events()));
    }

    // The unit's target for the indicator of a criterion, if the criterion has one.
    private static BigDecimal target(Case c, Id unit, String code) {
        Criterion criterion = c.policy().table().criterion(code).orElse(null);
        if (criterion == null) {
            return null;
        }
        Id indicator = criterion.kind() instanceof Quantitative q
                ? q.indicator()
                : criterion.kind() instanceof LeaderRelative l ? l.indicator() : null;
        if (indicator == null) {
            return null;
        }
        return c.input()
                .covenant()
                .target(unit, indicator)
                .map(PledgedTarget::value)
                .orElse(null);
    }

    private static void targets(Case c, List<Supplier<Case>> out) {
        Covenant covenant = c.input().covenant();
        for (int i = 0; i < covenant.targets().size(); i++) {
            PledgedTarget target = covenant.targets().get(i);
            int at = i;
            out.add(() -> withTarget(c, at, null));
            for (Object simpler : simpler(target.value(), null)) {
                BigDecimal value = (BigDecimal) simpler;
                if (value.signum() > 0) {
                    out.add(() -> withTarget(c, at, Inputs.target(target, target.unit(), value)));
                }
            }
        }
    }

    private static Case withTarget(Case c, int at, PledgedTarget target) {
        Covenant covenant = c.input().covenant();
        List<PledgedTarget> targets = new ArrayList<>(covenant.targets());
        if (target == null) {
            targets.remove(at);
        } else {
            targets.set(at, target);
        }
        Inputs.Parts in = Inputs.Parts.of(c.input());
        in.covenant = Inputs.covenant(
                covenant,
                covenant.cluster(),
                covenant.indicators(),
                targets,
                covenant.scoringTable(),
                covenant.signatories());
        return new Case(c.policy(), in.build());
    }

    /**
     * Returns values strictly simpler than a fact: false for true; for numbers, 0, the given
     * target, the whole part, half, one step toward 0, each only if smaller in magnitude (or as
     * large with fewer decimals).
     */
    static List<Object> simpler(Object value, BigDecimal target) {
        List<Object> out = new ArrayList<>();
        if (value instanceof Boolean b) {
            if (b) {
                out.add(Boolean.FALSE);
            }
        } else if (value instanceof Integer n) {
            for (int m : new int[] {0, n / 2, n - 1}) {
                if (m >= 0 && m < n && !out.contains(m)) {
                    out.add(m);
                }
            }
        } else if (value instanceof BigDecimal v) {
            List<BigDecimal> options = new ArrayList<>();
            options.add(BigDecimal.ZERO);
            if (target != null) {
                options.add(target);
            }
            options.add(v.setScale(0, RoundingMode.DOWN));
            options.add(v.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN));
            options.add(v.subtract(BigDecimal.valueOf(v.signum())).setScale(0, RoundingMode.DOWN));
            for (BigDecimal o : options) {
                BigDecimal normal = o.signum() == 0 ? BigDecimal.ZERO : o.stripTrailingZeros();
                if (isSimpler(normal, v) && out.stream().noneMatch(x -> ((BigDecimal) x).compareTo(normal) == 0)) {
                    out.add(normal);
                }
            }
        }
        return out;
    }

    private static boolean isSimpler(BigDecimal a, BigDecimal than) {
        int magnitude = a.abs().compareTo(than.abs());
        return magnitude < 0
                || (magnitude == 0
                        && Math.max(a.scale(), 0)
                                < Math.max(than.stripTrailingZeros().scale(), 0));
    }
}
