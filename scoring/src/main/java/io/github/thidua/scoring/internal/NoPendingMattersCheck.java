package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.EligibilityCheck;
import io.github.thidua.scoring.spi.EligibilityInput;
import io.github.thidua.scoring.spi.EligibilityOutcome;
import io.github.thidua.scoring.spi.Parameters;

/**
 * The eligibility check {@code no-pending-matters}: no award while discipline of the recipient is
 * being considered or the recipient is under investigation. Takes no parameters.
 */
public final class NoPendingMattersCheck implements EligibilityCheck {

    /** The stable name. */
    public static final String NAME = "no-pending-matters";

    /** Creates the check; it is stateless. */
    public NoPendingMattersCheck() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return Text.of("Không đang bị xem xét kỷ luật hoặc điều tra", "No discipline or investigation pending");
    }

    @Override
    public EligibilityOutcome check(EligibilityInput input, Parameters parameters) {
        requireNonNull(input, "input");
        requireNonNull(parameters, "parameters");
        boolean discipline = input.disciplinePending();
        boolean investigation = input.underInvestigation();
        Explanation.Builder why = Explanation.builder()
                .putInputs("discipline-pending", String.valueOf(discipline))
                .putInputs("under-investigation", String.valueOf(investigation));
        if (!discipline && !investigation) {
            return EligibilityOutcome.of(
                    true,
                    why.key("eligibility.no-pending-matters.met")
                            .text(Text.of(
                                    "Đạt: không đang bị xem xét kỷ luật hay điều tra",
                                    "Met: no discipline or investigation pending"))
                            .build());
        }
        String vi = discipline && investigation
                ? "đang bị xem xét kỷ luật và đang bị điều tra"
                : discipline ? "đang bị xem xét kỷ luật" : "đang bị điều tra, thanh tra";
        String en = discipline && investigation
                ? "discipline pending and under investigation"
                : discipline ? "discipline pending" : "under investigation";
        return EligibilityOutcome.of(
                false,
                why.key("eligibility.no-pending-matters.not-met")
                        .text(Text.of("Không đạt: " + vi, "Not met: " + en))
                        .build());
    }
}
