package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardProposal;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Cluster;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.internal.Engine;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.VoteMethod;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Evaluates clusters with policies: criterion points (a batch over the whole cluster or each
 * sub-group), subtotals, caps, rounding and totals, bands, votes, ranks with tie-breaks, award
 * proposals with quotas and eligibility, and cash, each explained.
 *
 * <p>Stateless and thread-safe: one evaluator may serve any number of threads. The same inputs
 * in any order give the same result, to the last digit and the same explanation.
 *
 * <p>Explanations are worked out on demand: an evaluation computes the numbers (points, totals,
 * bands, ranks, awards, cash), and the first time any explanation of a cluster's result is read,
 * rendered, compared or written, the cluster is evaluated once more with every step worded, and
 * that run supplies all of the cluster's explanations. Nothing is discarded and nothing differs:
 * same inputs, same code, same words. Ranking a large batch thus costs only its numbers, and
 * explaining one unit costs one more evaluation of its cluster. The deferred run holds on to the
 * policy and input until the result is dropped.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(Registry.builtIns());
 * Evaluation evaluation = evaluator.evaluate(policy, EvaluationInput.builder()
 *         .covenant(covenant)
 *         .addAllSheets(sheets)
 *         .build());
 * }</pre>
 */
public final class Evaluator {

    private final Registry registry;
    private final Engine engine;

    private Evaluator(Registry registry) {
        this.registry = registry;
        this.engine = new Engine(registry);
    }

    /**
     * Returns an evaluator that finds rule kinds, tie-breakers, vote methods and eligibility
     * checks in a registry.
     *
     * @param registry the plug-ins, not null
     * @return the evaluator
     */
    public static Evaluator of(Registry registry) {
        return new Evaluator(requireNonNull(registry, "registry"));
    }

    /**
     * Returns the registry this evaluator uses.
     *
     * @return the registry
     */
    public Registry registry() {
        return registry;
    }

    /**
     * Evaluates one cluster.
     *
     * @param policy the policy, not null
     * @param input the covenant, sheets and other inputs, not null
     * @return every unit's result, ordered by unit id, with the votes and award decisions
     * @throws ValidationException if the input does not fit the policy or names an unknown
     *     plug-in
     * @throws EvaluationException if a required value is missing or a plug-in misbehaves
     */
    public Evaluation evaluate(Policy policy, EvaluationInput input) {
        requireNonNull(policy, "policy");
        requireNonNull(input, "input");
        // Numbers now; explanations when first read, from one explained run of the same cluster
        // shared by every explanation of this evaluation. Same code, same inputs: same words.
        Explained explained = new Explained(policy, input);
        return evaluate(policy, input, explained);
    }

    /** The explained run of one cluster, made at most once, when an explanation is first read. */
    private final class Explained implements Engine.CriterionExplanations {
        private final Policy policy;
        private final EvaluationInput input;
        private Map<Id, UnitResult> units;

        Explained(Policy policy, EvaluationInput input) {
            this.policy = policy;
            this.input = input;
        }

        synchronized UnitResult unit(Id unit) {
            if (units == null) {
                units = new HashMap<>();
                evaluate(policy, input, null).result().units().forEach(u -> units.put(u.unit(), u));
            }
            return units.get(unit);
        }

        @Override
        public Explanation of(Id unit, String criterion) {
            return Explanation.deferred(() -> unit(unit)
                    .criterion(criterion)
                    .flatMap(CriterionResult::explanation)
                    .orElseThrow());
        }

        Explanation of(Id unit) {
            return Explanation.deferred(() -> unit(unit).explanation());
        }
    }

    private Evaluation evaluate(Policy policy, EvaluationInput input, Explained deferred) {
        Cluster cluster = input.covenant().cluster();
        List<Engine.UnitScore> scores = engine.score(policy, input, deferred);
        Map<Id, Engine.UnitScore> byUnit = new TreeMap<>();
        scores.forEach(s -> byUnit.put(s.unit(), s));
        Map<Id, AssessmentSheet> sheets = new HashMap<>();
        input.sheets().forEach(s -> sheets.put(s.unit(), s));

        Map<Id, BandOutcome> bands = new HashMap<>();
        policy.bands()
                .ifPresent(scheme -> byUnit.values()
                        .forEach(s -> bands.put(
                                s.unit(),
                                scheme.classify(bandInput(policy, s, Optional.ofNullable(sheets.get(s.unit())))))));

        Map<Id, VoteOutcome> votes = countVotes(policy, input);
        Map<Id, Integer> rankingVotes = rankingVotes(policy, votes);

        Map<Id, RankedCandidate> ranks = new HashMap<>();
        for (List<Id> batch : Engine.batches(policy.scope(), cluster)) {
            List<Candidate> candidates = new ArrayList<>();
            for (Id unit : batch) {
                candidates.add(candidate(byUnit.get(unit), cluster, rankingVotes));
            }
            Ranker.rank(
                            candidates,
                            policy.ranking(),
                            name -> registry.tieBreaker(name).orElse(null))
                    .forEach(r -> ranks.put(r.unit(), r));
        }

        List<AwardDecision> decisions = new ArrayList<>();
        policy.awards().ifPresent(ladder -> {
            EvaluationScope scope =
                    ladder.scope() == LadderScope.SUB_GROUP ? EvaluationScope.SUB_GROUP : EvaluationScope.CLUSTER;
            for (List<Id> batch : Engine.batches(scope, cluster)) {
                List<AwardInput> units = new ArrayList<>();
                for (Id unit : batch) {
                    units.add(awardInput(unit, ranks.get(unit), bands.get(unit), input));
                }
                decisions.addAll(AwardPlanner.plan(
                        ladder,
                        units,
                        input.covenant().period().lastYear(),
                        name -> registry.eligibilityCheck(name).orElse(null)));
            }
        });
        decisions.sort(Comparator.comparingInt(
                        (AwardDecision d) -> ranks.get(d.unit()).rank().position())
                .thenComparing(AwardDecision::unit));
        Map<Id, AwardDecision> decisionOf = new HashMap<>();
        decisions.forEach(d -> decisionOf.put(d.unit(), d));

        ClusterResult.Builder result = ClusterResult.builder()
                .cluster(cluster.id())
                .period(input.covenant().period())
                .policyId(policy.id().value())
                .policyVersion(policy.version())
                .policyFingerprint(policy.fingerprint());
        for (Engine.UnitScore score : byUnit.values()) {
            result.addUnits(unitResult(
                    policy,
                    input,
                    score,
                    bands.get(score.unit()),
                    ranks.get(score.unit()),
                    decisionOf.get(score.unit()),
                    deferred));
        }
        return Evaluation.builder()
                .result(result.build())
                .putAllVotes(votes)
                .addAllAwards(decisions)
                .build();
    }

    /**
     * Evaluates many clusters with one policy, on up to {@code threads} threads. Each cluster is
     * evaluated on its own, exactly as {@link #evaluate} would: the results, in input order, are
     * identical to a sequential run whatever the number of threads.
     *
     * <pre>{@code
     * List<Evaluation> all = evaluator.evaluateAll(policy, inputs, Runtime.getRuntime().availableProcessors());
     * }</pre>
     *
     * @param policy the policy, not null
     * @param inputs one input per cluster, not null
     * @param threads how many threads may evaluate at once, 1 or more (1 evaluates on the caller's
     *     thread)
     * @return the evaluations, in the order of the inputs
     * @throws BatchEvaluationException for the first input, in input order, that fails; nothing is
     *     returned then
     */
    public List<Evaluation> evaluateAll(Policy policy, List<? extends EvaluationInput> inputs, int threads) {
        requireNonNull(inputs, "inputs");
        List<Evaluation> out = new ArrayList<>(inputs.size());
        evaluateAll(policy, inputs.iterator(), threads, out::add);
        return List.copyOf(out);
    }

    /**
     * Evaluates a stream of clusters with one policy, on up to {@code threads} threads, handing
     * each evaluation to {@code sink} in input order. The iterator is read and the sink called on
     * the caller's thread only, so neither needs to be thread-safe; at most {@code 4 × threads}
     * clusters are held at once, so memory stays flat however long the stream. The results are
     * identical to a sequential run whatever the number of threads.
     *
     * <pre>{@code
     * evaluator.evaluateAll(policy, reader, 4, evaluation -> writer.write(evaluation));
     * }</pre>
     *
     * @param policy the policy, not null
     * @param inputs the inputs, one per cluster, not null
     * @param threads how many threads may evaluate at once, 1 or more
     * @param sink receives each evaluation, in input order, not null
     * @throws BatchEvaluationException for the first input, in input order, that fails; the
     *     evaluations before it have been handed to the sink, none after it
     */
    public void evaluateAll(
            Policy policy, Iterator<? extends EvaluationInput> inputs, int threads, Consumer<? super Evaluation> sink) {
        requireNonNull(policy, "policy");
        requireNonNull(inputs, "inputs");
        requireNonNull(sink, "sink");
        if (threads < 1) {
            throw ValidationException.invalid(
                    "Evaluator",
                    "threads",
                    threads,
                    Text.of("số luồng phải dương", "the number of threads must be positive"),
                    Text.of("1 trở lên", "1 or more"));
        }
        if (threads == 1) {
            int index = 0;
            while (inputs.hasNext()) {
                sink.accept(evaluateAt(policy, inputs.next(), index++));
            }
            return;
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "thidua-evaluator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ArrayDeque<Future<Evaluation>> inFlight = new ArrayDeque<>();
            int window = 4 * threads;
            int index = 0;
            while (inputs.hasNext()) {
                EvaluationInput input = inputs.next();
                int at = index++;
                inFlight.add(pool.submit(() -> evaluateAt(policy, input, at)));
                if (inFlight.size() >= window) {
                    sink.accept(await(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Evaluation evaluateAt(Policy policy, EvaluationInput input, int index) {
        if (input == null) {
            throw new BatchEvaluationException(
                    index, null, new EvaluationException(Text.of("đầu vào rỗng (null)", "a null input")));
        }
        try {
            return evaluate(policy, input);
        } catch (ThiDuaException e) {
            throw new BatchEvaluationException(index, input.covenant().cluster().id(), e);
        }
    }

    private static Evaluation await(Future<Evaluation> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvaluationException(Text.of("việc chấm điểm bị ngắt", "the evaluation was interrupted"));
        }
    }

    private UnitResult unitResult(
            Policy policy,
            EvaluationInput input,
            Engine.UnitScore score,
            BandOutcome band,
            RankedCandidate rank,
            AwardDecision decision,
            Explained deferred) {
        Cluster cluster = input.covenant().cluster();
        UnitResult.Builder unit = UnitResult.builder()
                .unit(score.unit())
                .addAllCriteria(score.criteria())
                .putAllSubtotals(score.subtotals())
                .total(score.total())
                .rank(rank.rank());
        if (band != null) {
            unit.band(band.band());
        }
        AwardKind proposed = null;
        CashReward cash = null;
        if (decision != null
                && decision.status() == AwardStatus.PROPOSED
                && decision.award().isPresent()) {
            proposed = decision.award().get();
            unit.addProposals(AwardProposal.builder()
                    .recipient(score.unit())
                    .recipientKind(RecipientKind.COLLECTIVE)
                    .awardKind(proposed)
                    .period(input.covenant().period())
                    .proposedBy(cluster.id())
                    .basis(decision.explanation().text())
                    .build());
            if (policy.cash().isPresent() && input.decisionDate().isPresent()) {
                cash = policy.cash()
                        .get()
                        .cashFor(
                                proposed,
                                RecipientKind.COLLECTIVE,
                                input.decisionDate().get());
                unit.cash(cash.amount());
            }
        }
        return unit.explanation(
                        deferred != null
                                ? deferred.of(score.unit())
                                : explanation(cluster, score, band, rank, decision, proposed, cash))
                .build();
    }

    // The unit's explanation, worded: its score, band, rank, award decision and cash as steps.
    private static Explanation explanation(
            Cluster cluster,
            Engine.UnitScore score,
            BandOutcome band,
            RankedCandidate rank,
            AwardDecision decision,
            AwardKind proposed,
            CashReward cash) {
        List<Explanation> steps = new ArrayList<>();
        steps.add(score.explanation());
        String bandVi = "";
        String bandEn = "";
        if (band != null) {
            steps.add(band.explanation());
            bandVi = ", xếp loại " + band.band().label().vi();
            bandEn = ", band " + band.band().label().en();
        }
        steps.add(rank.explanation());
        if (decision != null) {
            steps.add(decision.explanation());
        }
        String awardVi = proposed == null ? "" : ", đề nghị " + proposed.name().vi();
        String awardEn =
                proposed == null ? "" : ", proposed for " + proposed.name().en();
        if (cash != null) {
            steps.add(cash.explanation());
        }
        String name = cluster.member(score.unit())
                .map(m -> m.displayName().text())
                .orElse(score.unit().value());
        int position = rank.rank().position();
        return Explanation.builder()
                .key("unit")
                .text(Text.of(
                        name + ": " + score.total().toString().replace('.', ',') + " điểm, hạng " + position + bandVi
                                + awardVi,
                        name + ": " + score.total() + " points, rank " + position + bandEn + awardEn))
                .value(score.total())
                .putInputs("unit", score.unit().value())
                .addAllChildren(steps)
                .build();
    }

    private static BandInput bandInput(Policy policy, Engine.UnitScore score, Optional<AssessmentSheet> sheet) {
        BandInput.Builder b = BandInput.builder().total(score.total());
        // The engine lists a unit's criterion results in the table's order.
        List<io.github.thidua.core.Criterion> criteria = policy.table().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionResult r = score.criteria().get(i);
            var criterion = criteria.get(i);
            if (criterion.isScored() && criterion.maxPoints().signum() > 0) {
                b.criterion(r.criterion(), r.points(), criterion.maxPoints());
            }
        }
        sheet.ifPresent(s -> b.addAllEvents(s.events()).discipline(s.leaderDiscipline()));
        if (sheet.isEmpty()) {
            b.discipline(Discipline.NONE);
        }
        return b.build();
    }

    private Map<Id, VoteOutcome> countVotes(Policy policy, EvaluationInput input) {
        Map<Id, VoteOutcome> outcomes = new TreeMap<>();
        for (int i = 0; i < input.votes().size(); i++) {
            Vote vote = input.votes().get(i);
            VoteRules rules = policy.voteRulesByVote().getOrDefault(vote.id(), policy.voteRules());
            VoteMethod method = registry.require(VoteMethod.class, rules.method(), "Policy", "voteRules.method");
            method.validate(rules.parameters());
            if (outcomes.put(vote.id(), method.count(vote, rules.parameters())) != null) {
                throw ValidationException.invalid(
                        "EvaluationInput",
                        "votes[" + i + "].id",
                        vote.id(),
                        Text.of("hai cuộc bỏ phiếu cùng mã", "two votes with the same id"),
                        Text.of("mỗi cuộc bỏ phiếu một mã", "one id per vote"));
            }
        }
        if (policy.rankingVote().isPresent()
                && !outcomes.containsKey(policy.rankingVote().get())) {
            throw ValidationException.invalid(
                    "EvaluationInput",
                    "votes",
                    policy.rankingVote().get(),
                    Text.of(
                            "thiếu cuộc bỏ phiếu mà quy chế dùng để xếp hạng",
                            "the vote the policy ranks by is missing"),
                    Text.of(
                            "các cuộc bỏ phiếu có mã " + policy.rankingVote().get(),
                            "votes including " + policy.rankingVote().get()));
        }
        return outcomes;
    }

    // The votes of the last round counted, per candidate, for the vote-result tie-breaker.
    private static Map<Id, Integer> rankingVotes(Policy policy, Map<Id, VoteOutcome> votes) {
        return policy.rankingVote()
                .map(votes::get)
                .filter(o -> !o.tallies().isEmpty())
                .map(o -> o.tallies().get(o.tallies().size() - 1))
                .orElse(Map.of());
    }

    private static Candidate candidate(Engine.UnitScore score, Cluster cluster, Map<Id, Integer> votes) {
        Candidate.Builder c = Candidate.builder()
                .unit(score.unit())
                .total(score.total())
                .putAllSubtotals(score.subtotals())
                .deductions(score.deductions())
                .fullMarks(score.fullMarks());
        score.criteria().forEach(r -> c.putCriterionPoints(r.criterion(), r.points()));
        cluster.member(score.unit()).ifPresent(c::collective);
        Optional.ofNullable(votes.get(score.unit())).ifPresent(c::votes);
        return c.build();
    }

    private static AwardInput awardInput(Id unit, RankedCandidate rank, BandOutcome band, EvaluationInput input) {
        List<AwardRecord> history = input.awardHistory().stream()
                .filter(r -> r.recipient().equals(unit))
                .toList();
        AwardInput.Builder b = AwardInput.builder()
                .unit(unit)
                .recipientKind(RecipientKind.COLLECTIVE)
                .rank(rank.rank())
                .addAllHistory(history)
                .disciplinePending(input.disciplinePending().contains(unit))
                .underInvestigation(input.underInvestigation().contains(unit));
        if (band != null) {
            b.band(band.band().code());
        }
        Optional.ofNullable(input.standings().get(unit)).ifPresent(b::standing);
        return b.build();
    }
}
