package io.github.thidua.scoring;

import static io.github.thidua.scoring.internal.VoteFixtures.YEN_BAI;
import static io.github.thidua.scoring.internal.VoteFixtures.all;
import static io.github.thidua.scoring.internal.VoteFixtures.approving;
import static io.github.thidua.scoring.internal.VoteFixtures.params;
import static io.github.thidua.scoring.internal.VoteFixtures.rejected;
import static io.github.thidua.scoring.internal.VoteFixtures.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.core.Vote;
import io.github.thidua.scoring.internal.BuiltInVoteMethods;
import io.github.thidua.scoring.spi.VoteMethod;
import io.github.thidua.scoring.spi.VoteOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class VotesTest {

    private static final Vote NINE_OF_ELEVEN =
            vote(11, List.of(YEN_BAI), all(approving(1, 1, 9, YEN_BAI), approving(1, 10, 2)));

    @Test
    void count_approvalByName_countsWithItsParameters() {
        VoteOutcome outcome = Votes.count(NINE_OF_ELEVEN, VoteRules.of("approval", params("threshold", "0.8")));

        assertThat(outcome.decided()).isTrue();
        assertThat(outcome.elected()).containsExactly(YEN_BAI);
    }

    @Test
    void count_higherThreshold_leavesItToTheDecider() {
        VoteOutcome outcome = Votes.count(NINE_OF_ELEVEN, VoteRules.of("approval", params("threshold", "0.9")));

        assertThat(outcome.decided()).isFalse();
        assertThat(outcome.decider().orElseThrow().vi()).isEqualTo("Cụm trưởng và Cụm phó");
    }

    @Test
    void count_pluralityWithoutParameters_works() {
        assertThat(Votes.count(NINE_OF_ELEVEN, VoteRules.of("plurality")).elected())
                .containsExactly(YEN_BAI);
    }

    @Test
    void count_unknownMethod_isRejectedListingTheKnownNames() {
        ValidationException e = rejected(() -> Votes.count(NINE_OF_ELEVEN, VoteRules.of("borda")));

        assertThat(e.type()).isEqualTo("VoteRules");
        assertThat(e.field()).isEqualTo("method");
        assertThat(e.value()).contains("\"borda\"");
        assertThat(e.getMessage()).contains("one of: approval, plurality, schulze");
        assertThat(e.getMessage(Text.VIETNAMESE)).contains("một trong: approval, plurality, schulze");
    }

    @Test
    void count_badParameter_isRejectedByTheMethod() {
        ValidationException e =
                rejected(() -> Votes.count(NINE_OF_ELEVEN, VoteRules.of("approval", params("threshold", "4/3"))));

        assertThat(e.type()).isEqualTo("approval");
        assertThat(e.field()).isEqualTo("threshold");
    }

    @Test
    void count_nulls_areRejected() {
        assertThatThrownBy(() -> Votes.count(null, VoteRules.of("approval")))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("vote");
        assertThatThrownBy(() -> Votes.count(NINE_OF_ELEVEN, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("rules");
    }

    @Test
    void builtIns_haveStableUniqueNamesAndLabels() {
        assertThat(BuiltInVoteMethods.all())
                .extracting(VoteMethod::name)
                .containsExactly("approval", "plurality", "schulze");
        assertThat(BuiltInVoteMethods.all())
                .allSatisfy(m -> assertThat(m.label().vi()).isNotBlank());
    }
}
