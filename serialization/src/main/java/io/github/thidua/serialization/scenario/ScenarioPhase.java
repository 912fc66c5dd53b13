package io.github.thidua.serialization.scenario;

import static java.util.Objects.requireNonNull;

import io.github.thidua.scoring.PhaseMethod;
import java.nio.file.Path;
import java.time.Year;
import java.util.Map;
import java.util.TreeMap;

/**
 * A phase review in a scenario: the phase's years, how annual results combine, and one
 * assessments document per year evaluated so far. Each year is evaluated with the scenario's
 * policy and its covenant re-dated to that year (same members, targets and table). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * phase: {from: 2019, to: 2024, method: AVERAGE, years: {2019: phase/assessments-2019.yaml}}
 * }</pre>
 *
 * @param from the phase's first year
 * @param to the phase's last year, not before {@code from}
 * @param method how annual totals combine
 * @param bands the band codes that count, for {@link PhaseMethod#YEARS_IN_BANDS} only
 * @param years year → assessments document, resolved against the scenario file; in year order
 */
public record ScenarioPhase(int from, int to, PhaseMethod method, java.util.List<String> bands, Map<Year, Path> years) {

    /** Checks and copies the parts. */
    public ScenarioPhase {
        requireNonNull(method, "method");
        bands = java.util.List.copyOf(bands);
        years = java.util.Collections.unmodifiableMap(new TreeMap<>(years));
        if (to < from) {
            throw new IllegalArgumentException("the phase ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
