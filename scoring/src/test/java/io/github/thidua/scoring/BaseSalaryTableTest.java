package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vnd;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BaseSalaryTableTest {

    private final BaseSalaryTable table = BaseSalaryTable.vietnam();

    @Test
    void amountOn_theDayBeforeARise_isTheOldAmount() {
        assertThat(table.amountOn(LocalDate.of(2024, 6, 30))).isEqualTo(Vnd.of(1_800_000));
        assertThat(table.effectiveOn(LocalDate.of(2024, 6, 30))).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void amountOn_theDayOfARise_isTheNewAmount() {
        assertThat(table.amountOn(LocalDate.of(2024, 7, 1))).isEqualTo(Vnd.of(2_340_000));
        assertThat(table.amountOn(LocalDate.of(2023, 7, 1))).isEqualTo(Vnd.of(1_800_000));
        assertThat(table.amountOn(LocalDate.of(2019, 7, 1))).isEqualTo(Vnd.of(1_490_000));
        assertThat(table.amountOn(LocalDate.of(2030, 1, 1))).isEqualTo(Vnd.of(2_340_000));
    }

    @Test
    void amountOn_beforeTheFirstDate_fails() {
        assertThatThrownBy(() -> table.amountOn(LocalDate.of(2019, 6, 30)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("before the first base salary");
    }

    @Test
    void emptyTable_orAZeroAmount_isRejected() {
        assertThatThrownBy(() -> BaseSalaryTable.builder().build()).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> BaseSalaryTable.builder()
                        .putAmounts(LocalDate.of(2024, 7, 1), Vnd.ZERO)
                        .build())
                .isInstanceOf(ValidationException.class);
    }
}
