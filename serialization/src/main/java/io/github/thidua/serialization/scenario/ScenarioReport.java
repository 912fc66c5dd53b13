package io.github.thidua.serialization.scenario;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Text;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What verifying a scenario found: one outcome per expectation, passed or failed with the actual
 * value and the engine's explanation. Immutable and thread-safe.
 *
 * <pre>{@code
 * ScenarioReport report = ScenarioVerifier.verify(Path.of("data/1-cum-2-2023/scenario.yaml"));
 * if (!report.passed()) log.warn(report.render(Locale.ENGLISH));
 * }</pre>
 *
 * @param scenario the scenario verified
 * @param outcomes one outcome per expectation, in the scenario's order
 */
public record ScenarioReport(Scenario scenario, List<Outcome> outcomes) {

    /** Checks and copies the parts. */
    public ScenarioReport {
        requireNonNull(scenario, "scenario");
        outcomes = List.copyOf(outcomes);
    }

    /**
     * Returns whether every expectation held.
     *
     * @return true when nothing failed
     */
    public boolean passed() {
        return outcomes.stream().allMatch(Outcome::passed);
    }

    /**
     * Throws when an expectation did not hold, so that any test framework reports the scenario:
     * the error's message is the {@linkplain #render(Locale) report} in English.
     *
     * @throws AssertionError if an expectation failed
     */
    public void assertPassed() {
        if (!passed()) {
            throw new AssertionError(render(Locale.ENGLISH));
        }
    }

    /**
     * Returns the failed outcomes.
     *
     * @return the failures, possibly empty
     */
    public List<Outcome> failures() {
        return outcomes.stream().filter(o -> !o.passed()).toList();
    }

    /**
     * Renders the report: a heading, one line per expectation, and under each failure the
     * expected and actual values and the engine's explanation.
     *
     * @param locale Vietnamese for {@code vi}, otherwise English; not null
     * @return the text, lines separated by {@code \n}, ending with a line break
     */
    public String render(Locale locale) {
        boolean vi = Text.isVietnamese(requireNonNull(locale, "locale"));
        StringBuilder out = new StringBuilder();
        out.append(vi ? "Kịch bản: " : "Scenario: ")
                .append(scenario.name())
                .append(" (")
                .append(scenario.file())
                .append(")\n");
        if (!scenario.source().isBlank()) {
            out.append("  ")
                    .append(vi ? "Nguồn: " : "Source: ")
                    .append(scenario.source().strip())
                    .append('\n');
        }
        for (Outcome o : outcomes) {
            out.append(o.passed() ? (vi ? "  đạt  " : "  ok   ") : (vi ? "  SAI  " : "  FAIL "));
            out.append(o.expectation().describe().in(locale)).append(": ");
            if (o.passed()) {
                out.append(o.actual()).append('\n');
            } else if (isFragment(o.expectation())) {
                out.append(vi ? "cần có đoạn “" : "expected to contain “")
                        .append(o.expectation().expected())
                        .append(vi ? "” nhưng là: " : "” but was: ")
                        .append(o.actual())
                        .append('\n');
            } else {
                out.append(vi ? "cần " : "expected ")
                        .append(
                                o.expectation().expected().isEmpty()
                                        ? "[]"
                                        : o.expectation().expected())
                        .append(vi ? " nhưng là " : " but was ")
                        .append(o.actual())
                        .append('\n');
                o.explanation()
                        .ifPresent(e -> e.render(locale)
                                .lines()
                                .forEach(line ->
                                        out.append("         ").append(line).append('\n')));
            }
        }
        long held = outcomes.size() - failures().size();
        out.append(
                vi
                        ? "  " + held + "/" + outcomes.size() + " kỳ vọng đạt.\n"
                        : "  " + held + " of " + outcomes.size() + " expectations held.\n");
        return out.toString();
    }

    // A reason or a refusal is expected as a fragment of a longer text.
    private static boolean isFragment(Expectation e) {
        return e.property() == Expectation.Property.AWARD_REASON || e.property() == Expectation.Property.REFUSED;
    }

    /**
     * One expectation's outcome.
     *
     * @param expectation the expectation
     * @param passed whether it held
     * @param actual the value found, as text ({@code —} when there is none)
     * @param explanation the engine's explanation of the value, if any
     */
    public record Outcome(Expectation expectation, boolean passed, String actual, Optional<Explanation> explanation) {

        /** Checks the parts. */
        public Outcome {
            requireNonNull(expectation, "expectation");
            requireNonNull(actual, "actual");
            requireNonNull(explanation, "explanation");
        }
    }
}
