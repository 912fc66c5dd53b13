package io.github.thidua.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.ValidationException;
import org.junit.jupiter.api.Test;

class CollectiveStandingTest {

    @Test
    void oneMember_isTheSmallestCollective() {
        assertThat(CollectiveStanding.builder().headCount(1).build().headCount())
                .isEqualTo(1);
        assertThatThrownBy(() -> CollectiveStanding.builder().headCount(0).build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("headCount"));
    }

    @Test
    void negativeCount_isRejectedNamingItsField() {
        assertThatThrownBy(() -> CollectiveStanding.builder()
                        .headCount(10)
                        .completedTasks(-1)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("completedTasks"));
        assertThatThrownBy(() -> CollectiveStanding.builder()
                        .headCount(10)
                        .advancedWorkers(-1)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("advancedWorkers"));
        assertThatThrownBy(() -> CollectiveStanding.builder()
                        .headCount(10)
                        .grassrootsFighters(-1)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("grassrootsFighters"));
        assertThatThrownBy(() -> CollectiveStanding.builder()
                        .headCount(10)
                        .disciplinedAtWarningOrAbove(-1)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("disciplinedAtWarningOrAbove"));
    }
}
