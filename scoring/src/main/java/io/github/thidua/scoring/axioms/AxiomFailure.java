package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.Locale;

/**
 * One axiom's failure in a run: which trial failed and its seed (which replays it), the case as
 * generated, the simplest case the shrinker found and the violation on it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * AxiomFailure f = report.failures().get(0);
 * AxiomCheck.of(policy).using(registry).replay(f.trialSeed(), Axioms.monotonicity());
 * }</pre>
 *
 * @param axiom the failed axiom's name, not null
 * @param trial the index of the trial that failed, from 0; 0 for a replay or a single input
 * @param trialSeed the seed that regenerates the trial, for {@link AxiomCheck#replay}
 * @param original the case as generated, not null
 * @param shrunk the simplest failing case found, not null
 * @param violation how the axiom fails on the shrunk case, not null
 * @param shrinkSteps how many simplifications led from the original to the shrunk case, 0 or more
 */
public record AxiomFailure(
        String axiom,
        int trial,
        long trialSeed,
        Counterexample original,
        Counterexample shrunk,
        Violation violation,
        int shrinkSteps) {

    /**
     * Checks the components.
     *
     * @param axiom the axiom's name, not null
     * @param trial the trial's index, 0 or more
     * @param trialSeed the trial's seed
     * @param original the case as generated, not null
     * @param shrunk the shrunk case, not null
     * @param violation the violation, not null
     * @param shrinkSteps the simplifications, 0 or more
     */
    public AxiomFailure {
        requireNonNull(axiom, "axiom");
        requireNonNull(original, "original");
        requireNonNull(shrunk, "shrunk");
        requireNonNull(violation, "violation");
        if (trial < 0 || shrinkSteps < 0) {
            throw ValidationException.invalid(
                    "AxiomFailure",
                    trial < 0 ? "trial" : "shrinkSteps",
                    Math.min(trial, shrinkSteps),
                    Text.of("số âm", "a negative number"),
                    Text.of("từ 0 trở lên", "0 or more"));
        }
    }

    /**
     * Renders the failure: the axiom, the trial and its seed, the violation, the shrunk
     * counterexample.
     *
     * @param locale the reader's locale, not null
     * @return the lines, without a trailing line break
     */
    public String render(Locale locale) {
        boolean vi = Text.isVietnamese(requireNonNull(locale, "locale"));
        StringBuilder out = new StringBuilder();
        out.append(vi ? "Tiên đề \"" : "Axiom \"")
                .append(axiom)
                .append(vi ? "\" không đúng ở lần thử " : "\" failed on trial ")
                .append(trial + 1)
                .append(vi ? " (hạt giống lần thử " : " (trial seed ")
                .append(trialSeed)
                .append(vi ? "; chạy lại: .replay(" : "; replay with .replay(")
                .append(trialSeed)
                .append("L))\n");
        out.append(violation.render(locale)).append('\n');
        out.append(vi ? "Phản ví dụ rút gọn (" : "Shrunk counterexample (")
                .append(shrinkSteps)
                .append(vi ? " bước, từ " : " steps, from ")
                .append(original.units())
                .append(vi ? " đơn vị và " : " units and ")
                .append(original.criteria())
                .append(vi ? " tiêu chí):\n" : original.criteria() == 1 ? " criterion):\n" : " criteria):\n");
        out.append(shrunk.render(locale).indent(2).stripTrailing());
        return out.toString();
    }
}
