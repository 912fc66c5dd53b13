package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.EligibilityCheck;
import io.github.thidua.scoring.spi.EligibilityInput;
import io.github.thidua.scoring.spi.EligibilityOutcome;
import io.github.thidua.scoring.spi.Parameters;

/**
 * The eligibility check {@code one-award-per-year}: one achievement, one award. The recipient is
 * not eligible if it already holds the award kind for the year proposed.
 *
 * <p>Parameter: {@code award}, an award kind id; when left out, the award being proposed. Only
 * records of the recipient itself (same id) count.
 */
public final class OneAwardPerAchievementCheck implements EligibilityCheck {

    /** The stable name. */
    public static final String NAME = "one-award-per-year";

    /** Creates the check; it is stateless. */
    public OneAwardPerAchievementCheck() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return Text.of("Một thành tích chỉ khen một lần", "One achievement, one award");
    }

    @Override
    public void validate(Parameters parameters) {
        requireNonNull(parameters, "parameters");
        parameters.find("award").ifPresent(Id::of);
    }

    @Override
    public EligibilityOutcome check(EligibilityInput input, Parameters parameters) {
        requireNonNull(input, "input");
        validate(parameters);
        Id award = parameters.find("award").map(Id::of).orElse(input.award().id());
        boolean already = input.history().stream()
                .anyMatch(r -> r.recipient().equals(input.recipient())
                        && r.awardKind().equals(award)
                        && r.year().equals(input.year()));
        Explanation.Builder why = Explanation.builder()
                .putInputs("award", award.value())
                .putInputs("year", input.year().toString());
        if (already) {
            return EligibilityOutcome.of(
                    false,
                    why.key("eligibility.one-award-per-year.not-met")
                            .text(Text.of(
                                    "Không đạt: đã nhận " + award + " cho năm " + input.year(),
                                    "Not met: already holds " + award + " for " + input.year()))
                            .build());
        }
        return EligibilityOutcome.of(
                true,
                why.key("eligibility.one-award-per-year.met")
                        .text(Text.of(
                                "Đạt: chưa nhận " + award + " cho năm " + input.year(),
                                "Met: no " + award + " yet for " + input.year()))
                        .build());
    }
}
