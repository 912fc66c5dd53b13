package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Thrown by {@link AxiomReport#assertHolds()} when an axiom failed: a JDK {@link AssertionError},
 * so JUnit, TestNG, QuickTheories or any other framework reports it as a test failure. Its message
 * is the report in English, with each shrunk counterexample and the seed that replays it; {@link
 * #report()} gives the structured report.
 */
public final class AxiomViolationError extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** The report; not serialised, since the library's values are not {@link java.io.Serializable}. */
    private final transient AxiomReport report;

    /**
     * Creates the error for a report with failures.
     *
     * @param report the report, not null
     */
    public AxiomViolationError(AxiomReport report) {
        super(requireNonNull(report, "report").render(Locale.ENGLISH));
        this.report = report;
        report.failures().stream()
                .map(f -> f.violation().cause())
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .ifPresent(this::initCause);
    }

    /**
     * Returns the report.
     *
     * @return the report, or null after deserialisation
     */
    public AxiomReport report() {
        return report;
    }
}
