package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Explanation;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.CollectiveStanding;
import io.github.thidua.scoring.spi.EligibilityCheck;
import io.github.thidua.scoring.spi.EligibilityInput;
import io.github.thidua.scoring.spi.EligibilityOutcome;
import io.github.thidua.scoring.spi.Parameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The eligibility check {@code member-share}: how many of a collective's members hold a standing,
 * as a share of the head count and/or as a count.
 *
 * <p>Parameters: {@code of}, one of {@code completed-tasks}, {@code advanced-workers}, {@code
 * grassroots-fighters}, {@code disciplined} (at warning or above); and at least one bound: {@code
 * min-share} (count ≥ share × head count), {@code above-share} (count &gt; share × head count,
 * for standards written "more than 50 %"), {@code min-count}, {@code max-count}. Shares lie in [0,
 * 1]; counts are 0 or more. Arithmetic is exact: 7 of 10 meets 0.7, 69 of 100 does not. A
 * recipient without a known standing is not eligible. The Excellent Labour Collective standard is
 * three rules: {@code of=completed-tasks, min-share=1}; {@code of=advanced-workers,
 * min-share=0.7}; {@code of=grassroots-fighters, min-count=1}.
 */
public final class MemberShareCheck implements EligibilityCheck {

    /** The stable name. */
    public static final String NAME = "member-share";

    private static final Map<String, ToIntFunction<CollectiveStanding>> OF = Map.of(
            "completed-tasks", CollectiveStanding::completedTasks,
            "advanced-workers", CollectiveStanding::advancedWorkers,
            "grassroots-fighters", CollectiveStanding::grassrootsFighters,
            "disciplined", CollectiveStanding::disciplinedAtWarningOrAbove);

    private static final Map<String, Text> OF_LABEL = Map.of(
            "completed-tasks", Text.of("hoàn thành nhiệm vụ", "completed their tasks"),
            "advanced-workers", Text.of("đạt Lao động tiên tiến", "hold Advanced Worker"),
            "grassroots-fighters", Text.of("đạt Chiến sĩ thi đua cơ sở", "hold Grassroots Emulation Fighter"),
            "disciplined", Text.of("bị kỷ luật từ khiển trách trở lên", "disciplined at warning or above"));

    private static final List<String> BOUNDS = List.of("min-share", "above-share", "min-count", "max-count");

    /** Creates the check; it is stateless. */
    public MemberShareCheck() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return Text.of("Tỷ lệ thành viên đạt tiêu chuẩn", "Share of members meeting a standard");
    }

    @Override
    public void validate(Parameters parameters) {
        requireNonNull(parameters, "parameters");
        String of = parameters.text("of");
        if (!OF.containsKey(of)) {
            throw ValidationException.invalid(
                    NAME,
                    "of",
                    of,
                    Text.of("không phải loại thành viên được đếm", "not a standing that is counted"),
                    Text.of(
                            "completed-tasks, advanced-workers, grassroots-fighters hoặc disciplined",
                            "completed-tasks, advanced-workers, grassroots-fighters or disciplined"));
        }
        if (BOUNDS.stream().noneMatch(b -> parameters.find(b).isPresent())) {
            throw ValidationException.invalid(
                    NAME,
                    "min-share",
                    null,
                    Text.of("không có ngưỡng nào", "no bound"),
                    Text.of(
                            "ít nhất một trong min-share, above-share, min-count, max-count",
                            "at least one of min-share, above-share, min-count, max-count"));
        }
        for (String key : List.of("min-share", "above-share")) {
            if (parameters.find(key).isPresent()) {
                BigDecimal share = parameters.decimal(key);
                if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                    throw ValidationException.invalid(
                            NAME,
                            key,
                            share,
                            Text.of("tỷ lệ ngoài khoảng 0 đến 1", "share outside 0 to 1"),
                            Text.of("từ 0 đến 1, như 0.7", "0 to 1, such as 0.7"));
                }
            }
        }
        for (String key : List.of("min-count", "max-count")) {
            if (parameters.find(key).isPresent() && parameters.integer(key) < 0) {
                throw ValidationException.invalid(
                        NAME,
                        key,
                        parameters.integer(key),
                        Text.of("số lượng âm", "negative count"),
                        Text.of("từ 0 trở lên", "0 or more"));
            }
        }
    }

    @Override
    public EligibilityOutcome check(EligibilityInput input, Parameters parameters) {
        requireNonNull(input, "input");
        validate(parameters);
        String of = parameters.text("of");
        Text what = OF_LABEL.get(of);
        if (input.standing().isEmpty()) {
            return EligibilityOutcome.of(
                    false,
                    Explanation.builder()
                            .key("eligibility.member-share.unknown")
                            .text(Text.of(
                                    "Không đạt: chưa có số liệu thành viên " + what.vi(),
                                    "Not met: no figures on members who " + what.en()))
                            .putInputs("of", of)
                            .build());
        }
        CollectiveStanding standing = input.standing().get();
        int count = OF.get(of).applyAsInt(standing);
        int head = standing.headCount();
        BigDecimal exactCount = BigDecimal.valueOf(count);
        BigDecimal heads = BigDecimal.valueOf(head);
        List<String> failedVi = new ArrayList<>();
        List<String> failedEn = new ArrayList<>();
        Explanation.Builder why = Explanation.builder()
                .putInputs("of", of)
                .putInputs("count", String.valueOf(count))
                .putInputs("head-count", String.valueOf(head));
        if (parameters.find("min-share").isPresent()) {
            BigDecimal share = parameters.decimal("min-share");
            why.putInputs("min-share", share.toPlainString());
            // count ≥ share × head count, exactly: no percentage is ever rounded.
            if (exactCount.compareTo(share.multiply(heads)) < 0) {
                failedVi.add("dưới " + percent(share) + " %");
                failedEn.add("below " + percent(share) + " %");
            }
        }
        if (parameters.find("above-share").isPresent()) {
            BigDecimal share = parameters.decimal("above-share");
            why.putInputs("above-share", share.toPlainString());
            if (exactCount.compareTo(share.multiply(heads)) <= 0) {
                failedVi.add("không quá " + percent(share) + " %");
                failedEn.add("not above " + percent(share) + " %");
            }
        }
        if (parameters.find("min-count").isPresent()) {
            long min = parameters.integer("min-count");
            why.putInputs("min-count", String.valueOf(min));
            if (count < min) {
                failedVi.add("ít hơn " + min);
                failedEn.add("fewer than " + min);
            }
        }
        if (parameters.find("max-count").isPresent()) {
            long max = parameters.integer("max-count");
            why.putInputs("max-count", String.valueOf(max));
            if (count > max) {
                failedVi.add("nhiều hơn " + max);
                failedEn.add("more than " + max);
            }
        }
        String figures = count + "/" + head;
        boolean eligible = failedVi.isEmpty();
        Text text = eligible
                ? Text.of("Đạt: " + figures + " thành viên " + what.vi(), "Met: " + figures + " members " + what.en())
                : Text.of(
                        "Không đạt: " + figures + " thành viên " + what.vi() + " (" + String.join("; ", failedVi) + ")",
                        "Not met: " + figures + " members " + what.en() + " (" + String.join("; ", failedEn) + ")");
        return EligibilityOutcome.of(
                eligible,
                why.key(eligible ? "eligibility.member-share.met" : "eligibility.member-share.not-met")
                        .text(text)
                        .build());
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
