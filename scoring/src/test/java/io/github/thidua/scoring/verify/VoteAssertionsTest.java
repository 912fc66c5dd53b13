package io.github.thidua.scoring.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thidua.core.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks on a vote's outcome: elected, decided or not, the votes of a candidate. */
class VoteAssertionsTest {

    private static PolicyVerifier verifier;
    private static Verification votes;

    /** Head: Sơn La approved by 4 of 5. Deputy: 2 for Lai Châu, 2 for Lào Cai, below the 3 needed. */
    private static SmallCluster withVotes(PolicyVerifier verifier) {
        return VerifierFixtures.cluster(verifier)
                .vote("cum-truong-2025", "son-la")
                .ballot("cum-truong-2025", "dien-bien", "son-la")
                .ballot("cum-truong-2025", "son-la", "son-la")
                .ballot("cum-truong-2025", "lai-chau", "son-la")
                .ballot("cum-truong-2025", "lao-cai", "son-la")
                .vote("cum-pho-2025", "lai-chau", "lao-cai")
                .ballot("cum-pho-2025", "dien-bien", "lai-chau")
                .ballot("cum-pho-2025", "son-la", "lao-cai")
                .ballot("cum-pho-2025", "lai-chau", "lai-chau")
                .ballot("cum-pho-2025", "lao-cai", "lao-cai");
    }

    @BeforeAll
    static void evaluateOnce() {
        verifier = PolicyVerifier.of(VerifierFixtures.policy());
        votes = verifier.given(withVotes(verifier));
    }

    private static VerificationFailure failure(Runnable check) {
        VerificationFailure f = catchThrowableOfType(VerificationFailure.class, check::run);
        assertThat(f).as("the check must fail").isNotNull();
        return f;
    }

    @Test
    void elected_failsWithHowTheVoteWasCounted() {
        votes.vote("cum-truong-2025").elected("son-la");

        assertThat(failure(() -> votes.vote("cum-truong-2025").elected("lao-cai"))
                        .getMessage())
                .startsWith("Vote cum-truong-2025: expected elected lao-cai, actual son-la.\nWhy:\n  ");
        assertThat(failure(() -> votes.vote("cum-pho-2025").elected("lai-chau")).actual())
                .isEqualTo("nobody");
        assertThat(failure(() -> votes.vote("cum-truong-2025").electedNobody()).expected())
                .isEqualTo("nobody");
    }

    @Test
    void undecidedAndDecided_failOnTheOtherOutcome() {
        votes.vote("cum-pho-2025").undecided().vote("cum-truong-2025").decided();

        assertThat(failure(() -> votes.vote("cum-truong-2025").undecided()).getMessage())
                .startsWith("Vote cum-truong-2025: expected outcome undecided, actual decided.");
        assertThat(failure(() -> votes.vote("cum-pho-2025").decided()).actual()).startsWith("undecided, left to ");
    }

    @Test
    void hasVotes_countsTheLastRound() {
        votes.vote("cum-pho-2025")
                .hasVotes("lai-chau", 2)
                .hasVotes("lao-cai", 2)
                .hasVotes("dien-bien", 0);

        assertThat(failure(() -> votes.vote("cum-truong-2025").hasVotes("son-la", 5))
                        .getMessage())
                .startsWith("Vote cum-truong-2025: expected votes for son-la in the last round 5, actual 4.");
    }

    @Test
    void vote_unknown_listsTheVotes() {
        assertThat(failure(() -> votes.vote("cum-truong-2026")).getMessage())
                .isEqualTo("Vote cum-truong-2026: expected in the result present, actual absent.\n"
                        + "The votes: cum-pho-2025, cum-truong-2025");
    }

    @Test
    void voteFailures_inVietnamese() {
        PolicyVerifier vi = verifier.inLanguage(Text.VIETNAMESE);
        Verification result = vi.given(withVotes(vi));
        assertThat(failure(() -> result.vote("cum-pho-2025").elected("lai-chau"))
                        .getMessage())
                .startsWith("Cuộc bỏ phiếu cum-pho-2025: người trúng cử mong đợi lai-chau, thực tế không ai.\n"
                        + "Giải thích:\n");
    }
}
