package io.github.thidua.examples.scenario;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AwardProposal;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.CriterionResult;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Period;
import io.github.thidua.core.RoleAssignment;
import io.github.thidua.core.Text;
import io.github.thidua.core.ThiDuaException;
import io.github.thidua.core.UnitResult;
import io.github.thidua.core.Vote;
import io.github.thidua.examples.scenario.ScenarioReport.Outcome;
import io.github.thidua.scoring.AwardDecision;
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
import io.github.thidua.serialization.Documents;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
 * <p>Numbers compare by value ({@code 102} equals {@code 102.00}); lists of ids compare in order.
 * Stateless and thread-safe.
 */
public final class ScenarioVerifier {

    /** The kind name of award-record documents, defined by this module. */
    public static final String AWARDS_KIND = "awards";

    private static final String NONE = "—";

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
        return verify(ScenarioReader.read(file));
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
        requireNonNull(scenario, "scenario");
        Run run = new Run(scenario);
        List<Outcome> outcomes = new ArrayList<>();
        for (Expectation e : scenario.expectations()) {
            outcomes.add(run.check(e));
        }
        return new ScenarioReport(scenario, outcomes);
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
            return Documents.forFile(file).read(kind, file);
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

        Run(Scenario scenario) {
            this.scenario = scenario;
            ScenarioInputs in = scenario.inputs();
            this.covenant = read(DocumentKind.COVENANT, in.covenant());
            Optional<Policy> policy = in.policy().map(p -> read(DocumentKind.POLICY, p));
            List<Vote> votes = in.ballots()
                    .<List<Vote>>map(b -> read(DocumentKind.BALLOTS, b))
                    .orElse(List.of());
            this.awards = in.awards().map(ScenarioVerifier::readAwards);
            Evaluator evaluator = Evaluator.of(Registry.builtIns());
            this.evaluation = in.assessments()
                    .map(a -> engine("/body/inputs", () -> {
                        List<AssessmentSheet> sheets = read(DocumentKind.ASSESSMENTS, a);
                        EvaluationInput.Builder input = EvaluationInput.builder()
                                .covenant(covenant)
                                .addAllSheets(sheets)
                                .addAllVotes(votes);
                        in.decisionDate().ifPresent(input::decisionDate);
                        return evaluator.evaluate(policy.orElseThrow(), input.build());
                    }));
            this.progress = in.progress().isEmpty()
                    ? Optional.empty()
                    : Optional.of(engine("/body/inputs/progress", () -> Progress.of(covenant, in.progress())));
            this.phase = in.phase()
                    .map(p -> engine("/body/inputs/phase", () -> {
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
                                Registry.builtIns());
                    }));
        }

        private <T> T engine(String pointer, java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (ScenarioFileException e) {
                throw e;
            } catch (ThiDuaException e) {
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
                case PROGRESS -> progress(e);
                case PHASE_RANK, PHASE_SCORE -> phase(e);
                case ELECTED, DECIDED -> vote(e);
                case DOCUMENT -> document(e);
                case ROLE -> role(e);
                case AWARDED -> awarded(e);
            };
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
                        NONE + " (no evaluation: the scenario has no policy and assessments)",
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
                    Documents.forFile(file).read(known.get(), file);
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
