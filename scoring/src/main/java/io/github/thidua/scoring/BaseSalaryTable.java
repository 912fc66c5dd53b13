package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vnd;
import java.time.LocalDate;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The base salary (mức lương cơ sở) over time: each amount with the day it takes effect, in force
 * until the next one does.
 *
 * <p>Cash rewards are multiples of the base salary in force on the decision date, so the table is
 * a dated parameter rather than one number. Checked when built: at least one amount, each above
 * zero. Immutable and thread-safe.
 *
 * <pre>{@code
 * BaseSalaryTable table = BaseSalaryTable.vietnam();
 * table.amountOn(LocalDate.of(2024, 6, 30)); // 1,800,000 VND
 * table.amountOn(LocalDate.of(2024, 7, 1));  // 2,340,000 VND
 * }</pre>
 */
@Value.Immutable
public abstract class BaseSalaryTable {

    private static final BaseSalaryTable VIETNAM = builder()
            .putAmounts(LocalDate.of(2019, 7, 1), Vnd.of(1_490_000))
            .putAmounts(LocalDate.of(2023, 7, 1), Vnd.of(1_800_000))
            .putAmounts(LocalDate.of(2024, 7, 1), Vnd.of(2_340_000))
            .build();

    BaseSalaryTable() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns Vietnam's base salary since 1 July 2019: 1,490,000 đồng (Decree 38/2019), 1,800,000
     * from 1 July 2023 (Decree 24/2023) and 2,340,000 from 1 July 2024 (Decree 73/2024).
     *
     * @return the table
     */
    public static BaseSalaryTable vietnam() {
        return VIETNAM;
    }

    /**
     * Returns each amount by the day it takes effect.
     *
     * @return one or more amounts, by date
     */
    @Value.NaturalOrder
    public abstract SortedMap<LocalDate, Vnd> amounts();

    /**
     * Returns the amount in force on a day: the one with the latest effective date on or before it.
     *
     * @param date the day, not null
     * @return the amount
     * @throws ValidationException if the day is before the first effective date
     */
    public Vnd amountOn(LocalDate date) {
        requireNonNull(date, "date");
        Vnd exact = amounts().get(date);
        if (exact != null) {
            return exact;
        }
        SortedMap<LocalDate, Vnd> before = amounts().headMap(date);
        if (before.isEmpty()) {
            throw ValidationException.invalid(
                    "BaseSalaryTable",
                    "date",
                    date,
                    Text.of("trước mức lương cơ sở đầu tiên trong bảng", "before the first base salary in the table"),
                    Text.of(
                            "ngày từ " + amounts().firstKey() + " trở đi",
                            "a day on or after " + amounts().firstKey()));
        }
        return before.get(before.lastKey());
    }

    /**
     * Returns the day the amount in force on a day took effect.
     *
     * @param date the day, not null
     * @return the effective date, on or before {@code date}
     * @throws ValidationException if the day is before the first effective date
     */
    public LocalDate effectiveOn(LocalDate date) {
        requireNonNull(date, "date");
        amountOn(date);
        return amounts().containsKey(date) ? date : amounts().headMap(date).lastKey();
    }

    @Value.Check
    final void check() {
        if (amounts().isEmpty()) {
            throw ValidationException.invalid(
                    "BaseSalaryTable",
                    "amounts",
                    0,
                    Text.of("bảng lương cơ sở trống", "no base salary"),
                    Text.of("ít nhất một mức kèm ngày hiệu lực", "at least one amount with its effective date"));
        }
        amounts().forEach((from, amount) -> {
            if (amount.amount() == 0) {
                throw ValidationException.invalid(
                        "BaseSalaryTable",
                        "amounts[" + from + "]",
                        amount.amount(),
                        Text.of("mức lương cơ sở bằng 0", "a base salary of zero"),
                        Text.of("số đồng lớn hơn 0", "more than zero đồng"));
            }
        });
    }

    /** Builds a {@link BaseSalaryTable}; at least one amount is required. */
    public static final class Builder extends ImmutableBaseSalaryTable.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
