package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.Cluster;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.Name;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final Id MEMBERS = Id.of("hoi-vien-moi");
    private static final Id POVERTY = Id.of("ty-le-ho-ngheo");

    private final Cluster cluster = ScoringFixtures.cluster("a", "b");
    private final Covenant covenant = Covenant.builder()
            .id(Id.of("giao-uoc"))
            .cluster(cluster)
            .period(ScoringFixtures.YEAR)
            .signedOn(java.time.LocalDate.of(2024, 1, 15))
            .addIndicators(
                    Indicator.builder()
                            .id(MEMBERS)
                            .name(Name.of("Hội viên mới"))
                            .unitOfMeasure("hội viên")
                            .direction(Direction.HIGHER_IS_BETTER)
                            .build(),
                    Indicator.builder()
                            .id(POVERTY)
                            .name(Name.of("Tỷ lệ hộ nghèo"))
                            .unitOfMeasure("%")
                            .direction(Direction.LOWER_IS_BETTER)
                            .build())
            .addTargets(target("a", MEMBERS, "300"), target("a", POVERTY, "4"), target("b", MEMBERS, "200"))
            .scoringTable(ScoringFixtures.table())
            .build();

    private static PledgedTarget target(String unit, Id indicator, String value) {
        return PledgedTarget.builder()
                .unit(Id.of(unit))
                .indicator(indicator)
                .value(new BigDecimal(value))
                .build();
    }

    @Test
    void of_atMidYear_givesTheShareOfEachTargetAndTheMeanCountingEachUpToOne() {
        List<UnitProgress> report = Progress.of(
                covenant,
                Map.of(
                        Id.of("a"), Map.of(MEMBERS, new BigDecimal("165"), POVERTY, new BigDecimal("5")),
                        Id.of("b"), Map.of(MEMBERS, new BigDecimal("240"))));
        UnitProgress a = report.get(0);
        // 165 / 300 = 0.55; poverty is lower-is-better: 4 / 5 = 0.8; mean (0.55 + 0.8) / 2 = 0.675.
        assertThat(a.indicators())
                .extracting(IndicatorProgress::share)
                .containsExactly(new BigDecimal("0.5500"), new BigDecimal("0.8000"));
        assertThat(a.overall()).isEqualByComparingTo("0.675");
        // b already exceeds its target: 240 / 200 = 1.2, counted as 1 in the mean.
        UnitProgress b = report.get(1);
        assertThat(b.indicators().get(0).share()).isEqualByComparingTo("1.2");
        assertThat(b.overall()).isEqualByComparingTo("1");
        assertThat(a.explanation().render(Text.VIETNAMESE))
                .contains("đạt bình quân 67,5 % chỉ tiêu")
                .contains("Hội viên mới: 165 / 300 hội viên = 55 %");
        assertThat(a.explanation().render(Locale.ENGLISH)).contains("Tỷ lệ hộ nghèo: 5 / 4 % = 80 % (target ÷ actual)");
    }

    @Test
    void of_nothingReported_countsZero() {
        UnitProgress b = Progress.of(covenant, Map.of()).get(1);
        assertThat(b.indicators().get(0).actual()).isEmpty();
        assertThat(b.overall()).isEqualByComparingTo("0");
    }

    @Test
    void of_actualForAnUnknownIndicator_isRejected() {
        assertThatThrownBy(() -> Progress.of(covenant, Map.of(Id.of("a"), Map.of(Id.of("khac"), BigDecimal.ONE))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("actuals[a]");
                    assertThat(e.value()).contains("khac");
                });
    }

    @Test
    void of_actualForANonMember_isRejected() {
        assertThatThrownBy(() -> Progress.of(covenant, Map.of(Id.of("x"), Map.of(MEMBERS, BigDecimal.ONE))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).contains("not a member of the cluster"));
    }
}
