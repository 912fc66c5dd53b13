package io.github.thidua.scoring;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Parameters;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One eligibility standard an {@link AwardStep} requires: the name of an {@link
 * io.github.thidua.scoring.spi.EligibilityCheck} and the parameters it is given.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EligibilityRule chain = EligibilityRule.of(
 *         "consecutive-years", Parameters.of(Map.of("award", "grassroots-emulation-fighter", "years", "3")));
 * }</pre>
 */
@Value.Immutable
public abstract class EligibilityRule {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    EligibilityRule() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a rule.
     *
     * @param check the check's stable name, such as {@code member-share}; not null
     * @param parameters the check's parameters, not null
     * @return the rule
     * @throws ValidationException if the name is malformed or an argument null
     */
    public static EligibilityRule of(String check, Parameters parameters) {
        return builder().check(check).parameters(parameters).build();
    }

    /**
     * Returns the stable name of the check.
     *
     * @return 2 to 64 characters: {@code [a-z][a-z0-9-]*}
     */
    public abstract String check();

    /**
     * Returns the parameters given to the check.
     *
     * @return the parameters, possibly none
     */
    @Value.Default
    public Parameters parameters() {
        return Parameters.none();
    }

    @Value.Check
    final void validate() {
        if (!NAME.matcher(check()).matches()) {
            throw ValidationException.invalid(
                    "EligibilityRule",
                    "check",
                    check(),
                    Text.of("tên tiêu chuẩn không đúng dạng", "invalid check name"),
                    Text.of(
                            "2–64 ký tự: chữ thường ASCII, số, dấu gạch ngang, bắt đầu bằng chữ",
                            "2–64 lower-case ASCII letters, digits and hyphens, starting with a letter"));
        }
    }

    /** Builds an {@link EligibilityRule}; the check name is required, parameters default to none. */
    public static final class Builder extends ImmutableEligibilityRule.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
