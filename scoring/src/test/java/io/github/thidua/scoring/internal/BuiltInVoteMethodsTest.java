package io.github.thidua.scoring.internal;

import static io.github.thidua.scoring.internal.VoteFixtures.params;
import static io.github.thidua.scoring.internal.VoteFixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.Text;
import io.github.thidua.scoring.spi.Parameters;
import org.junit.jupiter.api.Test;

/** The parameters every built-in vote method reads alike. */
class BuiltInVoteMethodsTest {

    @Test
    void decider_notGiven_isTheClusterHeadAndDeputy() {
        assertThat(BuiltInVoteMethods.decider("plurality", Parameters.none()).vi())
                .isEqualTo("Cụm trưởng và Cụm phó");
    }

    @Test
    void decider_givenInBothLanguages_isTakenStripped() {
        assertThat(BuiltInVoteMethods.decider(
                        "plurality", params("decider.vi", " Chủ tịch Hội đồng ", "decider.en", " the council chair ")))
                .isEqualTo(Text.of("Chủ tịch Hội đồng", "the council chair"));
    }

    @Test
    void decider_blankInBothLanguages_isRejectedNamingTheVietnameseFirst() {
        assertThat(rejected(() ->
                                BuiltInVoteMethods.decider("plurality", params("decider.vi", "  ", "decider.en", " ")))
                        .field())
                .isEqualTo("decider.vi");
    }

    @Test
    void decider_blankInOneLanguageAndAbsentInTheOther_isRejectedNamingTheBlankOne() {
        assertThat(rejected(() -> BuiltInVoteMethods.decider("plurality", params("decider.en", " ")))
                        .field())
                .isEqualTo("decider.en");
        assertThat(rejected(() -> BuiltInVoteMethods.decider("plurality", params("decider.vi", " ")))
                        .field())
                .isEqualTo("decider.vi");
    }

    @Test
    void decider_blankInOneLanguageAndGivenInTheOther_isRejectedNamingTheBlankOne() {
        assertThat(rejected(() -> BuiltInVoteMethods.decider(
                                "plurality", params("decider.vi", "Chủ tịch Hội đồng", "decider.en", " ")))
                        .field())
                .isEqualTo("decider.en");
        assertThat(rejected(() -> BuiltInVoteMethods.decider(
                                "plurality", params("decider.vi", " ", "decider.en", "the council chair")))
                        .field())
                .isEqualTo("decider.vi");
    }
}
