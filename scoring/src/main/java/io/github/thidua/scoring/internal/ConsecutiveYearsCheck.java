package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.EligibilityCheck;
import io.github.thidua.scoring.spi.EligibilityInput;
import io.github.thidua.scoring.spi.EligibilityOutcome;
import io.github.thidua.scoring.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The eligibility check {@code consecutive-years}: the recipient holds an award in each of the N
 * years immediately before the year proposed, such as 3 consecutive Grassroots Emulation Fighter
 * titles before the provincial one.
 *
 * <p>Parameters: {@code award}, an award kind id; {@code years}, N from 1 to 100. A gap resets
 * the count: for 2024 with {@code years=3}, titles for 2021, 2022 and 2023 qualify, titles for
 * 2020, 2021 and 2023 do not. Only records of the recipient itself (same id) count; records for
 * the proposal year or later are ignored.
 */
public final class ConsecutiveYearsCheck implements EligibilityCheck {

    /** The stable name. */
    public static final String NAME = "consecutive-years";

    /** Creates the check; it is stateless. */
    public ConsecutiveYearsCheck() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return Text.of("Đạt danh hiệu nhiều năm liên tục", "An award in consecutive years");
    }

    @Override
    public void validate(Parameters parameters) {
        requireNonNull(parameters, "parameters");
        Id.of(parameters.text("award"));
        long years = parameters.integer("years");
        if (years < 1 || years > 100) {
            throw ValidationException.invalid(
                    NAME,
                    "years",
                    years,
                    Text.of("số năm ngoài khoảng", "number of years out of range"),
                    Text.of("từ 1 đến 100", "1 to 100"));
        }
    }

    @Override
    public EligibilityOutcome check(EligibilityInput input, Parameters parameters) {
        requireNonNull(input, "input");
        validate(parameters);
        Id award = Id.of(parameters.text("award"));
        int years = (int) parameters.integer("years");
        int proposal = input.year().getValue();
        Set<Integer> held = input.history().stream()
                .filter(r ->
                        r.recipient().equals(input.recipient()) && r.awardKind().equals(award))
                .map(r -> r.year().getValue())
                .collect(Collectors.toSet());
        List<Integer> found = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int y = proposal - years; y < proposal; y++) {
            (held.contains(y) ? found : missing).add(y);
        }
        int chain = 0;
        while (chain < years && held.contains(proposal - 1 - chain)) {
            chain++;
        }
        Text name = AwardKinds.byId(award).map(k -> k.name()).orElse(Text.of(award.value(), award.value()));
        String span = (proposal - years) + "–" + (proposal - 1);
        Explanation.Builder why = Explanation.builder()
                .putInputs("award", award.value())
                .putInputs("years", String.valueOf(years))
                .putInputs("found", found.isEmpty() ? "-" : join(found))
                .putInputs("missing", missing.isEmpty() ? "-" : join(missing))
                .putInputs("chain", String.valueOf(chain));
        if (missing.isEmpty()) {
            return EligibilityOutcome.of(
                    true,
                    why.key("eligibility.consecutive-years.met")
                            .text(Text.of(
                                    "Đạt: " + name.vi() + " " + years + " năm liên tục " + span,
                                    "Met: " + name.en() + " in " + years + " consecutive years " + span))
                            .build());
        }
        return EligibilityOutcome.of(
                false,
                why.key("eligibility.consecutive-years.not-met")
                        .text(Text.of(
                                "Không đạt: cần " + name.vi() + " " + years + " năm liên tục " + span + "; có "
                                        + (found.isEmpty() ? "không năm nào" : join(found)) + ", thiếu " + join(missing)
                                        + "; chuỗi liền trước năm " + proposal + " là " + chain + " năm",
                                "Not met: needs " + name.en() + " in " + years + " consecutive years " + span
                                        + "; found " + (found.isEmpty() ? "none" : join(found)) + ", missing "
                                        + join(missing) + "; the chain just before " + proposal + " is " + chain
                                        + " year(s)"))
                        .build());
    }

    private static String join(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
