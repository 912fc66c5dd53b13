package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vnd;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The cash that comes with each kind of award: a multiplier of the base salary in force on the
 * decision date, rounded up to the next 10,000 đồng, and for a household 1.5 times the
 * individual amount.
 *
 * <p>The household amount is computed from the individual amount <em>as paid</em>, that is
 * after rounding: the law gives a household "1.5 times the reward for an individual", and the
 * reward for an individual is the rounded amount. So the individual amount is rounded, multiplied
 * by the household factor and rounded again: with 0.3 × 2,340,000 = 702,000 rounded up to
 * 710,000, a household gets 1.5 × 710,000 = 1,065,000 rounded up to 1,070,000 (not 1,060,000,
 * which rounding 0.45 × 2,340,000 once would give). Checked when built: multipliers are 0 or
 * more, the household factor above 0, the rounding step 1 or more and the rounding mode not
 * {@code UNNECESSARY}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CashRewardTable table = CashRewardTable.builder()
 *         .baseSalaries(BaseSalaryTable.vietnam())
 *         .putMultipliers(AwardKinds.GOVERNMENT_FLAG.id(), new BigDecimal("12"))
 *         .build();
 * table.cashFor(AwardKinds.GOVERNMENT_FLAG, RecipientKind.COLLECTIVE, LocalDate.of(2025, 1, 10))
 *         .amount(); // 28,080,000 VND
 * }</pre>
 */
@Value.Immutable
public abstract class CashRewardTable {

    private static final CashRewardTable DECREE_152_EXAMPLES = builder()
            .baseSalaries(BaseSalaryTable.vietnam())
            .putMultipliers(AwardKinds.GOVERNMENT_FLAG.id(), new BigDecimal("12"))
            .putMultipliers(AwardKinds.MINISTRY_PROVINCE_FLAG.id(), new BigDecimal("8"))
            .putMultipliers(AwardKinds.EXCELLENT_LABOUR_COLLECTIVE.id(), new BigDecimal("1.5"))
            .putMultipliers(AwardKinds.ADVANCED_WORKER.id(), new BigDecimal("0.3"))
            .build();

    CashRewardTable() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a table with the example multipliers of the project's domain notes, over {@link
     * BaseSalaryTable#vietnam()}: Government flag 12, ministry or provincial flag 8, Excellent
     * Labour Collective 1.5, Advanced Worker 0.3.
     *
     * <p>These are <em>examples</em>, to be checked against the text of the decree in force
     * (Decree 152/2025 since 1 July 2025) before any money is paid; award kinds without a
     * multiplier here have none.
     *
     * @return the example table
     */
    public static CashRewardTable decree152Examples() {
        return DECREE_152_EXAMPLES;
    }

    /**
     * Returns the base salary over time.
     *
     * @return the table
     */
    public abstract BaseSalaryTable baseSalaries();

    /**
     * Returns the multiplier of the base salary for each award kind, by the kind's id.
     *
     * @return the multipliers, each 0 or more
     */
    public abstract Map<Id, BigDecimal> multipliers();

    /**
     * Returns how many times the individual amount a household receives.
     *
     * @return the factor, above 0; 1.5 unless given
     */
    @Value.Default
    public BigDecimal householdFactor() {
        return new BigDecimal("1.5");
    }

    /**
     * Returns the multiple amounts are rounded to.
     *
     * @return the step in đồng, 1 or more; 10,000 unless given
     */
    @Value.Default
    public long roundingStep() {
        return 10_000;
    }

    /**
     * Returns how amounts are rounded to the step.
     *
     * @return the mode; {@link RoundingMode#UP} unless given
     */
    @Value.Default
    public RoundingMode roundingMode() {
        return RoundingMode.UP;
    }

    /**
     * Returns the multiplier for an award kind.
     *
     * @param award the award kind, not null
     * @return the multiplier, if the table has one
     */
    public Optional<BigDecimal> multiplierFor(AwardKind award) {
        return Optional.ofNullable(
                multipliers().get(requireNonNull(award, "award").id()));
    }

    /**
     * Computes the cash for an award: the multiplier times the base salary in force on the
     * decision date, rounded; for a household, the household factor times that rounded
     * individual amount, rounded again.
     *
     * @param award the award kind, not null
     * @param recipient the kind of recipient, accepted by the award; not null
     * @param decisionDate the day of the decision, not before the first base salary; not null
     * @return the amount with its explanation
     * @throws ValidationException if the table has no multiplier for the award, the award is not
     *     given to that kind of recipient, or the date is before the first base salary
     */
    public CashReward cashFor(AwardKind award, RecipientKind recipient, LocalDate decisionDate) {
        requireNonNull(award, "award");
        requireNonNull(recipient, "recipient");
        requireNonNull(decisionDate, "decisionDate");
        BigDecimal multiplier = multiplierFor(award)
                .orElseThrow(() -> ValidationException.invalid(
                        "CashRewardTable",
                        "multipliers",
                        award.id().value(),
                        Text.of("không có hệ số tiền thưởng cho hình thức này", "no multiplier for this award"),
                        Text.of("một trong: " + known(), "one of: " + known())));
        if (!award.accepts(recipient)) {
            throw ValidationException.invalid(
                    "CashRewardTable",
                    "recipient",
                    recipient.name(),
                    Text.of(
                            "hình thức " + award.id() + " không dành cho đối tượng này",
                            "the award " + award.id() + " is not given to this kind of recipient"),
                    Text.of(
                            award.recipientKinds().stream().map(Enum::name).collect(Collectors.joining(", ")),
                            award.recipientKinds().stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
        Vnd base = baseSalaries().amountOn(decisionDate);
        Vnd individual = base.multipliedBy(multiplier, roundingStep(), roundingMode());
        Explanation individualStep = Explanation.builder()
                .key("cash.reward")
                .text(sentence(multiplier, BigDecimal.valueOf(base.amount()), individual))
                .putInputs("award", award.id().value())
                .putInputs("multiplier", multiplier.toPlainString())
                .putInputs("base-salary", String.valueOf(base.amount()))
                .putInputs(
                        "base-salary-from",
                        baseSalaries().effectiveOn(decisionDate).toString())
                .putInputs("decision-date", decisionDate.toString())
                .build();
        if (recipient != RecipientKind.HOUSEHOLD) {
            return CashReward.of(individual, individualStep);
        }
        Vnd household = individual.multipliedBy(householdFactor(), roundingStep(), roundingMode());
        Text sentence = sentence(householdFactor(), BigDecimal.valueOf(individual.amount()), household);
        Explanation householdStep = Explanation.builder()
                .key("cash.reward.household")
                .text(Text.of(
                        sentence.vi() + " (hộ gia đình: " + number(householdFactor(), Text.VIETNAMESE)
                                + " lần mức của cá nhân)",
                        sentence.en() + " (household: " + number(householdFactor(), Locale.ENGLISH)
                                + " times the individual amount)"))
                .putInputs("household-factor", householdFactor().toPlainString())
                .putInputs("individual-amount", String.valueOf(individual.amount()))
                .addChildren(individualStep)
                .build();
        return CashReward.of(household, householdStep);
    }

    private Text sentence(BigDecimal factor, BigDecimal of, Vnd rounded) {
        BigDecimal exact = factor.multiply(of);
        String vi = number(factor, Text.VIETNAMESE) + " × " + number(of, Text.VIETNAMESE) + " = "
                + number(exact, Text.VIETNAMESE) + " đồng";
        String en = number(factor, Locale.ENGLISH) + " × " + number(of, Locale.ENGLISH) + " = "
                + number(exact, Locale.ENGLISH) + " VND";
        if (exact.compareTo(BigDecimal.valueOf(rounded.amount())) != 0) {
            boolean up = roundingMode() == RoundingMode.UP || roundingMode() == RoundingMode.CEILING;
            vi += (up ? ", làm tròn lên " : ", làm tròn (" + roundingMode() + ") thành ")
                    + number(BigDecimal.valueOf(rounded.amount()), Text.VIETNAMESE) + " đồng";
            en += (up ? ", rounded up to " : ", rounded (" + roundingMode() + ") to ")
                    + number(BigDecimal.valueOf(rounded.amount()), Locale.ENGLISH) + " VND";
        }
        return Text.of(vi, en);
    }

    private static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(20);
        return format.format(value);
    }

    // Refused when the policy is read, as Vnd would refuse it when the cash is computed: a
    // multiplier of 1E+99999999 would otherwise be accepted here.
    private static void bounded(String field, BigDecimal factor) {
        BandChecks.scale("CashRewardTable", field, factor, 12);
        if (factor.compareTo(BigDecimal.TEN.pow(12)) >= 0) {
            throw ValidationException.invalid(
                    "CashRewardTable",
                    field,
                    factor,
                    Text.of("hệ số quá lớn", "too large a factor"),
                    Text.of("dưới 10^12, như 1.5", "below 10^12, such as 1.5"));
        }
    }

    private String known() {
        return multipliers().isEmpty()
                ? "-"
                : multipliers().keySet().stream().map(Id::value).sorted().collect(Collectors.joining(", "));
    }

    @Value.Check
    final void check() {
        multipliers().forEach((award, multiplier) -> {
            if (multiplier.signum() < 0) {
                throw ValidationException.invalid(
                        "CashRewardTable",
                        "multipliers[" + award + "]",
                        multiplier,
                        Text.of("hệ số âm", "negative multiplier"),
                        Text.of("từ 0 trở lên", "0 or more"));
            }
            bounded("multipliers[" + award + "]", multiplier);
        });
        if (householdFactor().signum() <= 0) {
            throw ValidationException.invalid(
                    "CashRewardTable",
                    "householdFactor",
                    householdFactor(),
                    Text.of("hệ số hộ gia đình không dương", "household factor not above 0"),
                    Text.of("lớn hơn 0, như 1.5", "above 0, such as 1.5"));
        }
        bounded("householdFactor", householdFactor());
        if (roundingStep() < 1) {
            throw ValidationException.invalid(
                    "CashRewardTable",
                    "roundingStep",
                    roundingStep(),
                    Text.of("bước làm tròn nhỏ hơn 1 đồng", "rounding step below 1 đồng"),
                    Text.of("từ 1 đồng trở lên, như 10000", "1 đồng or more, such as 10000"));
        }
        if (roundingMode() == RoundingMode.UNNECESSARY) {
            throw ValidationException.invalid(
                    "CashRewardTable",
                    "roundingMode",
                    roundingMode(),
                    Text.of("không phải cách làm tròn", "not a way of rounding"),
                    Text.of("UP, HALF_UP, DOWN, …", "UP, HALF_UP, DOWN, …"));
        }
    }

    /** Builds a {@link CashRewardTable}; the base salaries are required. */
    public static final class Builder extends ImmutableCashRewardTable.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
