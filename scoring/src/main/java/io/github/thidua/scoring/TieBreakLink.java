package io.github.thidua.scoring;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Parameters;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One link of a tie-break chain: the name of a {@link io.github.thidua.scoring.spi.TieBreaker}
 * and the parameters it is given.
 *
 * <p>Immutable and thread-safe. The name has the shape of a plug-in name ({@code [a-z][a-z0-9-]*},
 * 2 to 64 characters); whether a tie-breaker of that name exists is checked when ranking.
 *
 * <pre>{@code
 * TieBreakLink link = TieBreakLink.of("group-subtotal", Parameters.of(Map.of("group", "I")));
 * }</pre>
 */
@Value.Immutable
public abstract class TieBreakLink {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    TieBreakLink() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a link with parameters.
     *
     * @param name the tie-breaker's name, not null
     * @param parameters its parameters, not null
     * @return the link
     * @throws ValidationException if an argument is null or the name is malformed
     */
    public static TieBreakLink of(String name, Parameters parameters) {
        return builder().name(name).parameters(parameters).build();
    }

    /**
     * Returns a link without parameters.
     *
     * @param name the tie-breaker's name, not null
     * @return the link
     * @throws ValidationException if the name is null or malformed
     */
    public static TieBreakLink of(String name) {
        return builder().name(name).build();
    }

    /**
     * Returns the tie-breaker's name, such as {@code group-subtotal}.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Returns the parameters given to the tie-breaker.
     *
     * @return the parameters; none unless given
     */
    @Value.Default
    public Parameters parameters() {
        return Parameters.none();
    }

    @Value.Check
    final void check() {
        if (!NAME.matcher(name()).matches()) {
            throw ValidationException.invalid(
                    "TieBreakLink",
                    "name",
                    name(),
                    Text.of("tên tiêu chí phụ không đúng dạng", "invalid tie-breaker name"),
                    Text.of(
                            "2–64 ký tự: chữ thường ASCII, số, dấu gạch ngang, bắt đầu bằng chữ",
                            "2–64 lower-case ASCII letters, digits and hyphens, starting with a letter"));
        }
    }

    /** Builds a {@link TieBreakLink}; the name is required. */
    public static final class Builder extends ImmutableTieBreakLink.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
