package io.github.thidua.scoring.verify;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Ballot;
import io.github.thidua.core.BallotMode;
import io.github.thidua.core.Bonus;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterKind;
import io.github.thidua.core.Collective;
import io.github.thidua.core.CountBased;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.Name;
import io.github.thidua.core.Organiser;
import io.github.thidua.core.OrganiserKind;
import io.github.thidua.core.OrganiserLevel;
import io.github.thidua.core.Period;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Quantitative;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.SubGroup;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.spi.CollectiveStanding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A small cluster and everything it brings to an evaluation, written in a few terse calls: its
 * member ids, targets, reported values, votes, award history and the rest, with sensible defaults
 * for every name, kind and date a test does not care about.
 *
 * <p>Numbers are decimal strings ({@code "180"}, {@code "7.75"}) or whole numbers, never binary
 * floating point. Every call returns a new small cluster and leaves this one unchanged, so one base
 * cluster can be varied test by test; calling a setter again for the same unit and criterion
 * replaces the earlier value. Bad arguments fail at once with a {@link ValidationException}
 * naming the call, the bad value and what is allowed, in Vietnamese and English: an unknown unit
 * always; an unknown criterion, or one whose kind takes no such input, as soon as the scoring
 * table is known (at once for a cluster made by {@link PolicyVerifier#cluster(String...)} or
 * {@link #of(Policy, String...)}, otherwise when {@link #toInput(Policy)} builds the input).
 *
 * <pre>{@code
 * SmallCluster cluster = SmallCluster.of("dien-bien", "son-la", "lai-chau")
 *         .target("dien-bien", "I.1", "150").value("dien-bien", "I.1", "180")
 *         .achieved("dien-bien", "I.2")
 *         .bonus("son-la", "T", 2)
 *         .deduction("lai-chau", "D", 1)
 *         .decidedOn("2023-12-15");
 * EvaluationInput input = cluster.toInput(policy);
 * }</pre>
 *
 * <p>Defaults: the cluster {@code cum-thu} "Cụm thi đua thử" of a central mass organisation;
 * members named "Đơn vị {id}"; the period is the year in which the policy comes into force,
 * the covenant signed on its first day by every member; every member has a sheet; each indicator
 * the table uses is declared higher-is-better and named after its first criterion; a vote's
 * electorate is every member; no decision date (so no cash) unless {@link #decidedOn(String)}
 * gives one. Immutable and thread-safe.
 */
public final class SmallCluster {

    private static final String TYPE = "SmallCluster";

    private final State state;

    private SmallCluster(State state) {
        this.state = state;
    }

    /**
     * Returns a small cluster of the given members, with no inputs yet. Criterion codes are
     * checked against the policy's table when {@link #toInput(Policy)} builds the input.
     *
     * @param units the member ids, at least two, each a valid {@link Id} and given once
     * @return the small cluster
     * @throws ValidationException if fewer than two ids are given, or an id is null, invalid or repeated
     */
    public static SmallCluster of(String... units) {
        return new SmallCluster(State.of(null, units));
    }

    /**
     * Returns a small cluster of the given members scored with a policy's table: every call that
     * names a criterion is checked against the table at once.
     *
     * @param policy the policy whose table the inputs must fit, not null
     * @param units the member ids, at least two, each a valid {@link Id} and given once
     * @return the small cluster
     * @throws ValidationException if the policy is null, fewer than two ids are given, an id is null, invalid or
     *     repeated
     */
    public static SmallCluster of(Policy policy, String... units) {
        if (policy == null) {
            throw ValidationException.missing(TYPE, "policy");
        }
        return new SmallCluster(State.of(policy.table(), units));
    }

    /**
     * Returns the member ids, in the order given.
     *
     * @return the ids
     */
    public List<Id> units() {
        return List.copyOf(state.units);
    }

    // ---- the cluster ------------------------------------------------------------------------

    /**
     * Returns a copy whose cluster has this id and name instead of {@code cum-thu}, "Cụm thi đua
     * thử".
     *
     * @param id the cluster id, a valid {@link Id}
     * @param name the cluster's name, such as "Cụm thi đua số 1"
     * @return the copy
     * @throws ValidationException if either is null or invalid
     */
    public SmallCluster cluster(String id, String name) {
        Id clusterId = id(id, "cluster.id");
        Name clusterName = nameOf(name, "cluster.name");
        return with(s -> {
            s.clusterId = clusterId;
            s.clusterName = clusterName;
        });
    }

    /**
     * Returns a copy whose cluster is of this kind instead of {@link ClusterKind#CLUSTER}.
     *
     * @param kind cluster (cụm) or bloc (khối), not null
     * @return the copy
     * @throws ValidationException if the kind is null
     */
    public SmallCluster kind(ClusterKind kind) {
        ClusterKind k = present(kind, "kind");
        return with(s -> s.kind = k);
    }

    /**
     * Returns a copy whose cluster is run by this organiser.
     *
     * @param organiser the organiser, not null
     * @return the copy
     * @throws ValidationException if the organiser is null
     */
    public SmallCluster organiser(Organiser organiser) {
        Organiser o = present(organiser, "organiser");
        return with(s -> s.organiser = o);
    }

    /**
     * Returns a copy in which a member has this name instead of "Đơn vị {id}".
     *
     * @param unit a member id
     * @param name the name, such as "Hội CCB tỉnh Điện Biên"
     * @return the copy
     * @throws ValidationException if the unit is not a member or the name is null or invalid
     */
    public SmallCluster name(String unit, String name) {
        Id u = unit(unit, "name");
        Name n = nameOf(name, "name[" + u + "]");
        return with(s -> s.names.put(u, n));
    }

    /**
     * Returns a copy in which a member has this many people, of whom this many women (for the
     * {@code women-share} tie-breaker).
     *
     * @param unit a member id
     * @param headCount the number of people, 1 or more
     * @param women the number of women, 0 to {@code headCount}
     * @return the copy
     * @throws ValidationException if the unit is not a member or the counts are out of range
     */
    public SmallCluster women(String unit, int headCount, int women) {
        Id u = unit(unit, "women");
        if (headCount < 1 || women < 0 || women > headCount) {
            throw ValidationException.invalid(
                    TYPE,
                    "women[" + u + "]",
                    women + "/" + headCount,
                    Text.of("số người không hợp lệ", "counts out of range"),
                    Text.of("tổng số từ 1, số nữ từ 0 đến tổng số", "a head count of 1 or more, 0 to it women"));
        }
        return with(s -> s.women.put(u, new int[] {headCount, women}));
    }

    /**
     * Returns a copy with a sub-group (nhóm) of members, for policies scored or awarded per
     * sub-group. As {@link Cluster} requires, the sub-groups declared must together hold every
     * member exactly once; {@link #toInput(Policy)} refuses them otherwise.
     *
     * @param group the sub-group's id, a valid {@link Id}, not used before
     * @param units its member ids, at least one
     * @return the copy
     * @throws ValidationException if the id is invalid or repeated, or a unit is not a member
     */
    public SmallCluster subGroup(String group, String... units) {
        Id g = id(group, "subGroup");
        if (state.subGroups.containsKey(g)) {
            throw ValidationException.invalid(
                    TYPE,
                    "subGroup",
                    g,
                    Text.of("nhóm đã khai báo", "a sub-group declared before"),
                    Text.of("mỗi nhóm một lần", "each sub-group once"));
        }
        List<Id> members = List.copyOf(units("subGroup[" + g + "]", units));
        return with(s -> s.subGroups.put(g, members));
    }

    /**
     * Returns a copy evaluated for a calendar year instead of the year the policy comes into
     * force.
     *
     * @param year the year, such as 2023
     * @return the copy
     * @throws ValidationException if the year is out of the range {@link Period} allows
     */
    public SmallCluster year(int year) {
        Period p = Period.year(year);
        return with(s -> s.period = p);
    }

    /**
     * Returns a copy evaluated for this period.
     *
     * @param period the covenant's period, not null
     * @return the copy
     * @throws ValidationException if the period is null
     */
    public SmallCluster period(Period period) {
        Period p = present(period, "period");
        return with(s -> s.period = p);
    }

    /**
     * Returns a copy that declares an indicator differently from the default (higher is better,
     * named after its criterion), for example lower-is-better.
     *
     * @param indicator the indicator, not null; its id is the one the table's criterion names
     * @return the copy
     * @throws ValidationException if the indicator is null
     */
    public SmallCluster indicator(Indicator indicator) {
        Indicator i = present(indicator, "indicator");
        return with(s -> s.indicators.put(i.id(), i));
    }

    // ---- targets and assessments ------------------------------------------------------------

    /**
     * Returns a copy in which a member pledged a target for the indicator of a quantitative or
     * leader-relative criterion, or of a formula that names an indicator.
     *
     * @param unit a member id
     * @param criterion the criterion's code, such as {@code I.1}
     * @param target the target, a decimal such as {@code "150"}
     * @return the copy
     * @throws ValidationException if the unit is not a member, the target is not a decimal, or
     *     (once the table is known) the criterion is unknown or has no indicator
     */
    public SmallCluster target(String unit, String criterion, String target) {
        return target(unit, criterion, decimal(target, "target"));
    }

    /**
     * Returns a copy in which a member pledged a whole-number target; see {@link #target(String,
     * String, String)}.
     *
     * @param unit a member id
     * @param criterion the criterion's code
     * @param target the target
     * @return the copy
     * @throws ValidationException as {@link #target(String, String, String)}
     */
    public SmallCluster target(String unit, String criterion, long target) {
        return target(unit, criterion, BigDecimal.valueOf(target));
    }

    private SmallCluster target(String unit, String criterion, BigDecimal target) {
        Given given = key(unit, criterion, Input.TARGET);
        return with(given, s -> s.targets.put(given.key, target));
    }

    /**
     * Returns a copy in which a member reported an actual value (kết quả thực hiện) for a
     * quantitative, leader-relative, formula or custom criterion.
     *
     * @param unit a member id
     * @param criterion the criterion's code
     * @param actual the value, a decimal such as {@code "180"} or {@code "7.75"}
     * @return the copy
     * @throws ValidationException if the unit is not a member, the value is not a decimal, or
     *     (once the table is known) the criterion is unknown or takes no actual value
     */
    public SmallCluster value(String unit, String criterion, String actual) {
        BigDecimal v = decimal(actual, "value");
        Given given = key(unit, criterion, Input.ACTUAL);
        return with(given, s -> s.entry(given.key).actual = v);
    }

    /**
     * Returns a copy in which a member reported a whole-number actual value; see {@link
     * #value(String, String, String)}.
     *
     * @param unit a member id
     * @param criterion the criterion's code
     * @param actual the value
     * @return the copy
     * @throws ValidationException as {@link #value(String, String, String)}
     */
    public SmallCluster value(String unit, String criterion, long actual) {
        return value(unit, criterion, Long.toString(actual));
    }

    /**
     * Returns a copy in which a member achieved a qualitative criterion (or reported {@code
     * achieved} for a formula or custom one).
     *
     * @param unit a member id
     * @param criterion the criterion's code
     * @return the copy
     * @throws ValidationException if the unit is not a member or (once the table is known) the
     *     criterion is unknown or takes no achieved flag
     */
    public SmallCluster achieved(String unit, String criterion) {
        return achieved(unit, criterion, true);
    }

    /**
     * Returns a copy in which a member reported that it did not achieve a criterion; see {@link
     * #achieved(String, String)}. A criterion never reported scores as not reported.
     *
     * @param unit a member id
     * @param criterion the criterion's code
     * @return the copy
     * @throws ValidationException as {@link #achieved(String, String)}
     */
    public SmallCluster notAchieved(String unit, String criterion) {
        return achieved(unit, criterion, false);
    }

    /**
     * Returns a copy in which every member achieved these qualitative criteria; follow with
     * {@link #notAchieved(String, String)} for the exceptions.
     *
     * @param criteria the criteria's codes, at least one
     * @return the copy
     * @throws ValidationException if no code is given or (once the table is known) a criterion is
     *     unknown or takes no achieved flag
     */
    public SmallCluster achievedByAll(String... criteria) {
        if (criteria == null || criteria.length == 0) {
            throw ValidationException.invalid(
                    TYPE,
                    "achievedByAll",
                    0,
                    Text.of("không có tiêu chí nào", "no criteria"),
                    Text.of("ít nhất một mã tiêu chí", "at least one criterion code"));
        }
        SmallCluster out = this;
        for (String criterion : criteria) {
            for (Id unit : state.units) {
                out = out.achieved(unit.value(), criterion, true);
            }
        }
        return out;
    }

    private SmallCluster achieved(String unit, String criterion, boolean achieved) {
        Given given = key(unit, criterion, Input.ACHIEVED);
        return with(given, s -> s.entry(given.key).achieved = achieved);
    }

    /**
     * Returns a copy in which a member reported a count for a count-based, formula or custom
     * criterion (such as training sessions held).
     *
     * @param unit a member id
     * @param criterion the criterion's code
     * @param count 0 or more
     * @return the copy
     * @throws ValidationException if the unit is not a member, the count is negative, or (once
     *     the table is known) the criterion is unknown or takes no count
     */
    public SmallCluster count(String unit, String criterion, int count) {
        int n = notNegative(count, "count");
        Given given = key(unit, criterion, Input.COUNT);
        return with(given, s -> s.entry(given.key).count = n);
    }

    /**
     * Returns a copy in which a member earned a bonus criterion this many times.
     *
     * @param unit a member id
     * @param criterion the bonus criterion's code
     * @param occurrences 0 or more
     * @return the copy
     * @throws ValidationException if the unit is not a member, the number is negative, or (once
     *     the table is known) the criterion is unknown or not a bonus
     */
    public SmallCluster bonus(String unit, String criterion, int occurrences) {
        return occurrences(unit, criterion, occurrences, Input.BONUS);
    }

    /**
     * Returns a copy in which a member incurred a deduction criterion this many times.
     *
     * @param unit a member id
     * @param criterion the deduction criterion's code
     * @param occurrences 0 or more
     * @return the copy
     * @throws ValidationException if the unit is not a member, the number is negative, or (once
     *     the table is known) the criterion is unknown or not a deduction
     */
    public SmallCluster deduction(String unit, String criterion, int occurrences) {
        return occurrences(unit, criterion, occurrences, Input.DEDUCTION);
    }

    /**
     * Returns a copy in which a member reported occurrences for any criterion that counts them:
     * bonus, deduction, count-based, formula or custom.
     *
     * @param unit a member id
     * @param criterion the criterion's code
     * @param occurrences 0 or more
     * @return the copy
     * @throws ValidationException if the unit is not a member, the number is negative, or (once
     *     the table is known) the criterion is unknown or counts no occurrences
     */
    public SmallCluster occurrences(String unit, String criterion, int occurrences) {
        return occurrences(unit, criterion, occurrences, Input.OCCURRENCES);
    }

    private SmallCluster occurrences(String unit, String criterion, int occurrences, Input input) {
        int n = notNegative(occurrences, input.call);
        Given given = key(unit, criterion, input);
        return with(given, s -> s.entry(given.key).occurrences = n);
    }

    /**
     * Returns a copy in which a member's points for a criterion were recorded at an assessment
     * stage, for policies that count recorded points ({@code ScoreSource.RECORDED}).
     *
     * @param unit a member id
     * @param criterion the criterion's code
     * @param stage the stage, not null
     * @param points the points, a decimal such as {@code "18.5"}
     * @return the copy
     * @throws ValidationException if the unit is not a member, the stage is null, the points are
     *     not a decimal, or (once the table is known) the criterion is unknown
     */
    public SmallCluster recorded(String unit, String criterion, AssessmentStage stage, String points) {
        AssessmentStage st = present(stage, "recorded.stage");
        Points p = Points.of(decimal(points, "recorded"));
        Given given = key(unit, criterion, Input.RECORDED);
        return with(given, s -> s.entry(given.key).recorded.put(st, p));
    }

    /**
     * Returns a copy in which an event was recorded on a member's sheet, such as a knock-out
     * event ({@code corruption}) of the band scheme.
     *
     * @param unit a member id
     * @param event the event code, a valid {@link Id}
     * @return the copy
     * @throws ValidationException if the unit is not a member or the code is invalid
     */
    public SmallCluster event(String unit, String event) {
        Id u = unit(unit, "event");
        String e = id(event, "event[" + u + "]").value();
        return with(s -> s.events.computeIfAbsent(u, k -> new LinkedHashSet<>()).add(e));
    }

    /**
     * Returns a copy in which the head of a member was disciplined, which may cap its band.
     *
     * @param unit a member id
     * @param discipline the discipline, not null
     * @return the copy
     * @throws ValidationException if the unit is not a member or the discipline is null
     */
    public SmallCluster discipline(String unit, Discipline discipline) {
        Id u = unit(unit, "discipline");
        Discipline d = present(discipline, "discipline[" + u + "]");
        return with(s -> s.discipline.put(u, d));
    }

    /**
     * Returns a copy in which a member handed in no assessment sheet.
     *
     * @param unit a member id
     * @return the copy
     * @throws ValidationException if the unit is not a member
     */
    public SmallCluster noSheet(String unit) {
        Id u = unit(unit, "noSheet");
        return with(s -> s.noSheet.add(u));
    }

    // ---- votes ------------------------------------------------------------------------------

    /**
     * Returns a copy with a vote among the members on the given candidates, such as the
     * acclamation of next year's head. Every member may vote; add ballots with {@link
     * #ballot(String, String, String...)}.
     *
     * @param vote the vote's id, a valid {@link Id}, not used before
     * @param candidates the candidates, members of the cluster, at least one
     * @return the copy
     * @throws ValidationException if the id is invalid or repeated or a candidate is not a member
     */
    public SmallCluster vote(String vote, String... candidates) {
        Id v = newVote(vote);
        List<Id> c = units("vote[" + v + "].candidates", candidates);
        return with(s -> s.votes.put(v, new VoteDraft(c)));
    }

    /**
     * Returns a copy with a vote given in full (its own electorate, rounds and modes).
     *
     * @param vote the vote, not null, with an id not used before
     * @return the copy
     * @throws ValidationException if the vote is null or its id repeated
     */
    public SmallCluster vote(Vote vote) {
        Vote v = present(vote, "vote");
        newVote(v.id().value());
        return with(s -> s.votes.put(v.id(), new VoteDraft(v)));
    }

    /**
     * Returns a copy in which a member cast an approval ballot in person in the first round of a
     * vote; no approvals is a blank ballot.
     *
     * @param vote the id of a vote declared with {@link #vote(String, String...)}
     * @param voter a member id
     * @param approvals the candidates approved
     * @return the copy
     * @throws ValidationException if the vote is not declared, the voter is not a member, a
     *     choice is not a candidate, or the voter already voted in that round
     */
    public SmallCluster ballot(String vote, String voter, String... approvals) {
        Id u = unit(voter, "ballot.voter");
        List<Id> choices = ids("ballot.approvals", approvals);
        return ballot(
                vote,
                Ballot.builder()
                        .voter(u)
                        .round(1)
                        .mode(BallotMode.IN_PERSON)
                        .addAllApprovals(choices)
                        .build());
    }

    /**
     * Returns a copy in which a member cast a ranking ballot in person in the first round of a
     * vote, best first (for ranked methods such as {@code schulze}).
     *
     * @param vote the id of a vote declared with {@link #vote(String, String...)}
     * @param voter a member id
     * @param ranking the candidates, best first, at least one
     * @return the copy
     * @throws ValidationException as {@link #ballot(String, String, String...)}
     */
    public SmallCluster rankedBallot(String vote, String voter, String... ranking) {
        Id u = unit(voter, "rankedBallot.voter");
        List<Id> order = ids("rankedBallot.ranking", ranking);
        return ballot(
                vote,
                Ballot.builder()
                        .voter(u)
                        .round(1)
                        .mode(BallotMode.IN_PERSON)
                        .addAllRanking(order)
                        .build());
    }

    /**
     * Returns a copy with a ballot given in full (another round, a written ballot).
     *
     * @param vote the id of a vote declared with {@link #vote(String, String...)}
     * @param ballot the ballot, not null
     * @return the copy
     * @throws ValidationException as {@link #ballot(String, String, String...)}
     */
    public SmallCluster ballot(String vote, Ballot ballot) {
        Ballot b = present(ballot, "ballot");
        Id v = declaredVote(vote);
        VoteDraft draft = state.votes.get(v);
        if (draft.full != null) {
            throw ValidationException.invalid(
                    TYPE,
                    "ballot.vote",
                    v,
                    Text.of("cuộc bỏ phiếu đã cho đầy đủ bằng vote(Vote)", "a vote given in full with vote(Vote)"),
                    Text.of(
                            "cuộc bỏ phiếu khai báo bằng vote(id, ứng viên…)",
                            "a vote declared with vote(id, candidates…)"));
        }
        List<Ballot> ballots = new ArrayList<>(draft.ballots);
        ballots.add(b);
        // Built now so that a bad ballot fails at this call, with Vote's own message.
        draft.build(v, ballots, state.units);
        return with(s -> s.votes.put(v, new VoteDraft(draft.candidates, ballots)));
    }

    // ---- award history, standing, pending matters, decision date -----------------------------

    /**
     * Returns a copy in which a member received an award in a past year (for consecutive-year
     * chains and one award per achievement).
     *
     * @param unit a member id
     * @param awardKind the award kind's id, such as {@code ministry-province-merit}
     * @param year the year of the award
     * @return the copy
     * @throws ValidationException if the unit is not a member or the award id is invalid
     */
    public SmallCluster awarded(String unit, String awardKind, int year) {
        Id u = unit(unit, "awarded");
        Id kind = id(awardKind, "awarded[" + u + "].awardKind");
        AwardRecord record = AwardRecord.builder()
                .recipient(u)
                .recipientKind(RecipientKind.COLLECTIVE)
                .awardKind(kind)
                .year(Year.of(year))
                .build();
        return with(s -> s.history.add(record));
    }

    /**
     * Returns a copy with an award record given in full (an individual, a decision reference).
     *
     * @param record the record, not null
     * @return the copy
     * @throws ValidationException if the record is null
     */
    public SmallCluster awarded(AwardRecord record) {
        AwardRecord r = present(record, "awarded");
        return with(s -> s.history.add(r));
    }

    /**
     * Returns a copy in which a member's people stand as given this period (for title standards
     * such as the {@code member-share} check).
     *
     * @param unit a member id
     * @param standing the standing, not null
     * @return the copy
     * @throws ValidationException if the unit is not a member or the standing is null
     */
    public SmallCluster standing(String unit, CollectiveStanding standing) {
        Id u = unit(unit, "standing");
        CollectiveStanding st = present(standing, "standing[" + u + "]");
        return with(s -> s.standings.put(u, st));
    }

    /**
     * Returns a copy in which the discipline of a member is being considered (no award while it
     * is pending).
     *
     * @param unit a member id
     * @return the copy
     * @throws ValidationException if the unit is not a member
     */
    public SmallCluster disciplinePending(String unit) {
        Id u = unit(unit, "disciplinePending");
        return with(s -> s.disciplinePending.add(u));
    }

    /**
     * Returns a copy in which a member is under investigation or inspection.
     *
     * @param unit a member id
     * @return the copy
     * @throws ValidationException if the unit is not a member
     */
    public SmallCluster underInvestigation(String unit) {
        Id u = unit(unit, "underInvestigation");
        return with(s -> s.underInvestigation.add(u));
    }

    /**
     * Returns a copy with the date of the award decision, which fixes the base salary for cash
     * rewards.
     *
     * @param date an ISO date such as {@code 2024-12-15}
     * @return the copy
     * @throws ValidationException if the date is null or not an ISO date
     */
    public SmallCluster decidedOn(String date) {
        if (date == null) {
            throw ValidationException.missing(TYPE, "decidedOn");
        }
        try {
            return decidedOn(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            throw ValidationException.invalid(
                    TYPE,
                    "decidedOn",
                    date,
                    Text.of("không phải ngày dạng ISO", "not an ISO date"),
                    Text.of("ngày như 2024-12-15", "a date such as 2024-12-15"));
        }
    }

    /**
     * Returns a copy with the date of the award decision; see {@link #decidedOn(String)}.
     *
     * @param date the date, not null
     * @return the copy
     * @throws ValidationException if the date is null
     */
    public SmallCluster decidedOn(LocalDate date) {
        LocalDate d = present(date, "decidedOn");
        return with(s -> s.decisionDate = d);
    }

    // ---- the input --------------------------------------------------------------------------

    /**
     * Builds the evaluation input for a policy: the cluster, a covenant that adopts the policy's
     * table with the targets and declared indicators, a sheet per member (unless {@link
     * #noSheet(String)}), the votes, award history, standings, pending matters and decision date.
     *
     * @param policy the policy, not null
     * @return the input
     * @throws ValidationException if the policy is null, or a criterion code given earlier is not
     *     in the policy's table or its kind takes no such input
     */
    public EvaluationInput toInput(Policy policy) {
        if (policy == null) {
            throw ValidationException.missing(TYPE, "policy");
        }
        ScoringTable table = policy.table();
        // Checked here for a cluster made without the table; a second time, harmlessly, otherwise.
        state.inputs.forEach(k -> check(table, k));
        Period period = state.period != null
                ? state.period
                : Period.year(policy.inForceFrom().getYear());

        Cluster.Builder cluster = Cluster.builder()
                .id(state.clusterId)
                .kind(state.kind)
                .name(state.clusterName)
                .organiser(state.organiser);
        for (Id u : state.units) {
            Collective.Builder member =
                    Collective.builder().id(u).name(state.names.getOrDefault(u, Name.of("Đơn vị " + u.value())));
            int[] w = state.women.get(u);
            if (w != null) {
                member.headCount(w[0]).womenCount(w[1]);
            }
            cluster.addMembers(member.build());
        }
        state.subGroups.forEach(
                (g, members) -> cluster.addSubGroups(SubGroup.of(g, Name.of("Nhóm " + g.value()), members)));
        Cluster built = cluster.build();

        Covenant.Builder covenant = Covenant.builder()
                .id(Id.of("giao-uoc-thu"))
                .cluster(built)
                .period(period)
                .signedOn(period.start())
                .addAllSignatories(state.units)
                .scoringTable(table)
                .addAllIndicators(indicators(table));
        state.targets.forEach((k, v) -> covenant.addTargets(PledgedTarget.builder()
                .unit(k.unit)
                .indicator(indicatorOf(table.criterion(k.criterion).orElseThrow()))
                .value(v)
                .build()));

        EvaluationInput.Builder input = EvaluationInput.builder().covenant(covenant.build());
        for (Id u : state.units) {
            if (!state.noSheet.contains(u)) {
                input.addSheets(sheet(u, period));
            }
        }
        state.votes.forEach((v, draft) -> input.addVotes(draft.build(v, draft.ballots, state.units)));
        input.addAllAwardHistory(state.history)
                .putAllStandings(state.standings)
                .addAllDisciplinePending(state.disciplinePending)
                .addAllUnderInvestigation(state.underInvestigation);
        if (state.decisionDate != null) {
            input.decisionDate(state.decisionDate);
        }
        return input.build();
    }

    private AssessmentSheet sheet(Id unit, Period period) {
        AssessmentSheet.Builder sheet = AssessmentSheet.builder()
                .unit(unit)
                .period(period)
                .addAllEvents(state.events.getOrDefault(unit, Set.of()))
                .leaderDiscipline(state.discipline.getOrDefault(unit, Discipline.NONE));
        state.entries.forEach((k, e) -> {
            if (k.unit.equals(unit)) {
                Assessment.Builder a = Assessment.builder().criterion(k.criterion);
                if (e.achieved != null) {
                    a.achieved(e.achieved);
                }
                if (e.actual != null) {
                    a.actual(e.actual);
                }
                if (e.count != null) {
                    a.count(e.count);
                }
                if (e.occurrences != null) {
                    a.occurrences(e.occurrences);
                }
                a.putAllPoints(e.recorded);
                sheet.addEntries(a.build());
            }
        });
        return sheet.build();
    }

    private List<Indicator> indicators(ScoringTable table) {
        Map<Id, Indicator> declared = new LinkedHashMap<>();
        for (Criterion c : table.criteria()) {
            Id indicator = indicatorOf(c);
            if (indicator != null && !declared.containsKey(indicator)) {
                declared.put(
                        indicator,
                        state.indicators.getOrDefault(
                                indicator,
                                Indicator.builder()
                                        .id(indicator)
                                        .name(c.name())
                                        .unitOfMeasure("đơn vị")
                                        .direction(Direction.HIGHER_IS_BETTER)
                                        .build()));
            }
        }
        state.indicators.forEach(declared::putIfAbsent);
        return List.copyOf(declared.values());
    }

    private static Id indicatorOf(Criterion criterion) {
        if (criterion.kind() instanceof Quantitative q) {
            return q.indicator();
        }
        if (criterion.kind() instanceof LeaderRelative l) {
            return l.indicator();
        }
        if (criterion.kind() instanceof Formula f) {
            return f.indicator().orElse(null);
        }
        return null;
    }

    // ---- checks -----------------------------------------------------------------------------

    /** What a call gives for a criterion, and the kinds of criterion that take it. */
    private enum Input {
        TARGET("target", "quantitative, leader-relative, formula with an indicator"),
        ACTUAL("value", "quantitative, leader-relative, formula, custom"),
        ACHIEVED("achieved", "qualitative, formula, custom"),
        COUNT("count", "count, formula, custom"),
        BONUS("bonus", "bonus"),
        DEDUCTION("deduction", "deduction"),
        OCCURRENCES("occurrences", "bonus, deduction, count, formula, custom"),
        RECORDED("recorded", "any");

        final String call;
        final String kinds;

        Input(String call, String kinds) {
            this.call = call;
            this.kinds = kinds;
        }

        boolean accepts(CriterionKind kind) {
            boolean open = kind instanceof Formula || kind instanceof CustomKind;
            return switch (this) {
                case TARGET ->
                    kind instanceof Quantitative
                            || kind instanceof LeaderRelative
                            || (kind instanceof Formula f && f.indicator().isPresent());
                case ACTUAL -> kind instanceof Quantitative || kind instanceof LeaderRelative || open;
                case ACHIEVED -> kind instanceof Qualitative || open;
                case COUNT -> kind instanceof CountBased || open;
                case BONUS -> kind instanceof Bonus;
                case DEDUCTION -> kind instanceof Deduction;
                case OCCURRENCES ->
                    kind instanceof Bonus || kind instanceof Deduction || kind instanceof CountBased || open;
                case RECORDED -> true;
            };
        }
    }

    /** One call's unit, criterion and input, kept to be checked once the table is known. */
    private record Key(Id unit, String criterion) {}

    private record Given(Key key, Input input) {}

    private Given key(String unit, String criterion, Input input) {
        Id u = unit(unit, input.call);
        if (criterion == null) {
            throw ValidationException.missing(TYPE, input.call + "[" + u + "].criterion");
        }
        Given given = new Given(new Key(u, criterion), input);
        if (state.table != null) {
            check(state.table, given);
        }
        return given;
    }

    private SmallCluster with(Given given, Consumer<State> change) {
        return with(s -> {
            s.inputs.add(given);
            change.accept(s);
        });
    }

    private static void check(ScoringTable table, Given given) {
        String field = given.input.call + "[" + given.key.unit + "].criterion";
        Criterion criterion = table.criterion(given.key.criterion).orElse(null);
        if (criterion == null) {
            String codes = table.criteria().stream().map(Criterion::code).collect(Collectors.joining(", "));
            throw ValidationException.invalid(
                    TYPE,
                    field,
                    given.key.criterion,
                    Text.of(
                            "bảng điểm " + table.id() + " không có tiêu chí này",
                            "no such criterion in the table " + table.id()),
                    Text.of("mã một tiêu chí: " + codes, "a criterion code: " + codes));
        }
        if (!given.input.accepts(criterion.kind())) {
            String kind = criterion.kind().kindName();
            throw ValidationException.invalid(
                    TYPE,
                    field,
                    given.key.criterion,
                    Text.of(
                            "tiêu chí loại " + kind + " không nhận " + given.input.call + "(…)",
                            "a " + kind + " criterion takes no " + given.input.call + "(…)"),
                    Text.of("một tiêu chí loại " + given.input.kinds, "a criterion of kind " + given.input.kinds));
        }
    }

    private Id unit(String unit, String call) {
        if (unit == null) {
            throw ValidationException.missing(TYPE, call + ".unit");
        }
        for (Id u : state.units) {
            if (u.value().equals(unit)) {
                return u;
            }
        }
        throw notAUnit(call + ".unit", unit, state.units);
    }

    private static ValidationException notAUnit(String field, String unit, Set<Id> units) {
        String all = units.stream().map(Id::value).collect(Collectors.joining(", "));
        return ValidationException.invalid(
                TYPE,
                field,
                unit,
                Text.of("không phải đơn vị của cụm này", "not a unit of this small cluster"),
                Text.of("một trong: " + all, "one of: " + all));
    }

    private List<Id> units(String field, String... units) {
        List<Id> out = ids(field, units);
        if (out.isEmpty()) {
            throw ValidationException.invalid(
                    TYPE,
                    field,
                    0,
                    Text.of("danh sách trống", "an empty list"),
                    Text.of("ít nhất một đơn vị", "at least one unit"));
        }
        for (Id u : out) {
            if (!state.units.contains(u)) {
                throw notAUnit(field, u.value(), state.units);
            }
        }
        return out;
    }

    private static List<Id> ids(String field, String... ids) {
        if (ids == null) {
            throw ValidationException.missing(TYPE, field);
        }
        List<Id> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            out.add(id(ids[i], field + "[" + i + "]"));
        }
        return out;
    }

    private Id newVote(String vote) {
        Id v = id(vote, "vote");
        if (state.votes.containsKey(v)) {
            throw ValidationException.invalid(
                    TYPE,
                    "vote",
                    v,
                    Text.of("cuộc bỏ phiếu đã khai báo", "a vote declared before"),
                    Text.of("mỗi cuộc bỏ phiếu một mã", "one id per vote"));
        }
        return v;
    }

    private Id declaredVote(String vote) {
        Id v = id(vote, "ballot.vote");
        if (!state.votes.containsKey(v)) {
            String all = state.votes.keySet().stream().map(Id::value).collect(Collectors.joining(", "));
            throw ValidationException.invalid(
                    TYPE,
                    "ballot.vote",
                    v,
                    Text.of("chưa khai báo cuộc bỏ phiếu này", "no such vote declared"),
                    Text.of(
                            "một cuộc bỏ phiếu đã khai báo bằng vote(id, ứng viên…)"
                                    + (all.isEmpty() ? "" : ": " + all),
                            "a vote declared with vote(id, candidates…)" + (all.isEmpty() ? "" : ": " + all)));
        }
        return v;
    }

    private static Id id(String value, String field) {
        if (value == null) {
            throw ValidationException.missing(TYPE, field);
        }
        try {
            return Id.of(value);
        } catch (ValidationException e) {
            throw ValidationException.invalid(TYPE, field, value, e.problem(), e.allowed());
        }
    }

    private static Name nameOf(String value, String field) {
        if (value == null) {
            throw ValidationException.missing(TYPE, field);
        }
        try {
            return Name.of(value);
        } catch (ValidationException e) {
            throw ValidationException.invalid(TYPE, field, value, e.problem(), e.allowed());
        }
    }

    private static BigDecimal decimal(String text, String field) {
        if (text == null) {
            throw ValidationException.missing(TYPE, field);
        }
        try {
            if (text.length() > 40) {
                throw new NumberFormatException("too long");
            }
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.invalid(
                    TYPE,
                    field,
                    text,
                    Text.of("không phải số thập phân", "not a decimal number"),
                    Text.of("số thập phân như 180 hoặc 7.75", "a decimal such as 180 or 7.75"));
        }
    }

    private static int notNegative(int n, String field) {
        if (n < 0) {
            throw ValidationException.invalid(
                    TYPE, field, n, Text.of("số âm", "negative"), Text.of("0 trở lên", "0 or more"));
        }
        return n;
    }

    private static <T> T present(T value, String field) {
        if (value == null) {
            throw ValidationException.missing(TYPE, field);
        }
        return value;
    }

    private SmallCluster with(Consumer<State> change) {
        State copy = state.copy();
        change.accept(copy);
        return new SmallCluster(copy);
    }

    // ---- state ------------------------------------------------------------------------------

    /** A member's reported values for one criterion. */
    private static final class Entry {
        Boolean achieved;
        BigDecimal actual;
        Integer count;
        Integer occurrences;
        final Map<AssessmentStage, Points> recorded = new EnumMap<>(AssessmentStage.class);

        Entry copy() {
            Entry e = new Entry();
            e.achieved = achieved;
            e.actual = actual;
            e.count = count;
            e.occurrences = occurrences;
            e.recorded.putAll(recorded);
            return e;
        }
    }

    /** A vote: declared with candidates and ballots, or given in full. */
    private static final class VoteDraft {
        final List<Id> candidates;
        final List<Ballot> ballots;
        final Vote full;

        VoteDraft(List<Id> candidates) {
            this(candidates, List.of());
        }

        VoteDraft(List<Id> candidates, List<Ballot> ballots) {
            this.candidates = List.copyOf(candidates);
            this.ballots = List.copyOf(ballots);
            this.full = null;
        }

        VoteDraft(Vote full) {
            this.candidates = full.candidates();
            this.ballots = full.ballots();
            this.full = full;
        }

        Vote build(Id id, List<Ballot> ballots, Set<Id> electorate) {
            if (full != null) {
                return full;
            }
            return Vote.builder()
                    .id(id)
                    .subject(Name.of("Bỏ phiếu " + id.value()))
                    .addAllCandidates(candidates)
                    .addAllElectorate(electorate)
                    .addAllBallots(ballots)
                    .build();
        }
    }

    /** Everything given so far; copied on every call, never changed once shared. */
    private static final class State {
        ScoringTable table;
        final Set<Id> units = new LinkedHashSet<>();
        Id clusterId = Id.of("cum-thu");
        Name clusterName = Name.of("Cụm thi đua thử");
        ClusterKind kind = ClusterKind.CLUSTER;
        Organiser organiser = Organiser.builder()
                .id(Id.of("co-quan-thu"))
                .name(Name.of("Cơ quan tổ chức thử"))
                .level(OrganiserLevel.CENTRAL)
                .kind(OrganiserKind.MASS_ORGANISATION)
                .build();
        final Map<Id, Name> names = new LinkedHashMap<>();
        final Map<Id, int[]> women = new LinkedHashMap<>();
        final Map<Id, List<Id>> subGroups = new LinkedHashMap<>();
        Period period;
        final Map<Id, Indicator> indicators = new LinkedHashMap<>();
        final List<Given> inputs = new ArrayList<>();
        final Map<Key, BigDecimal> targets = new LinkedHashMap<>();
        final Map<Key, Entry> entries = new LinkedHashMap<>();
        final Map<Id, Set<String>> events = new LinkedHashMap<>();
        final Map<Id, Discipline> discipline = new LinkedHashMap<>();
        final Set<Id> noSheet = new LinkedHashSet<>();
        final Map<Id, VoteDraft> votes = new LinkedHashMap<>();
        final List<AwardRecord> history = new ArrayList<>();
        final Map<Id, CollectiveStanding> standings = new LinkedHashMap<>();
        final Set<Id> disciplinePending = new LinkedHashSet<>();
        final Set<Id> underInvestigation = new LinkedHashSet<>();
        LocalDate decisionDate;

        static State of(ScoringTable table, String... units) {
            if (units == null || units.length < 2) {
                // A cluster's members compete with one another: Cluster itself needs two.
                throw ValidationException.invalid(
                        TYPE,
                        "units",
                        units == null ? 0 : units.length,
                        Text.of("ít hơn 2 đơn vị", "fewer than 2 units"),
                        Text.of("ít nhất 2 mã đơn vị", "at least 2 unit ids"));
            }
            State s = new State();
            s.table = table;
            for (int i = 0; i < units.length; i++) {
                Id u = id(units[i], "units[" + i + "]");
                if (!s.units.add(u)) {
                    throw ValidationException.invalid(
                            TYPE,
                            "units[" + i + "]",
                            u,
                            Text.of("mã đơn vị bị trùng", "a repeated unit id"),
                            Text.of("mỗi đơn vị một lần", "each unit once"));
                }
            }
            return s;
        }

        Entry entry(Key key) {
            return entries.computeIfAbsent(key, k -> new Entry());
        }

        State copy() {
            State s = new State();
            s.table = table;
            s.units.addAll(units);
            s.clusterId = clusterId;
            s.clusterName = clusterName;
            s.kind = kind;
            s.organiser = organiser;
            s.names.putAll(names);
            women.forEach((k, v) -> s.women.put(k, v.clone()));
            s.subGroups.putAll(subGroups);
            s.period = period;
            s.indicators.putAll(indicators);
            s.inputs.addAll(inputs);
            s.targets.putAll(targets);
            entries.forEach((k, v) -> s.entries.put(k, v.copy()));
            events.forEach((k, v) -> s.events.put(k, new LinkedHashSet<>(v)));
            s.discipline.putAll(discipline);
            s.noSheet.addAll(noSheet);
            s.votes.putAll(votes);
            s.history.addAll(history);
            s.standings.putAll(standings);
            s.disciplinePending.addAll(disciplinePending);
            s.underInvestigation.addAll(underInvestigation);
            s.decisionDate = decisionDate;
            return s;
        }
    }

    @Override
    public String toString() {
        return "SmallCluster" + state.units + (state.table == null ? "" : " for table " + state.table.id());
    }
}
