package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.TieBreaker;
import java.util.Optional;

/**
 * Puts the unit with the higher subtotal of a named criterion group first ({@code
 * group-subtotal}).
 *
 * <p>Parameter {@code group}: the group's code, required. A unit without that subtotal cannot be
 * separated by this link (it compares 0 with everyone), so the engine leaves the whole tie to the
 * next link rather than guess. Stateless and thread-safe.
 *
 * <pre>{@code
 * new GroupSubtotalTieBreaker().compare(a, b, Parameters.of(Map.of("group", "I")));
 * }</pre>
 */
public final class GroupSubtotalTieBreaker implements TieBreaker {

    /** The stable name. */
    public static final String NAME = "group-subtotal";

    /** Creates the tie-breaker. */
    public GroupSubtotalTieBreaker() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return Text.of("điểm nhóm tiêu chí cao hơn", "higher subtotal of a criterion group");
    }

    /**
     * Checks that {@code group} is given and not blank.
     *
     * @param parameters the parameters, not null
     * @throws ValidationException if {@code group} is missing or blank
     */
    @Override
    public void validate(Parameters parameters) {
        group(parameters);
    }

    @Override
    public int compare(Candidate a, Candidate b, Parameters parameters) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        String group = group(parameters);
        Optional<Points> x = Optional.ofNullable(a.subtotals().get(group));
        Optional<Points> y = Optional.ofNullable(b.subtotals().get(group));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        // Higher subtotal first.
        return y.get().compareTo(x.get());
    }

    @Override
    public Text describe(Candidate candidate, Parameters parameters) {
        requireNonNull(candidate, "candidate");
        String group = group(parameters);
        Points subtotal = candidate.subtotals().get(group);
        return subtotal == null
                ? Text.of(group + ": không có điểm", group + ": no subtotal")
                : Text.of(group + ": " + subtotal, group + ": " + subtotal);
    }

    private static String group(Parameters parameters) {
        requireNonNull(parameters, "parameters");
        String group = parameters.find("group").orElseThrow(() -> ValidationException.missing(NAME, "group"));
        if (group.isBlank()) {
            throw ValidationException.invalid(
                    NAME,
                    "group",
                    group,
                    Text.of("mã nhóm tiêu chí trống", "blank group code"),
                    Text.of("mã của một nhóm tiêu chí, như I", "the code of a criterion group, such as I"));
        }
        return group.strip();
    }
}
