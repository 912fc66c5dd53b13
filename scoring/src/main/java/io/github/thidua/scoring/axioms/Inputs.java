package io.github.thidua.scoring.axioms;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Ballot;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.RoleAssignment;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.SubGroup;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.spi.CollectiveStanding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Copies of inputs with a change: every list reordered, unit ids renamed, a unit removed, or one
 * part replaced. The library's builders are strict (no copy-from), so each value is rebuilt here
 * attribute by attribute.
 */
final class Inputs {

    private Inputs() {}

    /** Reorders a list; applied to every list of an input that carries no meaning in its order. */
    interface Reorder {
        <T> List<T> apply(List<T> list);
    }

    static final Reorder SAME = new Reorder() {
        @Override
        public <T> List<T> apply(List<T> list) {
            return list;
        }
    };

    static final Reorder REVERSED = new Reorder() {
        @Override
        public <T> List<T> apply(List<T> list) {
            List<T> copy = new ArrayList<>(list);
            Collections.reverse(copy);
            return copy;
        }
    };

    static Reorder shuffled(RandomGenerator random) {
        return new Reorder() {
            @Override
            public <T> List<T> apply(List<T> list) {
                List<T> copy = new ArrayList<>(list);
                for (int i = copy.size() - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    T t = copy.get(i);
                    copy.set(i, copy.get(j));
                    copy.set(j, t);
                }
                return copy;
            }
        };
    }

    /** The parts of an input, each replaceable, rebuilt into an input by {@link #build()}. */
    static final class Parts {
        Covenant covenant;
        List<AssessmentSheet> sheets;
        List<Vote> votes;
        List<AwardRecord> history;
        Map<Id, CollectiveStanding> standings;
        List<Id> disciplinePending;
        List<Id> underInvestigation;
        Optional<LocalDate> decisionDate;

        static Parts of(EvaluationInput in) {
            Parts p = new Parts();
            p.covenant = in.covenant();
            p.sheets = new ArrayList<>(in.sheets());
            p.votes = new ArrayList<>(in.votes());
            p.history = new ArrayList<>(in.awardHistory());
            p.standings = new LinkedHashMap<>(in.standings());
            p.disciplinePending = new ArrayList<>(in.disciplinePending());
            p.underInvestigation = new ArrayList<>(in.underInvestigation());
            p.decisionDate = in.decisionDate();
            return p;
        }

        EvaluationInput build() {
            EvaluationInput.Builder b = EvaluationInput.builder()
                    .covenant(covenant)
                    .addAllSheets(sheets)
                    .addAllVotes(votes)
                    .addAllAwardHistory(history)
                    .putAllStandings(standings)
                    .addAllDisciplinePending(disciplinePending)
                    .addAllUnderInvestigation(underInvestigation);
            decisionDate.ifPresent(b::decisionDate);
            return b.build();
        }
    }

    /**
     * Rebuilds an input with every unordered list reordered, unit ids renamed and some units
     * removed with everything that names them. A vote left without candidates or voters is dropped.
     *
     * @param in the input
     * @param rename new ids of units; ids not in the map stay
     * @param removed units to remove
     * @param order how to reorder the lists
     * @return the copy
     */
    static EvaluationInput rebuild(EvaluationInput in, Map<Id, Id> rename, Set<Id> removed, Reorder order) {
        Mapper map = new Mapper(rename, removed);
        Covenant covenant = in.covenant();
        Cluster cluster = cluster(covenant.cluster(), map, order);
        Parts p = new Parts();
        p.covenant = covenant(
                covenant,
                cluster,
                order.apply(covenant.indicators()),
                targets(order.apply(covenant.targets()), map),
                covenant.scoringTable(),
                map.ids(order.apply(covenant.signatories())));
        p.sheets = new ArrayList<>();
        for (AssessmentSheet s : order.apply(in.sheets())) {
            Id unit = map.apply(s.unit());
            if (unit != null) {
                p.sheets.add(sheet(s, unit, order.apply(s.entries()), order.apply(s.events())));
            }
        }
        p.votes = new ArrayList<>();
        for (Vote v : order.apply(in.votes())) {
            vote(v, map, order).ifPresent(p.votes::add);
        }
        p.history = new ArrayList<>();
        for (AwardRecord r : order.apply(in.awardHistory())) {
            Id recipient = map.apply(r.recipient());
            if (recipient != null) {
                p.history.add(record(r, recipient));
            }
        }
        p.standings = new LinkedHashMap<>();
        for (Id unit : order.apply(List.copyOf(in.standings().keySet()))) {
            Id renamed = map.apply(unit);
            if (renamed != null) {
                p.standings.put(renamed, in.standings().get(unit));
            }
        }
        p.disciplinePending = map.ids(order.apply(List.copyOf(in.disciplinePending())));
        p.underInvestigation = map.ids(order.apply(List.copyOf(in.underInvestigation())));
        p.decisionDate = in.decisionDate();
        return p.build();
    }

    /** Renames and removes ids; null means removed. */
    private record Mapper(Map<Id, Id> rename, Set<Id> removed) {
        Id apply(Id id) {
            return removed.contains(id) ? null : rename.getOrDefault(id, id);
        }

        List<Id> ids(List<Id> ids) {
            List<Id> out = new ArrayList<>();
            for (Id id : ids) {
                Id mapped = apply(id);
                if (mapped != null) {
                    out.add(mapped);
                }
            }
            return out;
        }
    }

    private static Cluster cluster(Cluster c, Mapper map, Reorder order) {
        Cluster.Builder b = Cluster.builder()
                .id(c.id())
                .kind(c.kind())
                .number(c.number())
                .name(c.name())
                .organiser(c.organiser());
        for (Collective m : order.apply(c.members())) {
            Id id = map.apply(m.id());
            if (id != null) {
                b.addMembers(collective(m, id));
            }
        }
        Set<Id> groups = new HashSet<>();
        for (SubGroup g : order.apply(c.subGroups())) {
            List<Id> members = map.ids(order.apply(g.members()));
            if (!members.isEmpty()) {
                b.addSubGroups(SubGroup.of(g.id(), g.name(), members));
                groups.add(g.id());
            }
        }
        for (RoleAssignment r : order.apply(c.roles())) {
            Id holder = map.apply(r.holder());
            if (holder != null && r.subGroup().map(groups::contains).orElse(true)) {
                b.addRoles(RoleAssignment.builder()
                        .year(r.year())
                        .role(r.role())
                        .holder(holder)
                        .method(r.method())
                        .decidedOn(r.decidedOn())
                        .decisionReference(r.decisionReference())
                        .subGroup(r.subGroup())
                        .build());
            }
        }
        return b.build();
    }

    static Collective collective(Collective m, Id id) {
        return Collective.builder()
                .id(id)
                .name(m.name())
                .shortName(m.shortName())
                .headCount(m.headCount())
                .womenCount(m.womenCount())
                .build();
    }

    static Covenant covenant(
            Covenant c,
            Cluster cluster,
            List<Indicator> indicators,
            List<PledgedTarget> targets,
            ScoringTable table,
            List<Id> signatories) {
        return Covenant.builder()
                .id(c.id())
                .cluster(cluster)
                .period(c.period())
                .term(c.term())
                .signedOn(c.signedOn())
                .addAllSignatories(signatories)
                .addAllContents(c.contents())
                .addAllIndicators(indicators)
                .addAllTargets(targets)
                .scoringTable(table)
                .build();
    }

    private static List<PledgedTarget> targets(List<PledgedTarget> targets, Mapper map) {
        List<PledgedTarget> out = new ArrayList<>();
        for (PledgedTarget t : targets) {
            Id unit = map.apply(t.unit());
            if (unit != null) {
                out.add(target(t, unit, t.value()));
            }
        }
        return out;
    }

    static PledgedTarget target(PledgedTarget t, Id unit, java.math.BigDecimal value) {
        return PledgedTarget.builder()
                .unit(unit)
                .indicator(t.indicator())
                .value(value)
                .note(t.note())
                .build();
    }

    static AssessmentSheet sheet(AssessmentSheet s, Id unit, List<Assessment> entries, List<String> events) {
        return AssessmentSheet.builder()
                .unit(unit)
                .period(s.period())
                .addAllEntries(entries)
                .addAllEvents(events)
                .leaderDiscipline(s.leaderDiscipline())
                .build();
    }

    private static Optional<Vote> vote(Vote v, Mapper map, Reorder order) {
        // The candidates' order is the ballot paper's: vote methods list and break ties in it.
        List<Id> candidates = map.ids(v.candidates());
        List<Id> electorate = map.ids(order.apply(v.electorate()));
        if (candidates.isEmpty() || electorate.isEmpty()) {
            return Optional.empty();
        }
        Vote.Builder b = Vote.builder()
                .id(v.id())
                .subject(v.subject())
                .addAllCandidates(candidates)
                .addAllElectorate(electorate);
        for (Ballot ballot : order.apply(v.ballots())) {
            Id voter = map.apply(ballot.voter());
            if (voter != null) {
                b.addBallots(Ballot.builder()
                        .voter(voter)
                        .round(ballot.round())
                        .mode(ballot.mode())
                        // Approvals are a set; a ranking's order is its meaning and stays.
                        .addAllApprovals(map.ids(order.apply(ballot.approvals())))
                        .addAllRanking(map.ids(ballot.ranking()))
                        .build());
            }
        }
        return Optional.of(b.build());
    }

    static Vote vote(Vote v, List<Ballot> ballots) {
        return Vote.builder()
                .id(v.id())
                .subject(v.subject())
                .addAllCandidates(v.candidates())
                .addAllElectorate(v.electorate())
                .addAllBallots(ballots)
                .build();
    }

    private static AwardRecord record(AwardRecord r, Id recipient) {
        return AwardRecord.builder()
                .recipient(recipient)
                .recipientKind(r.recipientKind())
                .awardKind(r.awardKind())
                .year(r.year())
                .decisionReference(r.decisionReference())
                .decidedOn(r.decidedOn())
                .build();
    }

    /**
     * Returns a copy of an assessment with one fact replaced.
     *
     * @param a the assessment
     * @param field the fact
     * @param value a {@code Boolean}, {@code BigDecimal} or {@code Integer} as the fact needs, or
     *     null to leave the fact out
     * @return the copy
     */
    static Assessment withFact(Assessment a, InputField field, Object value) {
        Assessment.Builder b = Assessment.builder()
                .criterion(a.criterion())
                .evidence(a.evidence())
                .explanation(a.explanation())
                .putAllPoints(a.points());
        Object achieved = field == InputField.ACHIEVED ? value : a.achieved().orElse(null);
        Object actual = field == InputField.ACTUAL ? value : a.actual().orElse(null);
        Object count = field == InputField.COUNT
                ? value
                : a.count().isPresent() ? a.count().getAsInt() : null;
        Object occurrences = field == InputField.OCCURRENCES
                ? value
                : a.occurrences().isPresent() ? a.occurrences().getAsInt() : null;
        if (achieved != null) {
            b.achieved((Boolean) achieved);
        }
        if (actual != null) {
            b.actual((java.math.BigDecimal) actual);
        }
        if (count != null) {
            b.count((Integer) count);
        }
        if (occurrences != null) {
            b.occurrences((Integer) occurrences);
        }
        return b.build();
    }

    /**
     * Returns a copy of an assessment with the points of its stages replaced.
     *
     * @param a the assessment
     * @param points the points by stage
     * @return the copy
     */
    static Assessment withPoints(
            Assessment a, Map<io.github.thidua.core.AssessmentStage, io.github.thidua.core.Points> points) {
        Assessment.Builder b = Assessment.builder()
                .criterion(a.criterion())
                .evidence(a.evidence())
                .explanation(a.explanation())
                .putAllPoints(points);
        a.achieved().ifPresent(b::achieved);
        a.actual().ifPresent(b::actual);
        a.count().ifPresent(b::count);
        a.occurrences().ifPresent(b::occurrences);
        return b.build();
    }

    /**
     * Returns the value of one fact of an assessment.
     *
     * @param a the assessment
     * @param field the fact
     * @return a {@code Boolean}, {@code BigDecimal} or {@code Integer}, or null when not reported
     */
    static Object fact(Assessment a, InputField field) {
        return switch (field) {
            case ACHIEVED -> a.achieved().orElse(null);
            case ACTUAL -> a.actual().orElse(null);
            case COUNT -> a.count().isPresent() ? a.count().getAsInt() : null;
            case OCCURRENCES -> a.occurrences().isPresent() ? a.occurrences().getAsInt() : null;
        };
    }

    /**
     * Returns a copy of an input with one unit's entry for a criterion replaced, adding the sheet
     * or the entry if the unit has none.
     *
     * @param in the input
     * @param unit the unit
     * @param entry the new entry, or null to remove the unit's entry for {@code code}
     * @param code the criterion's code
     * @return the copy
     */
    static EvaluationInput withEntry(EvaluationInput in, Id unit, String code, Assessment entry) {
        Parts p = Parts.of(in);
        boolean found = false;
        for (int i = 0; i < p.sheets.size(); i++) {
            AssessmentSheet s = p.sheets.get(i);
            if (!s.unit().equals(unit)) {
                continue;
            }
            found = true;
            List<Assessment> entries = new ArrayList<>();
            boolean replaced = false;
            for (Assessment a : s.entries()) {
                if (a.criterion().equals(code)) {
                    replaced = true;
                    if (entry != null) {
                        entries.add(entry);
                    }
                } else {
                    entries.add(a);
                }
            }
            if (!replaced && entry != null) {
                entries.add(entry);
            }
            p.sheets.set(i, sheet(s, unit, entries, s.events()));
        }
        if (!found && entry != null) {
            p.sheets.add(AssessmentSheet.builder()
                    .unit(unit)
                    .period(in.covenant().period())
                    .addEntries(entry)
                    .build());
        }
        return p.build();
    }

    /**
     * Returns a unit's entry for a criterion.
     *
     * @param in the input
     * @param unit the unit
     * @param code the criterion's code
     * @return the entry, if the unit has a sheet with one
     */
    static Optional<Assessment> entry(EvaluationInput in, Id unit, String code) {
        return in.sheets().stream()
                .filter(s -> s.unit().equals(unit))
                .findFirst()
                .flatMap(s -> s.entry(code));
    }
}
