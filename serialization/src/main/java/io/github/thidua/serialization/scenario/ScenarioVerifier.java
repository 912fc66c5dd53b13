package io.github.thidua.serialization.scenario;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.AwardProposal;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.core.RoleAssignment;
import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.AwardDecision;
import io.github.thidua.scoring.AwardLadder;
import io.github.thidua.scoring.AwardStatus;
import io.github.thidua.scoring.AwardStep;
import io.github.thidua.scoring.CashReward;
import io.github.thidua.scoring.CashRewardTable;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Evaluator;
import io.github.thidua.scoring.PhaseEvaluation;
import io.github.thidua.scoring.PhaseResult;
import io.github.thidua.scoring.PhaseRules;
import io.github.thidua.scoring.PhaseUnit;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Progress;
import io.github.thidua.scoring.Registry;
import io.github.thidua.scoring.UnitProgress;
import io.github.thidua.scoring.spi.VoteOutcome;
import io.github.thidua.serialization.DocumentException;
import io.github.thidua.serialization.DocumentKind;
import io.github.thidua.serialization.scenario.ScenarioReport.Outcome;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs a scenario: reads its documents, evaluates the covenant's period with the policy, computes
 * half-year progress and the phase review when the scenario has them, and checks every
 * expectation against what the engine produced.
 *
 * <pre>{@code
 * ScenarioReport report = ScenarioVerifier.verify(Path.of("data/1-cum-2-2023/scenario.yaml"));
 * report.passed();
 * }</pre>
 *
 * <p>Numbers compare by value ({@code 102} equals {@code 102.00}); lists of ids compare in order;
 * a {@code reason} or {@code refused} fragment is looked for in the text, in either language. A
 * unit's award status for one award kind is that of the last step of the ladder giving that award
 * which the unit reached, read from the decision's explanation (one step per child, in the
 * ladder's order). When the scenario expects a refusal, the engine's refusal is kept for it and
 * every expectation on the evaluation fails naming it; otherwise a refusal makes the scenario
 * unreadable. Stateless and thread-safe.
 */
public final class ScenarioVerifier {

    /** The kind name of award-record documents, defined by this module. */
    public static final String AWARDS_KIND = "awards";

    private static final String NONE = "—";

    // How a rank's deciding tie-breaker is written when none decided.
    private static final String UNRESOLVED = "unresolved";
    private static final String NOT_LEVEL = "none";

    private ScenarioVerifier() {}

    /**
     * Reads and verifies a scenario file.
     *
     * @param file the scenario file, not null
     * @return the report
     * @throws ScenarioFileException if the scenario or a document it names cannot be read, or the
     *     engine refuses the inputs
     */
    public static ScenarioReport verify(Path file) {
        return verify(ScenarioReader.read(file), Registry.builtIns());
    }

    /**
     * Reads and verifies a scenario file with the rules of a registry, for policies that use
     * plug-ins (custom rule kinds, tie-breakers, vote methods, eligibility checks).
     *
     * @param file the scenario file, not null
     * @param registry the rules to evaluate with, not null
     * @return the report
     * @throws ScenarioFileException if the scenario or a document it names cannot be read, or the
     *     engine refuses the inputs
     */
    public static ScenarioReport verify(Path file, Registry registry) {
        requireNonNull(registry, "registry");
        return verify(ScenarioReader.read(file), registry);
    }

    /**
     * Verifies a scenario.
     *
     * @param scenario the scenario, not null
     * @return the report
     * @throws ScenarioFileException if a document the scenario names cannot be read, or the engine
     *     refuses the inputs
     */
    public static ScenarioReport verify(Scenario scenario) {
        return verify(scenario, Registry.builtIns());
    }

    /**
     * Verifies a scenario with the rules of a registry.
     *
     * @param scenario the scenario, not null
     * @param registry the rules to evaluate with, not null
     * @return the report
     * @throws ScenarioFileException if a document the scenario names cannot be read, or the engine
     *     refuses the inputs
     */
    public static ScenarioReport verify(Scenario scenario, Registry registry) {
        requireNonNull(scenario, "scenario");
        requireNonNull(registry, "registry");
        Run run = new Run(scenario, registry);
        List<Outcome> outcomes = new ArrayList<>();
        for (Expectation e : scenario.expectations()) {
            outcomes.add(run.check(e));
        }
        return new ScenarioReport(scenario, outcomes);
    }

    /**
     * Finds the scenario files below a folder: every {@code scenario.yaml}, {@code scenario.yml} or
     * {@code scenario.json}, searched recursively, in path order. With {@link
     * ScenarioReport#assertPassed()} this turns a folder of scenarios into tests of any framework;
     * in JUnit 5:
     *
     * <pre>{@code
     * @TestFactory
     * Stream<DynamicTest> scenarios() {
     *     return ScenarioVerifier.files(Path.of("src/test/scenarios")).stream()
     *             .map(f -> dynamicTest(f.toString(), () -> ScenarioVerifier.verify(f).assertPassed()));
     * }
     * }</pre>
     *
     * @param dir the folder, not null
     * @return the files, possibly none
     * @throws java.io.UncheckedIOException if the folder cannot be listed
     */
    public static List<Path> files(Path dir) {
        requireNonNull(dir, "dir");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            return files.filter(ScenarioVerifier::isScenarioFile).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString();
        return java.nio.file.Files.isRegularFile(file)
                && (name.equals("scenario.yaml") || name.equals("scenario.yml") || name.equals("scenario.json"));
    }

    /**
     * Reads an award-records document: {@code kind: awards}, version 1, a list of award records.
     *
     * @param file the file, not null
     * @return the records
     * @throws ScenarioFileException if the file cannot be read or is not valid
     */
    public static List<AwardRecord> readAwards(Path file) {
        return ScenarioReader.readBody(file, AWARDS_KIND, 1, new TypeReference<List<AwardRecord>>() {}.getType());
    }

    static <T> T read(DocumentKind kind, Path file) {
        try {
            return ScenarioReader.documents(file).read(kind, file);
        } catch (DocumentException e) {
            throw ScenarioFileException.of(file, e);
        }
    }

    /** The documents and engine results of one verification. */
    private static final class Run {
        private final Scenario scenario;
        private final Covenant covenant;
        private final Optional<Evaluation> evaluation;
        private final Optional<List<UnitProgress>> progress;
        private final Optional<PhaseResult> phase;
        private final Optional<List<AwardRecord>> awards;
        private final Optional<Policy> policy;
        private final boolean refusalExpected;
        // The first refusal of the engine, kept when the scenario expects one.
        private ThiDuaException refusal;

        Run(Scenario scenario, Registry registry) {
            this.scenario = scenario;
            this.refusalExpected =
                    scenario.expectations().stream().anyMatch(e -> e.property() == Expectation.Property.REFUSED);
            ScenarioInputs in = scenario.inputs();
            this.covenant = read(DocumentKind.COVENANT, in.covenant());
            this.policy = in.policy().map(p -> read(DocumentKind.POLICY, p));
            List<Vote> votes = in.ballots()
                    .<List<Vote>>map(b -> read(DocumentKind.BALLOTS, b))
                    .orElse(List.of());
            this.awards = in.awards().map(ScenarioVerifier::readAwards);
            List<AwardRecord> history =
                    in.history().map(ScenarioVerifier::readAwards).orElse(List.of());
            Evaluator evaluator = Evaluator.of(registry);
            this.evaluation = in.assessments().flatMap(a -> {
                List<AssessmentSheet> sheets = read(DocumentKind.ASSESSMENTS, a);
                return engine("/body/inputs", () -> {
                    EvaluationInput.Builder input = EvaluationInput.builder()
                            .covenant(covenant)
                            .addAllSheets(sheets)
                            .addAllVotes(votes)
                            .addAllAwardHistory(history)
                            .putAllStandings(in.standings())
                            .addAllDisciplinePending(in.disciplinePending())
                            .addAllUnderInvestigation(in.underInvestigation());
                    in.decisionDate().ifPresent(input::decisionDate);
                    return evaluator.evaluate(policy.orElseThrow(), input.build());
                });
            });
            this.progress = in.progress().isEmpty()
                    ? Optional.empty()
                    : engine("/body/inputs/progress", () -> Progress.of(covenant, in.progress()));
            this.phase = in.phase()
                    .flatMap(p -> engine("/body/inputs/phase", () -> {
                        List<ClusterResult> annual = new ArrayList<>();
                        for (Map.Entry<Year, Path> year : p.years().entrySet()) {
                            List<AssessmentSheet> sheets = read(DocumentKind.ASSESSMENTS, year.getValue());
                            Covenant dated = redate(covenant, year.getKey().getValue());
                            annual.add(evaluator
                                    .evaluate(
                                            policy.orElseThrow(),
                                            EvaluationInput.builder()
                                                    .covenant(dated)
                                                    .addAllSheets(sheets)
                                                    .build())
                                    .result());
                        }
                        return PhaseEvaluation.evaluate(
                                Period.phase(p.from(), p.to()),
                                annual,
                                PhaseRules.builder()
                                        .method(p.method())
                                        .addAllBands(p.bands())
                                        .build(),
                                registry);
                    }));
        }

        // Runs an engine step; a refusal is kept when the scenario expects one, and otherwise makes
        // the scenario unreadable.
        private <T> Optional<T> engine(String pointer, java.util.function.Supplier<T> step) {
            try {
                return Optional.of(step.get());
            } catch (ScenarioFileException e) {
                throw e;
            } catch (ThiDuaException e) {
                if (refusalExpected) {
                    if (refusal == null) {
                        refusal = e;
                    }
                    return Optional.empty();
                }
                throw new ScenarioFileException(
                        scenario.file(),
                        pointer,
                        -1,
                        -1,
                        null,
                        Text.of(
                                "bộ máy không nhận đầu vào: " + e.getMessage(Text.VIETNAMESE),
                                "the engine refused the inputs: " + e.getMessage(Locale.ENGLISH)),
                        e);
            }
        }

        Outcome check(Expectation e) {
            return switch (e.property()) {
                case TOTAL -> unit(e, u -> number(e, u.total().toBigDecimal(), u.explanation()));
                case RANK ->
                    unit(
                            e,
                            u -> text(
                                    e,
                                    u.rank()
                                            .map(r -> String.valueOf(r.position()))
                                            .orElse(NONE),
                                    u.explanation()));
                case BAND -> unit(e, u -> text(e, u.band().map(b -> b.code()).orElse(NONE), u.explanation()));
                case PROPOSALS ->
                    unit(
                            e,
                            u -> text(
                                    e,
                                    u.proposals().stream()
                                            .map(AwardProposal::awardKind)
                                            .map(k -> k.id().value())
                                            .collect(Collectors.joining(", ")),
                                    decision(u.unit()).orElse(u.explanation())));
                case CASH ->
                    unit(
                            e,
                            u -> text(
                                    e,
                                    u.cash()
                                            .map(c -> String.valueOf(c.amount()))
                                            .orElse(NONE),
                                    u.explanation()));
                case CRITERION_POINTS ->
                    unit(e, u -> {
                        Optional<CriterionResult> c = u.criterion(e.qualifier().orElseThrow());
                        return c.isEmpty()
                                ? outcome(e, false, NONE, Optional.of(u.explanation()))
                                : number(
                                        e,
                                        c.get().points().toBigDecimal(),
                                        c.get().explanation().orElse(u.explanation()));
                    });
                case SUBTOTAL -> unit(e, u -> subtotal(e, u));
                case DECIDED_BY ->
                    unit(
                            e,
                            u -> text(
                                    e,
                                    u.rank()
                                            .map(r -> r.decidedBy().orElse(r.unresolved() ? UNRESOLVED : NOT_LEVEL))
                                            .orElse(NONE),
                                    rankStep(u)));
                case TIED_WITH ->
                    unit(
                            e,
                            u -> text(
                                    e,
                                    u.rank()
                                            .map(r -> r.tiedWith().stream()
                                                    .map(Id::value)
                                                    .collect(Collectors.joining(", ")))
                                            .orElse(NONE),
                                    rankStep(u)));
                case AWARD_STATUS, AWARD_REASON -> unit(e, u -> award(e, u));
                case PROGRESS -> progress(e);
                case PHASE_RANK, PHASE_SCORE -> phase(e);
                case ELECTED, DECIDED -> vote(e);
                case DOCUMENT -> document(e);
                case ROLE -> role(e);
                case AWARDED -> awarded(e);
                case RECORD_CASH -> recordCash(e);
                case REFUSED -> refused(e);
            };
        }

        private Outcome subtotal(Expectation e, UnitResult u) {
            String group = e.qualifier().orElseThrow();
            Points subtotal = u.subtotals().get(group);
            if (subtotal == null) {
                return outcome(
                        e,
                        false,
                        NONE + " (no group " + group + "; the table's groups: "
                                + u.subtotals().keySet() + ")",
                        Optional.empty());
            }
            Explanation why = find(
                            u.explanation(),
                            x -> x.key().equals("group")
                                    && group.equals(x.inputs().get("group")))
                    .orElse(u.explanation());
            return number(e, subtotal.toBigDecimal(), why);
        }

        // The rank's own step of a unit's explanation: the position, the total and each tie-breaker tried.
        private static Explanation rankStep(UnitResult u) {
            return find(u.explanation(), x -> x.key().startsWith("ranking.position"))
                    .orElse(u.explanation());
        }

        private Outcome award(Expectation e, UnitResult u) {
            Optional<AwardDecision> decision = evaluation.orElseThrow().awards().stream()
                    .filter(d -> d.unit().equals(u.unit()))
                    .findFirst();
            if (decision.isEmpty()) {
                return outcome(e, false, NONE + " (the policy has no award ladder)", Optional.empty());
            }
            Explanation why;
            String status;
            if (e.qualifier().isEmpty()) {
                why = decision.get().explanation();
                status = ScenarioReader.statusCode(decision.get().status());
            } else {
                String award = e.qualifier().get();
                List<AwardStep> steps =
                        policy.flatMap(Policy::awards).map(AwardLadder::steps).orElse(List.of());
                // The decision's explanation has one child per step the unit reached, in the
                // ladder's order: a unit stops at the step that proposes it or holds it at the line.
                List<Explanation> reached = decision.get().explanation().children();
                int at = -1;
                boolean given = false;
                for (int i = 0; i < steps.size(); i++) {
                    if (steps.get(i).award().id().value().equals(award)) {
                        given = true;
                        if (i < reached.size()) {
                            at = i;
                        }
                    }
                }
                if (!given) {
                    return outcome(
                            e,
                            false,
                            NONE + " (no step of the award ladder gives " + award + "; the steps give "
                                    + steps.stream()
                                            .map(st -> st.award().id().value())
                                            .toList()
                                    + ")",
                            Optional.empty());
                }
                if (at < 0) {
                    return outcome(
                            e,
                            false,
                            NONE + " (no step giving " + award + " was reached: "
                                    + decision.get().explanation().text().en() + ")",
                            Optional.of(decision.get().explanation()));
                }
                why = reached.get(at);
                status = stepStatus(why.key());
            }
            if (e.property() == Expectation.Property.AWARD_STATUS) {
                return text(e, status, why);
            }
            String fragment = e.expected();
            boolean found = why.render(Locale.ENGLISH).contains(fragment)
                    || why.render(Text.VIETNAMESE).contains(fragment);
            return new Outcome(e, found, why.text().en(), Optional.of(why));
        }

        // The status one step of the ladder gave a unit, read from the step's explanation key.
        private static String stepStatus(String key) {
            AwardStatus status;
            if (key.startsWith("award.step.proposed")) {
                status = AwardStatus.PROPOSED;
            } else if (key.startsWith("award.step.cut-by-quota")) {
                status = AwardStatus.CUT_BY_QUOTA;
            } else if (key.startsWith("award.step.undecided")) {
                status = AwardStatus.UNDECIDED_AT_QUOTA_LINE;
            } else if (key.startsWith("award.step.ineligible") || key.startsWith("award.step.recipient-kind")) {
                status = AwardStatus.INELIGIBLE;
            } else if (key.startsWith("award.step.not-selected")) {
                status = AwardStatus.NOT_QUALIFIED;
            } else {
                return NONE + " (unknown step " + key + ")";
            }
            return ScenarioReader.statusCode(status);
        }

        private Outcome recordCash(Expectation e) {
            if (awards.isEmpty()) {
                return outcome(e, false, NONE + " (the scenario has no awards document)", Optional.empty());
            }
            String[] q = e.qualifier().orElseThrow().split(" ");
            String award = q[0];
            List<AwardRecord> records = awards.get().stream()
                    .filter(r -> r.recipient().value().equals(e.subject()))
                    .filter(r -> r.awardKind().value().equals(award))
                    .filter(r -> q.length < 2 || r.year().getValue() == Integer.parseInt(q[1]))
                    .toList();
            if (records.size() != 1) {
                return outcome(
                        e,
                        false,
                        NONE + " (" + records.size() + " records of " + award + " for " + e.subject() + ")",
                        Optional.empty());
            }
            AwardRecord record = records.get(0);
            Optional<CashRewardTable> cash = policy.flatMap(Policy::cash);
            if (cash.isEmpty()) {
                return outcome(e, false, NONE + " (the policy has no cash table)", Optional.empty());
            }
            Optional<AwardKind> kind = policy.flatMap(Policy::awards).stream()
                    .flatMap(l -> l.steps().stream())
                    .map(AwardStep::award)
                    .filter(k -> k.id().equals(record.awardKind()))
                    .findFirst()
                    .or(() -> AwardKinds.byId(record.awardKind()));
            if (kind.isEmpty()) {
                return outcome(
                        e,
                        false,
                        NONE + " (award kind " + award + " is neither in the policy's ladder nor a built-in kind)",
                        Optional.empty());
            }
            Optional<LocalDate> date =
                    record.decidedOn().or(() -> scenario.inputs().decisionDate());
            if (date.isEmpty()) {
                return outcome(
                        e,
                        false,
                        NONE + " (no decision date: the record has no decidedOn and the scenario no decisionDate)",
                        Optional.empty());
            }
            try {
                CashReward reward = cash.get().cashFor(kind.get(), record.recipientKind(), date.get());
                return text(e, String.valueOf(reward.amount().amount()), reward.explanation());
            } catch (ThiDuaException x) {
                return outcome(e, false, NONE + " (" + x.getMessage(Locale.ENGLISH) + ")", Optional.empty());
            }
        }

        private Outcome refused(Expectation e) {
            if (refusal == null) {
                return outcome(e, false, NONE + " (the engine accepted the inputs)", Optional.empty());
            }
            String en = refusal.getMessage(Locale.ENGLISH);
            boolean found = en.contains(e.expected())
                    || refusal.getMessage(Text.VIETNAMESE).contains(e.expected());
            // The message's advice line, if any, joins its first line: a report shows one line.
            return outcome(e, found, String.join(" ", en.lines().toList()), Optional.empty());
        }

        private Optional<Explanation> decision(Id unit) {
            return evaluation.flatMap(ev -> ev.awards().stream()
                    .filter(d -> d.unit().equals(unit))
                    .map(AwardDecision::explanation)
                    .findFirst());
        }

        private Outcome unit(Expectation e, Function<UnitResult, Outcome> check) {
            if (evaluation.isEmpty()) {
                return outcome(
                        e,
                        false,
                        refusal != null
                                ? NONE + " (no evaluation: the engine refused the inputs: "
                                        + refusal.getMessage(Locale.ENGLISH) + ")"
                                : NONE + " (no evaluation: the scenario has no policy and assessments)",
                        Optional.empty());
            }
            return evaluation
                    .get()
                    .result()
                    .unit(Id.of(e.subject()))
                    .map(check)
                    .orElseGet(() -> outcome(e, false, NONE, Optional.empty()));
        }

        private Outcome progress(Expectation e) {
            Optional<UnitProgress> unit = progress.flatMap(list -> list.stream()
                    .filter(p -> p.unit().value().equals(e.subject()))
                    .findFirst());
            if (unit.isEmpty()) {
                return outcome(e, false, NONE, Optional.empty());
            }
            if (e.qualifier().isEmpty()) {
                return number(e, unit.get().overall(), unit.get().explanation());
            }
            return unit.get().indicators().stream()
                    .filter(i -> i.indicator().value().equals(e.qualifier().get()))
                    .findFirst()
                    .map(i -> number(e, i.share(), i.explanation()))
                    .orElseGet(
                            () -> outcome(e, false, NONE, Optional.of(unit.get().explanation())));
        }

        private Outcome phase(Expectation e) {
            Optional<PhaseUnit> unit = phase.flatMap(r -> r.units().stream()
                    .filter(u -> u.unit().value().equals(e.subject()))
                    .findFirst());
            if (unit.isEmpty()) {
                return outcome(e, false, NONE, Optional.empty());
            }
            return e.property() == Expectation.Property.PHASE_RANK
                    ? text(
                            e,
                            String.valueOf(unit.get().rank().position()),
                            unit.get().explanation())
                    : number(e, unit.get().score().toBigDecimal(), unit.get().explanation());
        }

        private Outcome vote(Expectation e) {
            Optional<VoteOutcome> vote = evaluation.map(ev -> ev.votes().get(Id.of(e.subject())));
            if (vote.isEmpty()) {
                return outcome(e, false, NONE, Optional.empty());
            }
            String actual = e.property() == Expectation.Property.ELECTED
                    ? vote.get().elected().stream().map(Id::value).collect(Collectors.joining(", "))
                    : String.valueOf(vote.get().decided());
            return text(e, actual, vote.get().explanation());
        }

        private Outcome document(Expectation e) {
            Path base = scenario.file().getParent() == null
                    ? Path.of("")
                    : scenario.file().getParent();
            Path file = base.resolve(e.subject());
            String kind = e.expected();
            try {
                if (kind.equals(AWARDS_KIND)) {
                    readAwards(file);
                } else {
                    Optional<DocumentKind> known = DocumentKind.byName(kind);
                    if (known.isEmpty()) {
                        return outcome(e, false, "unknown document kind '" + kind + "'", Optional.empty());
                    }
                    ScenarioReader.documents(file).read(known.get(), file);
                }
                return outcome(e, true, kind, Optional.empty());
            } catch (DocumentException x) {
                return outcome(e, false, ScenarioFileException.of(file, x).getMessage(), Optional.empty());
            }
        }

        private Outcome role(Expectation e) {
            int year = Integer.parseInt(e.qualifier().orElseThrow());
            List<RoleAssignment> held = covenant.cluster().roles().stream()
                    .filter(r -> r.year().getValue() == year)
                    .filter(r -> r.role().name().equalsIgnoreCase(e.subject()))
                    .toList();
            String actual = held.isEmpty()
                    ? NONE
                    : held.stream().map(r -> r.holder().value()).collect(Collectors.joining(", "));
            Explanation why = Explanation.of(
                    "scenario.role",
                    Text.of(
                            "Cụm " + covenant.cluster().name() + " ghi: "
                                    + held.stream()
                                            .map(r -> r.holder().value() + " (" + r.method() + ")")
                                            .collect(Collectors.joining(", ")),
                            "Cluster " + covenant.cluster().name() + " records: "
                                    + held.stream()
                                            .map(r -> r.holder().value() + " (" + r.method() + ")")
                                            .collect(Collectors.joining(", "))));
            return text(e, actual, why);
        }

        private Outcome awarded(Expectation e) {
            if (awards.isEmpty()) {
                return outcome(e, false, NONE + " (the scenario has no awards document)", Optional.empty());
            }
            List<AwardRecord> records = awards.get().stream()
                    .filter(r -> r.recipient().value().equals(e.subject()))
                    .filter(r -> e.qualifier().isEmpty()
                            || r.year().getValue()
                                    == Integer.parseInt(e.qualifier().get()))
                    .toList();
            boolean found = records.stream().anyMatch(r -> r.awardKind().value().equals(e.expected()));
            String actual = records.isEmpty()
                    ? NONE
                    : records.stream().map(r -> r.awardKind().value()).collect(Collectors.joining(", "));
            return outcome(e, found, found ? e.expected() : actual, Optional.empty());
        }

        // The first node of an explanation tree, depth first, that matches.
        private static Optional<Explanation> find(Explanation root, Predicate<Explanation> match) {
            if (match.test(root)) {
                return Optional.of(root);
            }
            for (Explanation child : root.children()) {
                Optional<Explanation> found = find(child, match);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private static Outcome number(Expectation e, BigDecimal actual, Explanation why) {
            boolean passed = new BigDecimal(e.expected()).compareTo(actual) == 0;
            return outcome(e, passed, actual.toPlainString(), Optional.of(why));
        }

        private static Outcome text(Expectation e, String actual, Explanation why) {
            return outcome(e, e.expected().equals(actual), actual, Optional.of(why));
        }

        private static Outcome outcome(Expectation e, boolean passed, String actual, Optional<Explanation> why) {
            return new Outcome(e, passed, actual.isEmpty() ? "[]" : actual, why);
        }
    }

    // The covenant for one year of a phase: same cluster, members, targets and table, its
    // period that year and its signing date moved into that year.
    static Covenant redate(Covenant covenant, int year) {
        Period period = Period.year(year);
        Covenant.Builder b = Covenant.builder()
                .id(covenant.id())
                .cluster(covenant.cluster())
                .period(period)
                .signedOn(covenant.signedOn().withYear(year))
                .addAllSignatories(covenant.signatories())
                .addAllContents(covenant.contents())
                .addAllIndicators(covenant.indicators())
                .addAllTargets(covenant.targets())
                .scoringTable(covenant.scoringTable());
        covenant.term().filter(t -> t.contains(period)).ifPresent(b::term);
        return b.build();
    }
}
