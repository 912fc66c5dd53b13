package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import java.util.List;
import java.util.Locale;

/**
 * What an {@link AxiomCheck} run found: the axioms checked, how many trials ran, the run's seed,
 * and one {@link AxiomFailure} per axiom that failed (an axiom is no longer checked after its
 * first failure, which is shrunk).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * AxiomReport report = AxiomCheck.of(policy).check(Axioms.all());
 * if (!report.holds()) {
 *     log.warn(report.render(Text.VIETNAMESE)); // the report in Vietnamese
 * }
 * report.assertHolds(); // throws AxiomViolationError, an AssertionError
 * }</pre>
 */
public final class AxiomReport {

    private final List<String> axioms;
    private final int trials;
    private final long seed;
    private final boolean replay;
    private final List<AxiomFailure> failures;

    AxiomReport(List<String> axioms, int trials, long seed, boolean replay, List<AxiomFailure> failures) {
        this.axioms = List.copyOf(axioms);
        this.trials = trials;
        this.seed = seed;
        this.replay = replay;
        this.failures = List.copyOf(failures);
    }

    /**
     * Returns the names of the axioms checked.
     *
     * @return the names, in the order given
     */
    public List<String> axioms() {
        return axioms;
    }

    /**
     * Returns how many trials ran; fewer than asked when every axiom failed early.
     *
     * @return 0 or more
     */
    public int trials() {
        return trials;
    }

    /**
     * Returns the seed of the run, or of the one trial replayed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Tells whether this report is of a single replayed trial or input rather than a run.
     *
     * @return true for a replay
     */
    public boolean isReplay() {
        return replay;
    }

    /**
     * Returns the failures, one per failed axiom.
     *
     * @return the failures, in the order the axioms were given
     */
    public List<AxiomFailure> failures() {
        return failures;
    }

    /**
     * Tells whether every axiom held on every trial.
     *
     * @return true when there is no failure
     */
    public boolean holds() {
        return failures.isEmpty();
    }

    /**
     * Returns this report if every axiom held, or throws.
     *
     * @return this report
     * @throws AxiomViolationError if an axiom failed; its message is {@link #render(Locale)} in
     *     English
     */
    public AxiomReport assertHolds() {
        if (!holds()) {
            throw new AxiomViolationError(this);
        }
        return this;
    }

    /**
     * Renders the report: a summary line, then each failure with its shrunk counterexample.
     *
     * @param locale the reader's locale, not null
     * @return the lines, without a trailing line break
     */
    public String render(Locale locale) {
        boolean vi = Text.isVietnamese(requireNonNull(locale, "locale"));
        StringBuilder out = new StringBuilder();
        if (vi) {
            out.append(
                            holds()
                                    ? "Mọi tiên đề đều đúng"
                                    : failures.size() + " trong " + axioms.size() + " tiên đề không đúng")
                    .append(
                            replay
                                    ? " khi chạy lại hạt giống " + seed
                                    : " sau " + trials + " lần thử, hạt giống " + seed)
                    .append(" (")
                    .append(String.join(", ", axioms))
                    .append(')');
        } else {
            out.append(holds() ? "Every axiom held" : failures.size() + " of " + axioms.size() + " axioms failed")
                    .append(replay ? " replaying seed " + seed : " in " + trials + " trials, seed " + seed)
                    .append(" (")
                    .append(String.join(", ", axioms))
                    .append(')');
        }
        for (AxiomFailure f : failures) {
            out.append("\n\n").append(f.render(locale));
        }
        return out.toString();
    }

    /**
     * Returns the English rendering.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
