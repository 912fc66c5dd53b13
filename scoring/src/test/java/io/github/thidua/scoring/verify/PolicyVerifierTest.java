package io.github.thidua.scoring.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thidua.core.CountBased;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CustomKind;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Points;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.Registry;
import io.github.thidua.scoring.spi.CriterionRule;
import io.github.thidua.scoring.spi.RuleContext;
import io.github.thidua.scoring.spi.RuleInput;
import io.github.thidua.scoring.spi.RuleOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The entry point: evaluation once, plug-ins, language, any input, and a planted bug caught. */
class PolicyVerifierTest {

    /** A rule of a rule author's own: twice the count reported, capped at the maximum. */
    static final class TwicePerSession implements CriterionRule {
        @Override
        public String name() {
            return "twice-per-session";
        }

        @Override
        public Text label() {
            return Text.of("hai điểm mỗi buổi", "two points per session");
        }

        @Override
        public List<RuleOutcome> score(RuleContext context) {
            Points max = context.criterion().maxPoints();
            return context.inputs().stream()
                    .map((RuleInput in) -> {
                        int n = in.assessment()
                                .flatMap(a -> a.count().isPresent()
                                        ? java.util.Optional.of(a.count().getAsInt())
                                        : java.util.Optional.<Integer>empty())
                                .orElse(0);
                        Points p = Points.of(2L * n).min(max);
                        return RuleOutcome.of(
                                in.unit(),
                                p,
                                Explanation.builder()
                                        .key("test.twice")
                                        .text(Text.of(n + " buổi × 2", n + " sessions × 2"))
                                        .value(p)
                                        .build());
                    })
                    .toList();
        }
    }

    private static Policy sessions() {
        return Policy.builder()
                .id(Id.of("tap-huan"))
                .version("1")
                .name(Name.of("Quy chế tập huấn"))
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .table(ScoringTable.builder()
                        .id(Id.of("bang-tap-huan"))
                        .name(Name.of("Bảng điểm tập huấn"))
                        .addRoots(
                                Criterion.builder()
                                        .code("1")
                                        .name(Name.of("Tập huấn (quy tắc riêng)"))
                                        .maxPoints(Points.of(10))
                                        .kind(CustomKind.builder()
                                                .kindName("twice-per-session")
                                                .build())
                                        .build(),
                                Criterion.builder()
                                        .code("2")
                                        .name(Name.of("Sinh hoạt chuyên đề"))
                                        .maxPoints(Points.of(10))
                                        .kind(CountBased.of(Points.of(3)))
                                        .build())
                        .build())
                .build();
    }

    @Test
    void using_evaluatesWithTheAuthorsOwnRules() {
        SmallCluster cluster =
                SmallCluster.of("a", "b").count("a", "1", 4).count("b", "1", 7).count("a", "2", 2);
        PolicyVerifier verifier = PolicyVerifier.of(sessions());
        // Without the rule the engine cannot evaluate, and says which kind it is missing.
        assertThatThrownBy(() -> verifier.given(cluster))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("twice-per-session");

        verifier.using(Registry.builtIns().with(new TwicePerSession()))
                .given(cluster)
                .unit("a")
                .criterion("1")
                .hasPoints(8)
                .criterion("2")
                .hasPoints(6)
                .hasTotal(14)
                .unit("b")
                .criterion("1")
                .hasPoints(10)
                .hasRank(2);
    }

    @Test
    void aFormulaThatNamesAnIndicator_takesTargets_andIsCheckedLikeAnyCriterion() {
        Policy share = Policy.builder()
                .id(Id.of("ti-le"))
                .version("1")
                .name(Name.of("Quy chế tỉ lệ"))
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .table(ScoringTable.builder()
                        .id(Id.of("bang-ti-le"))
                        .name(Name.of("Bảng điểm tỉ lệ"))
                        .addRoots(Criterion.builder()
                                .code("1")
                                .name(Name.of("Tỉ lệ hoàn thành chỉ tiêu"))
                                .maxPoints(Points.of(10))
                                .kind(io.github.thidua.core.Formula.builder()
                                        .expression("MIN(max, actual / target * max)")
                                        .addInputs("actual", "target", "max")
                                        .indicator(Id.of("chi-tieu"))
                                        .build())
                                .build())
                        .build())
                .build();
        PolicyVerifier verifier = PolicyVerifier.of(share);
        // 80 of 100: 8 points; 60 of 50: capped at the maximum.
        verifier.given(verifier.cluster("a", "b")
                        .target("a", "1", 100)
                        .value("a", "1", 80)
                        .target("b", "1", 50)
                        .value("b", "1", 60))
                .unit("a")
                .criterion("1")
                .hasPoints("8.00")
                .unit("b")
                .criterion("1")
                .hasPoints(10)
                .hasRank(1);
    }

    @Test
    void given_anyInput_suchAsASmallClustersInputChangedByHand() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        EvaluationInput input = VerifierFixtures.cluster(verifier).toInput(verifier.policy());
        // The investigation closed: the same input without it.
        EvaluationInput forgiven = EvaluationInput.builder()
                .covenant(input.covenant())
                .addAllSheets(input.sheets())
                .decisionDate(input.decisionDate())
                .build();
        Verification result = verifier.given(forgiven);
        result.unit("hoa-binh")
                .isProposedFor(VerifierFixtures.MERIT)
                .unit("lai-chau")
                .isCutByQuota(VerifierFixtures.MERIT);
        assertThat(result.input()).isSameAs(forgiven);
        assertThat(result.policy()).isSameAs(verifier.policy());
        assertThat(result.evaluation().result().units()).hasSize(5);
    }

    @Test
    void given_inputsThatDoNotFitThePolicy_failWithTheEnginesError() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        // II.1 needs every member's target (missingTarget REJECT); the engine says so.
        assertThatThrownBy(() -> verifier.given(verifier.cluster("a", "b").value("a", "II.1", 3)))
                .isInstanceOf(io.github.thidua.core.ThiDuaException.class);
    }

    @Test
    void inLanguage_andAccessors() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        assertThat(verifier.language()).isEqualTo(Locale.ENGLISH);
        assertThat(verifier.inLanguage(Text.VIETNAMESE).language()).isEqualTo(Text.VIETNAMESE);
        assertThat(verifier.registry()).isNotNull();
        assertThat(verifier.policy()).isEqualTo(VerifierFixtures.policy());
    }

    @Test
    void ranksInOrder_failsWithTheWholeRanking() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        Verification example = verifier.given(VerifierFixtures.cluster(verifier));
        VerificationFailure f = catchThrowableOfType(
                VerificationFailure.class,
                () -> example.ranksInOrder("dien-bien", "hoa-binh", "son-la", "lai-chau", "lao-cai"));
        assertThat(f.getMessage())
                .isEqualTo("Ranking: expected order dien-bien, hoa-binh, son-la, lai-chau, lao-cai, "
                        + "actual dien-bien, son-la, hoa-binh, lai-chau, lao-cai.\n"
                        + "Position, unit, total:\n"
                        + "  1. dien-bien 101\n"
                        + "  2. son-la 95\n"
                        + "  3. hoa-binh 95\n"
                        + "  4. lai-chau 85\n"
                        + "  5. lao-cai 64");
    }

    @Test
    void aPlantedBugInTheRegulation_isCaughtWithItsExplanation() {
        // The regulation says two certificates of merit; the policy under test was written with three.
        PolicyVerifier buggy = PolicyVerifier.of(VerifierFixtures.policy(3));
        VerificationFailure f = catchThrowableOfType(
                VerificationFailure.class,
                () -> buggy.given(VerifierFixtures.cluster(buggy))
                        .unit("lao-cai")
                        .isCutByQuota(VerifierFixtures.MERIT));
        assertThat(f.getMessage())
                .startsWith("Unit lao-cai: expected award cut by the quota of ministry-province-merit, "
                        + "actual Step 2 (Certificate of Merit")
                .contains("within the quota 3 = 3 of 3 qualifying units");
        assertThat(f).isInstanceOf(AssertionError.class);
    }

    @Test
    void theSameVerifier_servesManyClusters_eachEvaluatedOnItsOwn() {
        PolicyVerifier verifier = PolicyVerifier.of(VerifierFixtures.policy());
        SmallCluster base = VerifierFixtures.cluster(verifier);
        Verification before = verifier.given(base);
        Verification after = verifier.given(base.value("lao-cai", "I.1", "180"));
        before.unit("lao-cai").criterion("I.1").hasPoints(19);
        // At target now: half the maximum.
        after.unit("lao-cai").criterion("I.1").hasPoints(20);
    }
}
