package io.github.thidua.scoring.spi;

/**
 * Separates units whose totals are equal, as one link of a policy's tie-break chain: a named
 * group's subtotal, fewer deductions, more criteria at full marks, the statutory preference for a
 * collective with at least 70 % women, a vote result, a lot drawn with a published seed.
 *
 * <p>Implementations compare two candidates and say which goes first; the engine applies the
 * chain's links in order and records which link separated whom. A tie-breaker never looks at
 * input order. Stateless and thread-safe.
 *
 * <pre>{@code
 * int order = tieBreaker.compare(a, b, Parameters.of(Map.of("group", "I")));
 * }</pre>
 */
public interface TieBreaker extends Plugin {

    /**
     * Compares two candidates tied so far.
     *
     * @param a a candidate, not null
     * @param b another candidate, not null
     * @param parameters this link's parameters, not null
     * @return negative when {@code a} ranks ahead, positive when {@code b} does, 0 when this
     *     link cannot separate them; consistent with a total preorder
     */
    int compare(Candidate a, Candidate b, Parameters parameters);

    /**
     * Describes the value this link looks at for a candidate, for explanations ("subtotal I =
     * 38.5", "72 % women").
     *
     * @param candidate the candidate, not null
     * @param parameters this link's parameters, not null
     * @return a short description in Vietnamese and English
     */
    io.github.thidua.core.Text describe(Candidate candidate, Parameters parameters);
}
