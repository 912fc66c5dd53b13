package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Progress against pledged targets at a review, such as a half-year review (sơ kết 6 tháng):
 * each member's actual values to date against the year's targets, per indicator and overall.
 *
 * <pre>{@code
 * List<UnitProgress> report = Progress.of(covenant, Map.of(
 *         Id.of("bac-ninh"), Map.of(Id.of("hoi-vien-moi"), new BigDecimal("165"))));
 * }</pre>
 */
public final class Progress {

    private static final int SCALE = 4;

    private Progress() {}

    /**
     * Computes every member's progress.
     *
     * @param covenant the covenant with the targets, not null
     * @param actuals actual values to date: member id → indicator id → value; not null. Members
     *     or indicators without a value count as nothing achieved.
     * @return one entry per member, ordered by member id
     * @throws ValidationException if an actual names a unit that is not a member, an indicator
     *     the covenant does not declare, or is negative
     */
    public static List<UnitProgress> of(Covenant covenant, Map<Id, Map<Id, BigDecimal>> actuals) {
        requireNonNull(covenant, "covenant");
        requireNonNull(actuals, "actuals");
        Cluster cluster = covenant.cluster();
        for (Map.Entry<Id, Map<Id, BigDecimal>> unit : actuals.entrySet()) {
            if (!cluster.isMember(unit.getKey())) {
                throw ValidationException.invalid(
                        "Progress",
                        "actuals",
                        unit.getKey(),
                        Text.of("không phải thành viên của cụm", "not a member of the cluster"),
                        Text.of("mã một thành viên", "a member id"));
            }
            for (Map.Entry<Id, BigDecimal> value : unit.getValue().entrySet()) {
                if (covenant.indicator(value.getKey()).isEmpty()) {
                    throw ValidationException.invalid(
                            "Progress",
                            "actuals[" + unit.getKey() + "]",
                            value.getKey(),
                            Text.of("giao ước không có chỉ tiêu này", "no such indicator in the covenant"),
                            Text.of("một chỉ tiêu của giao ước", "an indicator of the covenant"));
                }
                if (value.getValue() == null || value.getValue().signum() < 0) {
                    throw ValidationException.invalid(
                            "Progress",
                            "actuals[" + unit.getKey() + "][" + value.getKey() + "]",
                            value.getValue(),
                            Text.of("giá trị thiếu hoặc âm", "missing or negative"),
                            Text.of("số từ 0 trở lên", "zero or more"));
                }
            }
        }
        List<UnitProgress> report = new ArrayList<>();
        for (Id unit : new TreeSet<>(cluster.memberIds())) {
            report.add(unit(covenant, unit, actuals.getOrDefault(unit, Map.of())));
        }
        return report;
    }

    private static UnitProgress unit(Covenant covenant, Id unit, Map<Id, BigDecimal> actuals) {
        List<IndicatorProgress> indicators = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator indicator : covenant.indicators()) {
            Optional<PledgedTarget> target = covenant.target(unit, indicator.id());
            if (target.isEmpty()) {
                continue;
            }
            IndicatorProgress p =
                    indicator(indicator, target.get().value(), Optional.ofNullable(actuals.get(indicator.id())));
            indicators.add(p);
            sum = sum.add(p.share().min(BigDecimal.ONE));
        }
        BigDecimal overall = indicators.isEmpty()
                ? BigDecimal.ZERO.setScale(SCALE)
                : sum.divide(BigDecimal.valueOf(indicators.size()), SCALE, RoundingMode.HALF_UP);
        String name =
                covenant.cluster().member(unit).map(m -> m.displayName().text()).orElse(unit.value());
        return UnitProgress.builder()
                .unit(unit)
                .addAllIndicators(indicators)
                .overall(overall)
                .explanation(Explanation.builder()
                        .key("progress.unit")
                        .text(Text.of(
                                name + ": đạt bình quân " + percent(overall, true) + " chỉ tiêu (" + indicators.size()
                                        + " chỉ tiêu, mỗi chỉ tiêu tính tối đa 100 %)",
                                name + ": " + percent(overall, false) + " of targets on average (" + indicators.size()
                                        + " targets, each counted up to 100 %)"))
                        .putInputs("overall", overall.toPlainString())
                        .addAllChildren(indicators.stream()
                                .map(IndicatorProgress::explanation)
                                .toList())
                        .build())
                .build();
    }

    private static IndicatorProgress indicator(Indicator indicator, BigDecimal target, Optional<BigDecimal> actual) {
        BigDecimal share;
        if (actual.isEmpty()) {
            share = BigDecimal.ZERO.setScale(SCALE);
        } else if (indicator.direction() == Direction.LOWER_IS_BETTER) {
            share = actual.get().signum() == 0
                    ? BigDecimal.ONE.setScale(SCALE)
                    : target.divide(actual.get(), SCALE, RoundingMode.HALF_UP);
        } else {
            share = target.signum() == 0
                    ? BigDecimal.ONE.setScale(SCALE)
                    : actual.get().divide(target, SCALE, RoundingMode.HALF_UP);
        }
        String shown = actual.map(BigDecimal::toPlainString).orElse("—");
        String formula =
                indicator.direction() == Direction.LOWER_IS_BETTER ? "chỉ tiêu ÷ thực hiện" : "thực hiện ÷ chỉ tiêu";
        String formulaEn = indicator.direction() == Direction.LOWER_IS_BETTER ? "target ÷ actual" : "actual ÷ target";
        IndicatorProgress.Builder b = IndicatorProgress.builder()
                .indicator(indicator.id())
                .target(target)
                .share(share)
                .explanation(Explanation.builder()
                        .key("progress.indicator")
                        .text(Text.of(
                                indicator.name() + ": " + shown + " / " + target.toPlainString() + " "
                                        + indicator.unitOfMeasure() + " = " + percent(share, true) + " (" + formula
                                        + ")",
                                indicator.name() + ": " + shown + " / " + target.toPlainString() + " "
                                        + indicator.unitOfMeasure() + " = " + percent(share, false) + " (" + formulaEn
                                        + ")"))
                        .putInputs("target", target.toPlainString())
                        .putInputs("actual", shown)
                        .putInputs("share", share.toPlainString())
                        .build());
        actual.ifPresent(b::actual);
        return b.build();
    }

    private static String percent(BigDecimal share, boolean vi) {
        String text = share.movePointRight(2)
                        .setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString() + " %";
        return vi ? text.replace('.', ',') : text;
    }
}
