package io.github.thidua.scoring.verify;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Rank;
import io.github.thidua.core.Text;
import io.github.thidua.core.UnitResult;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The result of evaluating one cluster with a policy, and the checks on it: start with {@link
 * #unit(String)} or {@link #vote(String)}. Each check returns an object to chain the next one on;
 * a check that does not hold throws a {@link VerificationFailure}, or, inside {@link
 * #softly(Consumer)}, is collected with the others.
 *
 * <pre>{@code
 * verifier.given(cluster)
 *         .unit("son-la").criterion("I.1").hasPoints("35").hasTotal("95").hasBand("excellent")
 *         .unit("hoa-binh").hasRank(3).isIneligibleFor("ministry-province-merit", "no-pending-matters")
 *         .vote("cum-truong-2025").elected("son-la");
 * }</pre>
 *
 * <p>Made by {@link PolicyVerifier#given(SmallCluster)}; the cluster is evaluated once, when it is
 * made. Immutable; a soft block's collected failures belong to that block alone.
 */
public final class Verification {

    private final Policy policy;
    private final EvaluationInput input;
    private final Evaluation evaluation;
    private final Locale language;
    private final List<VerificationFailure> collected;

    Verification(
            Policy policy,
            EvaluationInput input,
            Evaluation evaluation,
            Locale language,
            List<VerificationFailure> collected) {
        this.policy = policy;
        this.input = input;
        this.evaluation = evaluation;
        this.language = language;
        this.collected = collected;
    }

    /**
     * Returns the evaluation checked, for checks of your own.
     *
     * @return the evaluation
     */
    public Evaluation evaluation() {
        return evaluation;
    }

    /**
     * Returns the input evaluated.
     *
     * @return the input
     */
    public EvaluationInput input() {
        return input;
    }

    /**
     * Returns the policy the input was evaluated with.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Starts the checks on one unit's result.
     *
     * @param unit a unit id of the result, not null
     * @return the checks on that unit
     * @throws VerificationFailure if the result has no such unit; the message lists the units
     */
    public UnitAssertions unit(String unit) {
        requireNonNull(unit, "unit");
        for (UnitResult r : evaluation.result().units()) {
            if (r.unit().value().equals(unit)) {
                return new UnitAssertions(this, r);
            }
        }
        List<Id> units =
                evaluation.result().units().stream().map(UnitResult::unit).toList();
        fail(Wording.failure(
                language,
                Text.of("Đơn vị " + unit, "Unit " + unit),
                Text.of("trong kết quả", "in the result"),
                Text.of("có", "present").in(language),
                Text.of("không có", "absent").in(language),
                Text.of(
                        "Các đơn vị trong kết quả: " + Wording.ids(units),
                        "The units in the result: " + Wording.ids(units)),
                null));
        return new UnitAssertions(this, null);
    }

    /**
     * Starts the checks on the outcome of a vote of the input.
     *
     * @param vote a vote id of the input, not null
     * @return the checks on that vote
     * @throws VerificationFailure if no vote has that id; the message lists the votes
     */
    public VoteAssertions vote(String vote) {
        requireNonNull(vote, "vote");
        for (var entry : evaluation.votes().entrySet()) {
            if (entry.getKey().value().equals(vote)) {
                return new VoteAssertions(this, entry.getKey(), entry.getValue());
            }
        }
        fail(Wording.failure(
                language,
                Text.of("Cuộc bỏ phiếu " + vote, "Vote " + vote),
                Text.of("trong kết quả", "in the result"),
                Text.of("có", "present").in(language),
                Text.of("không có", "absent").in(language),
                Text.of(
                        "Các cuộc bỏ phiếu: " + Wording.ids(evaluation.votes().keySet()),
                        "The votes: " + Wording.ids(evaluation.votes().keySet())),
                null));
        return new VoteAssertions(this, Id.of(vote), (VoteOutcome) null);
    }

    /**
     * Checks the order of the ranking: these units, by rank position (units sharing a position by
     * id), and no others.
     *
     * @param units every unit of the result, best first
     * @return this verification, for more checks
     * @throws VerificationFailure if the ranking differs
     */
    public Verification ranksInOrder(String... units) {
        requireNonNull(units, "units");
        List<String> expected = Arrays.asList(units);
        List<UnitResult> ranked = new ArrayList<>(evaluation.result().units());
        ranked.sort(Comparator.comparingInt(
                        (UnitResult r) -> r.rank().map(Rank::position).orElse(Integer.MAX_VALUE))
                .thenComparing(UnitResult::unit));
        List<String> actual = ranked.stream().map(r -> r.unit().value()).toList();
        if (!actual.equals(expected)) {
            String table = ranked.stream()
                    .map(r -> r.rank().map(Rank::position).map(String::valueOf).orElse("–") + ". "
                            + r.unit().value() + " " + Wording.show(r.total(), language))
                    .collect(Collectors.joining("\n"));
            fail(Wording.failure(
                    language,
                    Text.of("Xếp hạng", "Ranking"),
                    Text.of("thứ tự", "order"),
                    Wording.list(expected),
                    Wording.list(actual),
                    Text.of(
                            "Hạng, đơn vị, tổng điểm:\n" + Wording.indent(table),
                            "Position, unit, total:\n" + Wording.indent(table)),
                    null));
        }
        return this;
    }

    /**
     * Runs checks that report every failure at once instead of stopping at the first: each check
     * inside the block that does not hold is collected, and when the block ends one {@link
     * VerificationFailure} lists them all.
     *
     * <pre>{@code
     * verifier.given(cluster).softly(v -> {
     *     v.unit("dien-bien").hasTotal("101").hasRank(1);
     *     v.unit("son-la").hasTotal("95").hasRank(2);
     * });
     * }</pre>
     *
     * @param checks the checks, run on a verification that collects failures; not null
     * @return this verification, for more checks
     * @throws VerificationFailure if any check in the block failed; its {@link
     *     VerificationFailure#failures()} are the failed checks, in order
     */
    public Verification softly(Consumer<Verification> checks) {
        requireNonNull(checks, "checks");
        List<VerificationFailure> failures = new ArrayList<>();
        checks.accept(new Verification(policy, input, evaluation, language, failures));
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        if (!failures.isEmpty()) {
            throw Wording.all(language, failures);
        }
        return this;
    }

    Locale language() {
        return language;
    }

    /** Throws the failure, or collects it inside a soft block. */
    void fail(VerificationFailure failure) {
        if (collected == null) {
            throw failure;
        }
        collected.add(failure);
    }

    /** The unit's explanation step with a key starting with the prefix, if any. */
    static Explanation step(UnitResult unit, String prefix) {
        for (Explanation child : unit.explanation().children()) {
            if (child.key().startsWith(prefix)) {
                return child;
            }
        }
        return null;
    }
}
