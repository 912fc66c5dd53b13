package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuotaTest {

    @Test
    void shareCap_twentyPercentOfEleven_roundsDownToTwo() {
        Quota quota = Quota.ofShare(new BigDecimal("0.2"), QuotaBase.MEMBERS, StraddleRule.EXCLUDE_ALL);

        assertThat(quota.limit(3, 11)).isEqualTo(2);
        assertThat(quota.limit(3, 10)).isEqualTo(2);
        assertThat(quota.limit(3, 4)).isZero();
    }

    @Test
    void shareOfCandidates_usesTheCandidateCount() {
        Quota quota = Quota.ofShare(new BigDecimal("0.5"), QuotaBase.CANDIDATES, StraddleRule.EXCLUDE_ALL);

        assertThat(quota.limit(5, 100)).isEqualTo(2);
    }

    @Test
    void shareOfAnExplicitBase_ignoresTheUnitsPlanned() {
        Quota quota = Quota.ofShare(new BigDecimal("0.2"), 11, StraddleRule.REFER_TO_VOTE);

        assertThat(quota.limit(0, 0)).isEqualTo(2);
        assertThat(quota.describe().en()).isEqualTo("20 % of 11");
    }

    @Test
    void countCap_isTheCount() {
        assertThat(Quota.ofCount(2, StraddleRule.INCLUDE_ALL).limit(7, 9)).isEqualTo(2);
    }

    @Test
    void countAndShareTogether_areRejected() {
        assertThatThrownBy(() -> Quota.builder()
                        .count(2)
                        .share(new BigDecimal("0.2"))
                        .base(QuotaBase.MEMBERS)
                        .straddle(StraddleRule.EXCLUDE_ALL)
                        .build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("exactly one of count and share");
    }

    @Test
    void shareAboveOne_orZero_isRejected() {
        assertThatThrownBy(() -> Quota.ofShare(new BigDecimal("1.2"), QuotaBase.MEMBERS, StraddleRule.EXCLUDE_ALL))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("share out of range");
        assertThatThrownBy(() -> Quota.ofShare(BigDecimal.ZERO, QuotaBase.MEMBERS, StraddleRule.EXCLUDE_ALL))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void shareWithoutBase_isRejected() {
        assertThatThrownBy(() -> Quota.builder()
                        .share(new BigDecimal("0.2"))
                        .straddle(StraddleRule.EXCLUDE_ALL)
                        .build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("exactly one of base and base count");
    }

    @Test
    void negativeCount_isRejected() {
        assertThatThrownBy(() -> Quota.ofCount(-1, StraddleRule.EXCLUDE_ALL))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("negative count");
    }

    @Test
    void missingStraddleRule_isRejected() {
        assertThatThrownBy(() -> Quota.builder().count(2).build()).isInstanceOf(ValidationException.class);
    }
}
