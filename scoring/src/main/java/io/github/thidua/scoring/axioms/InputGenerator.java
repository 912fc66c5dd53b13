package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.AwardKind;
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
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.Deduction;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Formula;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.LeaderRelative;
import io.github.thidua.core.MissingTargetPolicy;
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
import io.github.thidua.core.SubGroup;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.BandGuardKind;
import io.github.thidua.scoring.BandScheme;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.EvaluationScope;
import io.github.thidua.scoring.LadderScope;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.ScoreSource;
import io.github.thidua.scoring.VoteRules;
import io.github.thidua.scoring.spi.CollectiveStanding;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Generates random, valid inputs for a policy: a cluster of units, a covenant with pledged
 * targets for the policy's indicators, an assessment sheet per unit with the inputs each criterion
 * kind reads, ballots for the policy's votes, past awards, standings and pending matters.
 *
 * <p>Built on {@link RandomGenerator} alone: the same generator state gives the same input, always
 * (use a seeded {@link java.util.SplittableRandom}). Values are chosen to reach the corners that
 * laws break at: actual values equal to targets, ties between units, zeros, missing entries and
 * targets where the policy allows them, sub-groups when the policy works per sub-group. What is
 * generated, by criterion kind:
 *
 * <ul>
 *   <li>qualitative: {@code achieved}; quantitative and leader-relative: {@code actual} from 0 to
 *       {@link #maxValue()} with up to 2 decimals (now and then below zero, down to a tenth of
 *       {@code -maxValue}), and a target from 0.1 to {@link #maxValue()}
 *       (left out now and then unless a quantitative criterion on that indicator rejects a
 *       missing target);
 *   <li>count-based: {@code count} up to {@link #maxCount()}; bonus and deduction: {@code
 *       occurrences} up to {@link #maxOccurrences()};
 *   <li>formula: the inputs the formula declares; custom kinds: all four inputs, since the
 *       generator cannot know which ones the rule reads;
 *   <li>when the policy takes recorded points: points at random stages, between 0 and the
 *       criterion's maximum, in steps of 0.25.
 * </ul>
 *
 * <p>Immutable and thread-safe; each {@code with}-style method returns a copy.
 *
 * <pre>{@code
 * InputGenerator inputs = InputGenerator.defaults().withUnits(2, 5).withMaxValue(100);
 * EvaluationInput input = inputs.next(policy, new SplittableRandom(42));
 * }</pre>
 */
public final class InputGenerator {

    private static final List<String> PROVINCES = List.of(
            "Hà Giang",
            "Tuyên Quang",
            "Yên Bái",
            "Phú Thọ",
            "Vĩnh Phúc",
            "Lào Cai",
            "Điện Biên",
            "Lai Châu",
            "Sơn La",
            "Hòa Bình",
            "Thái Nguyên",
            "Bắc Kạn",
            "Cao Bằng",
            "Lạng Sơn",
            "Bắc Giang",
            "Quảng Ninh");

    private static final Organiser ORGANISER = Organiser.builder()
            .id(Id.of("co-quan-to-chuc"))
            .name(Name.of("Hội đồng Thi đua - Khen thưởng"))
            .level(OrganiserLevel.MINISTRY_PROVINCE)
            .kind(OrganiserKind.STATE_COUNCIL)
            .build();

    private static final InputGenerator DEFAULTS = new InputGenerator(2, 6, 200, 12, 4, List.of());

    private final int minUnits;
    private final int maxUnits;
    private final int maxValue;
    private final int maxCount;
    private final int maxOccurrences;
    private final List<Indicator> indicators;

    private InputGenerator(
            int minUnits, int maxUnits, int maxValue, int maxCount, int maxOccurrences, List<Indicator> indicators) {
        this.minUnits = minUnits;
        this.maxUnits = maxUnits;
        this.maxValue = maxValue;
        this.maxCount = maxCount;
        this.maxOccurrences = maxOccurrences;
        this.indicators = indicators;
    }

    /**
     * Returns the default generator: 2 to 6 units, values up to 200, counts up to 12, occurrences
     * up to 4, indicators of random direction.
     *
     * @return the generator
     */
    public static InputGenerator defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy generating clusters of {@code min} to {@code max} units.
     *
     * @param min the fewest units, 2 or more
     * @param max the most units, from {@code min} to 99
     * @return the copy
     * @throws ValidationException if the range is not within 2 to 99
     */
    public InputGenerator withUnits(int min, int max) {
        if (min < 2 || max < min || max > 99) {
            throw ValidationException.invalid(
                    "InputGenerator",
                    "units",
                    min + ".." + max,
                    Text.of("khoảng số đơn vị không hợp lệ", "an invalid range of units"),
                    Text.of("2 ≤ min ≤ max ≤ 99", "2 ≤ min ≤ max ≤ 99"));
        }
        return new InputGenerator(min, max, maxValue, maxCount, maxOccurrences, indicators);
    }

    /**
     * Returns a copy whose actual values and targets go up to {@code max}.
     *
     * @param max the largest value, 1 to 10^9
     * @return the copy
     * @throws ValidationException if out of range
     */
    public InputGenerator withMaxValue(int max) {
        return new InputGenerator(
                minUnits, maxUnits, bounded("maxValue", max, 1), maxCount, maxOccurrences, indicators);
    }

    /**
     * Returns a copy whose counts go up to {@code max}.
     *
     * @param max the largest count, 0 to 10^9
     * @return the copy
     * @throws ValidationException if out of range
     */
    public InputGenerator withMaxCount(int max) {
        return new InputGenerator(
                minUnits, maxUnits, maxValue, bounded("maxCount", max, 0), maxOccurrences, indicators);
    }

    /**
     * Returns a copy whose bonus and deduction occurrences go up to {@code max}.
     *
     * @param max the most occurrences, 0 to 10^9
     * @return the copy
     * @throws ValidationException if out of range
     */
    public InputGenerator withMaxOccurrences(int max) {
        return new InputGenerator(
                minUnits, maxUnits, maxValue, maxCount, bounded("maxOccurrences", max, 0), indicators);
    }

    /**
     * Returns a copy that declares these indicators in every covenant, instead of indicators of
     * random direction, for the indicators of the policy's table with the same ids.
     *
     * @param fixed the indicators, not null
     * @return the copy
     */
    public InputGenerator withIndicators(Indicator... fixed) {
        requireNonNull(fixed, "fixed");
        List<Indicator> copy = new ArrayList<>();
        for (Indicator i : fixed) {
            copy.add(requireNonNull(i, "indicator"));
        }
        return new InputGenerator(minUnits, maxUnits, maxValue, maxCount, maxOccurrences, List.copyOf(copy));
    }

    private static int bounded(String field, int value, int min) {
        if (value < min || value > 1_000_000_000) {
            throw ValidationException.invalid(
                    "InputGenerator",
                    field,
                    value,
                    Text.of("ngoài phạm vi", "out of range"),
                    Text.of("từ " + min + " đến 10^9", min + " to 10^9"));
        }
        return value;
    }

    /**
     * Returns the fewest units of a generated cluster.
     *
     * @return 2 or more
     */
    public int minUnits() {
        return minUnits;
    }

    /**
     * Returns the most units of a generated cluster.
     *
     * @return up to 99
     */
    public int maxUnits() {
        return maxUnits;
    }

    /**
     * Returns the largest actual value or target generated.
     *
     * @return 1 or more
     */
    public int maxValue() {
        return maxValue;
    }

    /**
     * Returns the largest count generated.
     *
     * @return 0 or more
     */
    public int maxCount() {
        return maxCount;
    }

    /**
     * Returns the most occurrences generated.
     *
     * @return 0 or more
     */
    public int maxOccurrences() {
        return maxOccurrences;
    }

    /**
     * Generates one cluster's complete input for a policy.
     *
     * @param policy the policy, not null
     * @param random the source of randomness, not null; advanced by the call
     * @return a valid input: every criterion's inputs fit its kind, every vote the policy needs is
     *     held
     */
    public EvaluationInput next(Policy policy, RandomGenerator random) {
        requireNonNull(policy, "policy");
        requireNonNull(random, "random");
        Cluster cluster = cluster(policy, random);
        Covenant covenant = covenant(policy, cluster, random);
        EvaluationInput.Builder input = EvaluationInput.builder()
                .covenant(covenant)
                .addAllSheets(sheets(policy, covenant, random))
                .addAllVotes(votes(policy, cluster, random));
        if (policy.awards().isPresent()) {
            addAwardFacts(policy.awards().get(), covenant, input, random);
        }
        if (policy.cash().isPresent()) {
            input.decisionDate(covenant.period().end());
        }
        return input.build();
    }

    /**
     * Generates a cluster of {@link #minUnits()} to {@link #maxUnits()} units with ids {@code u01},
     * {@code u02}, …, some with head and women counts; split into 2 or 3 sub-groups now and then
     * when the policy scores, ranks or awards per sub-group.
     *
     * @param policy the policy, not null
     * @param random the source of randomness, not null
     * @return the cluster
     */
    public Cluster cluster(Policy policy, RandomGenerator random) {
        requireNonNull(policy, "policy");
        requireNonNull(random, "random");
        int n = random.nextInt(minUnits, maxUnits + 1);
        Cluster.Builder cluster = Cluster.builder()
                .id(Id.of("cum-thu"))
                .kind(ClusterKind.CLUSTER)
                .number(1)
                .name(Name.of("Cụm thi đua thử"))
                .organiser(ORGANISER);
        List<Id> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Id id = unitId(i);
            ids.add(id);
            Collective.Builder member = Collective.builder()
                    .id(id)
                    .name(Name.of(i <= PROVINCES.size() ? "Tỉnh " + PROVINCES.get(i - 1) : "Đơn vị " + id));
            if (random.nextBoolean()) {
                int head = random.nextInt(5, 51);
                member.headCount(head).womenCount(random.nextInt(head + 1));
            }
            cluster.addMembers(member.build());
        }
        boolean perGroup = policy.scope() == EvaluationScope.SUB_GROUP
                || policy.awards().map(a -> a.scope() == LadderScope.SUB_GROUP).orElse(false);
        if (perGroup && random.nextInt(3) > 0) {
            int groups = random.nextInt(2, Math.min(3, n) + 1);
            List<Id> order = shuffled(ids, random);
            List<List<Id>> members = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                members.add(new ArrayList<>());
            }
            for (int i = 0; i < order.size(); i++) {
                members.get(i < groups ? i : random.nextInt(groups)).add(order.get(i));
            }
            for (int g = 0; g < groups; g++) {
                cluster.addSubGroups(SubGroup.of(Id.of("nhom-" + (g + 1)), Name.of("Nhóm " + (g + 1)), members.get(g)));
            }
        }
        return cluster.build();
    }

    /**
     * Generates the covenant of a cluster for the year the policy comes into force: the policy's
     * table, its indicators (those given to {@link #withIndicators(Indicator...)}, or of random
     * direction) and pledged targets.
     *
     * @param policy the policy, not null
     * @param cluster the cluster, not null
     * @param random the source of randomness, not null
     * @return the covenant
     */
    public Covenant covenant(Policy policy, Cluster cluster, RandomGenerator random) {
        requireNonNull(policy, "policy");
        requireNonNull(cluster, "cluster");
        requireNonNull(random, "random");
        Period year = Period.year(policy.inForceFrom().getYear());
        Covenant.Builder covenant = Covenant.builder()
                .id(Id.of("giao-uoc-thu"))
                .cluster(cluster)
                .period(year)
                .signedOn(year.start())
                .addContents("Thực hiện tốt các phong trào thi đua")
                .scoringTable(policy.table());
        List<Id> used = List.copyOf(policy.table().indicatorIds());
        for (Id id : used) {
            Indicator indicator = indicators.stream()
                    .filter(i -> i.id().equals(id))
                    .findFirst()
                    .orElseGet(() -> Indicator.builder()
                            .id(id)
                            .name(Name.of("Chỉ tiêu " + id))
                            .unitOfMeasure("đơn vị")
                            .direction(random.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER)
                            .build());
            covenant.addIndicators(indicator);
        }
        for (Collective member : cluster.members()) {
            covenant.addSignatories(member.id());
            for (Id id : used) {
                if (targetMayBeMissing(policy, id) && random.nextInt(5) == 0) {
                    continue;
                }
                covenant.addTargets(PledgedTarget.builder()
                        .unit(member.id())
                        .indicator(id)
                        .value(BigDecimal.valueOf(random.nextLong(1, 10L * maxValue + 1), 1))
                        .build());
            }
        }
        return covenant.build();
    }

    private static boolean targetMayBeMissing(Policy policy, Id indicator) {
        for (Criterion c : policy.table().criteria()) {
            if (c.kind() instanceof Quantitative q
                    && q.indicator().equals(indicator)
                    && q.missingTarget() == MissingTargetPolicy.REJECT) {
                return false;
            }
        }
        return true;
    }

    /**
     * Generates the members' assessment sheets: one per member (now and then none, if the policy
     * allows a missing sheet), each entry with the inputs its criterion's kind reads, now and then
     * an entry left out; knock-out and guard events and the head's discipline when the policy
     * classifies.
     *
     * @param policy the policy, not null
     * @param covenant the covenant, with the cluster and targets, not null
     * @param random the source of randomness, not null
     * @return the sheets, in member order
     */
    public List<AssessmentSheet> sheets(Policy policy, Covenant covenant, RandomGenerator random) {
        requireNonNull(policy, "policy");
        requireNonNull(covenant, "covenant");
        requireNonNull(random, "random");
        List<String> events = events(policy.bands());
        Map<String, List<BigDecimal>> seen = new HashMap<>();
        List<AssessmentSheet> sheets = new ArrayList<>();
        for (Collective member : covenant.cluster().members()) {
            if (policy.missingSheet() == MissingSheetPolicy.EMPTY && random.nextInt(10) == 0) {
                continue;
            }
            AssessmentSheet.Builder sheet =
                    AssessmentSheet.builder().unit(member.id()).period(covenant.period());
            for (Criterion criterion : policy.table().criteria()) {
                if (random.nextInt(12) == 0) {
                    continue;
                }
                Assessment.Builder entry = Assessment.builder().criterion(criterion.code());
                if (policy.source() == ScoreSource.RECORDED) {
                    recorded(criterion, entry, random);
                } else {
                    computed(criterion, covenant, member.id(), seen, entry, random);
                }
                sheet.addEntries(entry.build());
            }
            if (policy.bands().isPresent()) {
                for (String event : events) {
                    if (random.nextInt(6) == 0) {
                        sheet.addEvents(event);
                    }
                }
                if (random.nextInt(8) == 0) {
                    sheet.leaderDiscipline(Discipline.values()[random.nextInt(1, Discipline.values().length)]);
                }
            }
            sheets.add(sheet.build());
        }
        return sheets;
    }

    private static List<String> events(Optional<BandScheme> bands) {
        TreeSet<String> events = new TreeSet<>();
        bands.ifPresent(scheme -> {
            events.addAll(scheme.knockOuts().keySet());
            scheme.bands()
                    .forEach(b -> b.guards().stream()
                            .filter(g -> g.kind() == BandGuardKind.NO_EVENT)
                            .forEach(g -> g.event().ifPresent(events::add)));
        });
        return List.copyOf(events);
    }

    private static void recorded(Criterion criterion, Assessment.Builder entry, RandomGenerator random) {
        long quarters = criterion
                .maxPoints()
                .toBigDecimal()
                .multiply(BigDecimal.valueOf(4))
                .longValue();
        for (AssessmentStage stage : AssessmentStage.values()) {
            if (random.nextBoolean()) {
                entry.putPoints(
                        stage,
                        Points.of(BigDecimal.valueOf(random.nextLong(quarters + 1), 0)
                                .divide(BigDecimal.valueOf(4))));
            }
        }
    }

    private void computed(
            Criterion criterion,
            Covenant covenant,
            Id unit,
            Map<String, List<BigDecimal>> seen,
            Assessment.Builder entry,
            RandomGenerator random) {
        var kind = criterion.kind();
        if (kind instanceof Qualitative) {
            entry.achieved(random.nextBoolean());
        } else if (kind instanceof Quantitative q) {
            entry.actual(actual(criterion.code(), covenant.target(unit, q.indicator()), seen, random));
        } else if (kind instanceof LeaderRelative l) {
            entry.actual(actual(criterion.code(), covenant.target(unit, l.indicator()), seen, random));
        } else if (kind instanceof CountBased) {
            entry.count(random.nextInt(maxCount + 1));
        } else if (kind instanceof Bonus || kind instanceof Deduction) {
            entry.occurrences(random.nextInt(maxOccurrences + 1));
        } else if (kind instanceof Formula f) {
            for (String name : f.inputs()) {
                switch (name) {
                    case "achieved" -> entry.achieved(random.nextBoolean());
                    case "actual" -> entry.actual(actual(criterion.code(), Optional.empty(), seen, random));
                    case "count" -> entry.count(random.nextInt(maxCount + 1));
                    case "occurrences" -> entry.occurrences(random.nextInt(maxOccurrences + 1));
                    default -> {}
                }
            }
        } else if (kind instanceof CustomKind) {
            entry.achieved(random.nextBoolean())
                    .actual(actual(criterion.code(), Optional.empty(), seen, random))
                    .count(random.nextInt(maxCount + 1))
                    .occurrences(random.nextInt(maxOccurrences + 1));
        }
    }

    // An actual value, biased toward the corners: the unit's own target, another unit's value (a
    // tie), zero, now and then below zero (a fall, such as negative growth).
    private BigDecimal actual(
            String code, Optional<PledgedTarget> target, Map<String, List<BigDecimal>> seen, RandomGenerator random) {
        List<BigDecimal> before = seen.computeIfAbsent(code, c -> new ArrayList<>());
        int corner = random.nextInt(20);
        BigDecimal value;
        if (corner < 2 && target.isPresent()) {
            value = target.get().value();
        } else if (corner < 6 && !before.isEmpty()) {
            value = before.get(random.nextInt(before.size()));
        } else if (corner < 8) {
            value = BigDecimal.ZERO;
        } else {
            int scale = random.nextInt(3);
            value = BigDecimal.valueOf(random.nextLong((long) maxValue * pow10(scale) + 1), scale);
            if (corner == 8) {
                value = value.negate().divide(BigDecimal.TEN);
            }
        }
        before.add(value);
        return value;
    }

    private static long pow10(int scale) {
        long p = 1;
        for (int i = 0; i < scale; i++) {
            p *= 10;
        }
        return p;
    }

    /**
     * Generates the votes the policy needs: its ranking vote and every vote it has rules for, each
     * with every member as candidate and voter, ballots of the kind its method counts (rankings
     * for {@code schulze}, one approval for {@code plurality}, any approvals otherwise, blank now
     * and then), some members absent, now and then a second round.
     *
     * @param policy the policy, not null
     * @param cluster the cluster, not null
     * @param random the source of randomness, not null
     * @return the votes, ordered by id
     */
    public List<Vote> votes(Policy policy, Cluster cluster, RandomGenerator random) {
        requireNonNull(policy, "policy");
        requireNonNull(cluster, "cluster");
        requireNonNull(random, "random");
        TreeSet<Id> ids = new TreeSet<>(policy.voteRulesByVote().keySet());
        policy.rankingVote().ifPresent(ids::add);
        List<Id> members = cluster.members().stream().map(Collective::id).toList();
        List<Vote> votes = new ArrayList<>();
        for (Id id : ids) {
            VoteRules rules = policy.voteRulesByVote().getOrDefault(id, policy.voteRules());
            Vote.Builder vote = Vote.builder()
                    .id(id)
                    .subject(Name.of("Bỏ phiếu " + id))
                    .addAllCandidates(members)
                    .addAllElectorate(members);
            int rounds = random.nextInt(4) == 0 ? 2 : 1;
            for (int round = 1; round <= rounds; round++) {
                int cast = 0;
                for (Id voter : members) {
                    if (random.nextInt(8) == 0) {
                        continue;
                    }
                    vote.addBallots(ballot(rules.method(), voter, round, members, random));
                    cast++;
                }
                if (cast == 0) {
                    break;
                }
            }
            votes.add(vote.build());
        }
        return votes;
    }

    private static Ballot ballot(String method, Id voter, int round, List<Id> candidates, RandomGenerator random) {
        Ballot.Builder ballot = Ballot.builder()
                .voter(voter)
                .round(round)
                .mode(random.nextInt(6) == 0 ? BallotMode.WRITTEN : BallotMode.IN_PERSON);
        if (random.nextInt(10) == 0) {
            return ballot.build();
        }
        switch (method) {
            case "schulze" -> {
                for (Id c : shuffled(candidates, random)) {
                    if (random.nextInt(4) > 0) {
                        ballot.addRanking(c);
                    }
                }
            }
            case "plurality" -> ballot.addApprovals(candidates.get(random.nextInt(candidates.size())));
            default -> {
                for (Id c : candidates) {
                    if (random.nextBoolean()) {
                        ballot.addApprovals(c);
                    }
                }
            }
        }
        return ballot.build();
    }

    // Past awards of the ladder's kinds, members' standings and pending matters, for eligibility.
    private static void addAwardFacts(
            AwardLadder ladder, Covenant covenant, EvaluationInput.Builder input, RandomGenerator random) {
        List<AwardKind> awards =
                ladder.steps().stream().map(AwardStep::award).distinct().toList();
        int year = covenant.period().lastYear().getValue();
        Map<Id, CollectiveStanding> standings = new LinkedHashMap<>();
        for (Collective member : covenant.cluster().members()) {
            Id id = member.id();
            int records = random.nextInt(3) == 0 ? random.nextInt(1, 3) : 0;
            for (int r = 0; r < records; r++) {
                input.addAwardHistory(AwardRecord.builder()
                        .recipient(id)
                        .recipientKind(RecipientKind.COLLECTIVE)
                        .awardKind(awards.get(random.nextInt(awards.size())).id())
                        .year(Year.of(year - random.nextInt(0, 4)))
                        .build());
            }
            if (random.nextBoolean()) {
                int head = random.nextInt(1, 31);
                standings.put(
                        id,
                        CollectiveStanding.builder()
                                .headCount(head)
                                .completedTasks(random.nextInt(head + 1))
                                .advancedWorkers(random.nextInt(head + 1))
                                .grassrootsFighters(random.nextInt(head + 1))
                                .disciplinedAtWarningOrAbove(random.nextInt(3) == 0 ? 1 : 0)
                                .build());
            }
            if (random.nextInt(10) == 0) {
                input.addDisciplinePending(id);
            }
            if (random.nextInt(10) == 0) {
                input.addUnderInvestigation(id);
            }
        }
        input.putAllStandings(standings);
    }

    static Id unitId(int i) {
        return Id.of(i < 10 ? "u0" + i : "u" + i);
    }

    private static <T> List<T> shuffled(List<T> list, RandomGenerator random) {
        List<T> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }
}
