package io.github.thidua.scoring;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Parameters;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How a vote is counted: the name of a vote method and its parameters.
 *
 * <p>Only the shape of the name is checked here; {@link Votes#count} checks that the method
 * exists and that it accepts the parameters. Immutable and thread-safe.
 *
 * <pre>{@code
 * VoteRules flag = VoteRules.of("approval", Parameters.of(Map.of("threshold", "0.8")));
 * }</pre>
 */
@Value.Immutable
public abstract class VoteRules {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    VoteRules() {}

    /**
     * Returns the rules for a method with parameters.
     *
     * @param method the method's stable name, such as {@code approval}; not null
     * @param parameters the method's parameters, not null
     * @return the rules
     * @throws ValidationException if an argument is null or the name is malformed
     */
    public static VoteRules of(String method, Parameters parameters) {
        return ImmutableVoteRules.of(method, parameters);
    }

    /**
     * Returns the rules for a method without parameters.
     *
     * @param method the method's stable name, such as {@code plurality}; not null
     * @return the rules
     * @throws ValidationException if the name is null or malformed
     */
    public static VoteRules of(String method) {
        return of(method, Parameters.none());
    }

    /**
     * Returns the name of the vote method.
     *
     * @return 2 to 64 characters: {@code [a-z][a-z0-9-]*}
     */
    @Value.Parameter
    public abstract String method();

    /**
     * Returns the parameters given to the method.
     *
     * @return the parameters, possibly none
     */
    @Value.Parameter
    public abstract Parameters parameters();

    @Value.Check
    final void check() {
        if (!NAME.matcher(method()).matches()) {
            throw ValidationException.invalid(
                    "VoteRules",
                    "method",
                    method(),
                    Text.of("tên phương pháp bỏ phiếu không đúng dạng", "invalid vote method name"),
                    Text.of(
                            "2–64 ký tự: chữ thường ASCII, số, dấu gạch ngang, bắt đầu bằng chữ",
                            "2–64 lower-case ASCII letters, digits and hyphens, starting with a letter"));
        }
    }
}
