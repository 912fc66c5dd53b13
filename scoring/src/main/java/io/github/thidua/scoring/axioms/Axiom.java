package io.github.thidua.scoring.axioms;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A law that a policy and the engine evaluating it must keep on every valid input, such as "the
 * order of the sheets changes nothing" or "no criterion scores above its maximum".
 *
 * <p>An axiom has a stable {@link #name()} (reports and replays refer to it) and checks one
 * {@link Trial} at a time, returning the violation it found or nothing. It must be deterministic:
 * the same trial gives the same answer (random choices come from {@link Trial#random()}), so that
 * a failure replays and shrinks. {@link Axioms} holds the ready-made ones; a rule author may add
 * their own, which {@link AxiomCheck} shrinks and reports alike. Implementations are stateless and
 * thread-safe.
 *
 * <pre>{@code
 * Axiom nobodyAboveNinety = Axiom.of(
 *         "nobody-above-ninety",
 *         Text.of("không đơn vị nào quá 90 điểm", "no unit scores above 90"),
 *         trial -> trial.evaluation().result().units().stream()
 *                 .filter(u -> u.total().isGreaterThan(Points.of(90)))
 *                 .findFirst()
 *                 .map(u -> Violation.of("above-ninety", Text.of(u.unit() + " > 90", u.unit() + " > 90"))));
 * }</pre>
 */
public interface Axiom {

    /**
     * Returns the stable name, such as {@code order-independence}.
     *
     * @return the name
     */
    String name();

    /**
     * Returns what the axiom says, for reports.
     *
     * @return the law, in Vietnamese and English
     */
    Text description();

    /**
     * Checks the axiom on one trial.
     *
     * @param trial the policy, input, scorer and seed; not null
     * @return the violation found, or empty when the axiom holds on this trial
     * @throws RuntimeException if the evaluation fails; the runner reports that as a violation
     */
    Optional<Violation> check(Trial trial);

    /**
     * Returns an axiom made of a name, a description and a check.
     *
     * @param name the stable name, not blank
     * @param description the law, not null
     * @param check the check, not null; deterministic for a given trial
     * @return the axiom
     * @throws ValidationException if the name is blank
     */
    static Axiom of(String name, Text description, Function<Trial, Optional<Violation>> check) {
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(check, "check");
        if (name.isBlank()) {
            throw ValidationException.invalid(
                    "Axiom",
                    "name",
                    name,
                    Text.of("tên trống", "a blank name"),
                    Text.of("một tên ổn định, như nobody-above-ninety", "a stable name, such as nobody-above-ninety"));
        }
        return new Axiom() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Text description() {
                return description;
            }

            @Override
            public Optional<Violation> check(Trial trial) {
                return check.apply(requireNonNull(trial, "trial"));
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
