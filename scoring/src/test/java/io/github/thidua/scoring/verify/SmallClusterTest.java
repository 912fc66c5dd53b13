package io.github.thidua.scoring.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thidua.core.Assessment;
import io.github.thidua.core.AssessmentSheet;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.Collective;
import io.github.thidua.core.Covenant;
import io.github.thidua.core.Direction;
import io.github.thidua.core.Discipline;
import io.github.thidua.core.Id;
import io.github.thidua.core.Indicator;
import io.github.thidua.core.MissingValueException;
import io.github.thidua.core.Name;
import io.github.thidua.core.Period;
import io.github.thidua.core.PledgedTarget;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.spi.CollectiveStanding;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The terse inputs: defaults, copies, and a clear error for every bad argument. */
class SmallClusterTest {

    private static final Policy POLICY = VerifierFixtures.policy();

    private static ValidationException rejected(ThrowingCallable call) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call);
        assertThat(e).as("the call must be refused").isNotNull();
        return e;
    }

    private static AssessmentSheet sheet(EvaluationInput input, String unit) {
        return input.sheets().stream()
                .filter(s -> s.unit().value().equals(unit))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void toInput_fillsEverythingATestDoesNotCareAbout() {
        EvaluationInput input = SmallCluster.of("a", "b").toInput(POLICY);
        Covenant covenant = input.covenant();

        assertThat(covenant.cluster().id()).isEqualTo(Id.of("cum-thu"));
        assertThat(covenant.cluster().members())
                .extracting(Collective::displayName)
                .containsExactly(Name.of("Đơn vị a"), Name.of("Đơn vị b"));
        // The year the policy comes into force, signed on its first day by everyone.
        assertThat(covenant.period()).isEqualTo(Period.year(2024));
        assertThat(covenant.signedOn()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(covenant.signatories()).containsExactly(Id.of("a"), Id.of("b"));
        assertThat(covenant.scoringTable()).isEqualTo(POLICY.table());
        // Every indicator of the table is declared, higher is better, named after its criterion.
        assertThat(covenant.indicators())
                .extracting(Indicator::id, Indicator::name, Indicator::direction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Id.of("hoi-vien-moi"), Name.of("Phát triển hội viên mới"), Direction.HIGHER_IS_BETTER),
                        org.assertj.core.groups.Tuple.tuple(
                                Id.of("ho-thoat-ngheo"),
                                Name.of("Hộ hội viên thoát nghèo"),
                                Direction.HIGHER_IS_BETTER));
        assertThat(input.sheets()).extracting(AssessmentSheet::unit).containsExactly(Id.of("a"), Id.of("b"));
        assertThat(input.votes()).isEmpty();
        assertThat(input.decisionDate()).isEmpty();
    }

    @Test
    void helpers_putEachInputWhereTheEngineReadsIt() {
        CollectiveStanding standing =
                CollectiveStanding.builder().headCount(10).advancedWorkers(8).build();
        EvaluationInput input = SmallCluster.of("a", "b", "c")
                .cluster("cum-1", "Cụm thi đua số 1")
                .name("a", "Hội CCB tỉnh Điện Biên")
                .women("b", 10, 7)
                .subGroup("nhom-1", "a", "b")
                .subGroup("nhom-2", "c")
                .year(2023)
                .target("a", "I.1", "150")
                .value("a", "I.1", "180.5")
                .achieved("a", "I.2")
                .notAchieved("b", "I.2")
                .bonus("a", "T", 2)
                .deduction("b", "D", 3)
                .recorded("c", "II.2", AssessmentStage.SELF, "14.5")
                .event("c", "corruption")
                .discipline("c", Discipline.WARNING)
                .noSheet("b")
                .awarded("a", "ministry-province-merit", 2022)
                .standing("a", standing)
                .disciplinePending("c")
                .underInvestigation("b")
                .decidedOn("2023-12-15")
                .toInput(POLICY);

        Covenant covenant = input.covenant();
        assertThat(covenant.cluster().id()).isEqualTo(Id.of("cum-1"));
        assertThat(covenant.cluster().member(Id.of("a")).orElseThrow().name())
                .isEqualTo(Name.of("Hội CCB tỉnh Điện Biên"));
        Collective b = covenant.cluster().member(Id.of("b")).orElseThrow();
        assertThat(b.headCount()).hasValue(10);
        assertThat(b.womenCount()).hasValue(7);
        assertThat(covenant.cluster().subGroupOf(Id.of("a")).orElseThrow().id()).isEqualTo(Id.of("nhom-1"));
        assertThat(covenant.period()).isEqualTo(Period.year(2023));
        assertThat(covenant.targets())
                .containsExactly(PledgedTarget.builder()
                        .unit(Id.of("a"))
                        .indicator(Id.of("hoi-vien-moi"))
                        .value(new BigDecimal("150"))
                        .build());
        AssessmentSheet a = sheet(input, "a");
        assertThat(a.entry("I.1").flatMap(Assessment::actual)).hasValue(new BigDecimal("180.5"));
        assertThat(a.entry("I.2").flatMap(Assessment::achieved)).hasValue(true);
        assertThat(a.entry("T").orElseThrow().occurrences()).hasValue(2);
        AssessmentSheet c = sheet(input, "c");
        assertThat(c.entry("II.2").flatMap(e -> e.points(AssessmentStage.SELF))).hasValue(Points.parse("14.5"));
        assertThat(c.events()).containsExactly("corruption");
        assertThat(c.leaderDiscipline()).isEqualTo(Discipline.WARNING);
        // No sheet for b, though b's inputs were given.
        assertThat(input.sheets()).extracting(AssessmentSheet::unit).containsExactly(Id.of("a"), Id.of("c"));
        assertThat(input.awardHistory()).singleElement().satisfies(r -> {
            assertThat(r.recipient()).isEqualTo(Id.of("a"));
            assertThat(r.awardKind()).isEqualTo(Id.of("ministry-province-merit"));
            assertThat(r.year().getValue()).isEqualTo(2022);
        });
        assertThat(input.standings()).containsEntry(Id.of("a"), standing);
        assertThat(input.disciplinePending()).containsExactly(Id.of("c"));
        assertThat(input.underInvestigation()).containsExactly(Id.of("b"));
        assertThat(input.decisionDate()).hasValue(LocalDate.of(2023, 12, 15));
    }

    @Test
    void everyCall_returnsACopy_andLeavesTheBaseAsItWas() {
        SmallCluster base = SmallCluster.of("a", "b").value("a", "I.1", "180");
        SmallCluster varied = base.value("a", "I.1", "200").achieved("b", "I.2");

        assertThat(sheet(base.toInput(POLICY), "a").entry("I.1").flatMap(Assessment::actual))
                .hasValue(new BigDecimal("180"));
        assertThat(sheet(base.toInput(POLICY), "b").entries()).isEmpty();
        assertThat(sheet(varied.toInput(POLICY), "a").entry("I.1").flatMap(Assessment::actual))
                .hasValue(new BigDecimal("200"));
        assertThat(base.units()).containsExactly(Id.of("a"), Id.of("b"));
    }

    @Test
    void achievedByAll_setsTheFlagForEveryMember_andNotAchievedOverridesOne() {
        EvaluationInput input = SmallCluster.of("a", "b")
                .achievedByAll("I.2", "II.2")
                .notAchieved("b", "II.2")
                .toInput(POLICY);
        assertThat(sheet(input, "a").entry("II.2").flatMap(Assessment::achieved))
                .hasValue(true);
        assertThat(sheet(input, "b").entry("I.2").flatMap(Assessment::achieved)).hasValue(true);
        assertThat(sheet(input, "b").entry("II.2").flatMap(Assessment::achieved))
                .hasValue(false);
    }

    @Test
    void votes_haveEveryMemberAsElectorate_andBallotsInRoundOne() {
        EvaluationInput input = SmallCluster.of("a", "b", "c")
                .vote("head", "b")
                .ballot("head", "a", "b")
                .ballot("head", "c")
                .vote("order", "a", "b")
                .rankedBallot("order", "c", "b", "a")
                .toInput(POLICY);
        assertThat(input.votes()).hasSize(2);
        var head = input.votes().get(0);
        assertThat(head.id()).isEqualTo(Id.of("head"));
        assertThat(head.electorate()).containsExactly(Id.of("a"), Id.of("b"), Id.of("c"));
        assertThat(head.ballots()).hasSize(2);
        assertThat(head.ballots().get(0).approvals()).containsExactly(Id.of("b"));
        assertThat(head.ballots().get(1).isBlank()).isTrue();
        assertThat(input.votes().get(1).ballots().get(0).ranking()).containsExactly(Id.of("b"), Id.of("a"));
    }

    @Test
    void unknownUnit_isRefused_withTheUnitsThatExist() {
        ValidationException e = rejected(() -> SmallCluster.of("a", "b").value("z", "I.1", "1"));
        assertThat(e.getMessage())
                .isEqualTo(
                        "SmallCluster.value.unit: not a unit of this small cluster; value: \"z\"; allowed: one of: a, b.");
        assertThat(e.getMessage(Text.VIETNAMESE))
                .isEqualTo(
                        "SmallCluster.value.unit: không phải đơn vị của cụm này; giá trị: \"z\"; cho phép: một trong: a, b.");
        assertThat(rejected(() -> SmallCluster.of("a", "b").ballot("v", "a")).field())
                .isEqualTo("ballot.vote");
        assertThat(rejected(() -> SmallCluster.of("a", "b").vote("v", "c")).field())
                .isEqualTo("vote[v].candidates");
        assertThat(rejected(() -> SmallCluster.of("a", "b").subGroup("g", "a", "x"))
                        .field())
                .isEqualTo("subGroup[g]");
    }

    @Test
    void unknownCriterion_isRefusedAtOnce_whenTheTableIsKnown() {
        PolicyVerifier verifier = PolicyVerifier.of(POLICY);
        ValidationException e = rejected(() -> verifier.cluster("a", "b").value("a", "I.9", "1"));
        assertThat(e.getMessage())
                .isEqualTo("SmallCluster.value[a].criterion: no such criterion in the table ccb-bang-diem-2024; "
                        + "value: \"I.9\"; allowed: a criterion code: I.1, I.2, II.1, II.2, T, D.");
    }

    @Test
    void unknownCriterion_isRefusedByToInput_whenTheTableWasNotKnown() {
        SmallCluster unbound = SmallCluster.of("a", "b").achieved("a", "III");
        ValidationException e = rejected(() -> unbound.toInput(POLICY));
        assertThat(e.field()).isEqualTo("achieved[a].criterion");
        assertThat(e.value()).hasValue("\"III\"");
    }

    @Test
    void aCriterionOfAnotherKind_isRefused_withTheKindsThatTakeTheInput() {
        SmallCluster bound = SmallCluster.of(POLICY, "a", "b");
        assertThat(rejected(() -> bound.target("a", "I.2", "1")).getMessage())
                .isEqualTo(
                        "SmallCluster.target[a].criterion: a qualitative criterion takes no target(…); value: \"I.2\"; "
                                + "allowed: a criterion of kind quantitative, leader-relative, formula with an indicator.");
        assertThat(rejected(() -> bound.achieved("a", "I.1")).problem().en())
                .isEqualTo("a leader-relative criterion takes no achieved(…)");
        assertThat(rejected(() -> bound.bonus("a", "D", 1)).problem().en())
                .isEqualTo("a deduction criterion takes no bonus(…)");
        assertThat(rejected(() -> bound.deduction("a", "T", 1)).problem().en())
                .isEqualTo("a bonus criterion takes no deduction(…)");
        assertThat(rejected(() -> bound.count("a", "T", 1)).field()).isEqualTo("count[a].criterion");
        assertThat(rejected(() -> bound.value("a", "I.2", 1)).field()).isEqualTo("value[a].criterion");
        // Occurrences fit a bonus and a deduction alike.
        bound.occurrences("a", "T", 1).occurrences("a", "D", 1);
    }

    @Test
    void badNumbersAndDates_areRefused_neverParsedAsDoubles() {
        SmallCluster c = SmallCluster.of("a", "b");
        assertThat(rejected(() -> c.value("a", "I.1", "1e400x")).getMessage())
                .isEqualTo(
                        "SmallCluster.value: not a decimal number; value: \"1e400x\"; allowed: a decimal such as 180 or 7.75.");
        assertThat(rejected(() -> c.target("a", "I.1", "150,5")).field()).isEqualTo("target");
        assertThat(rejected(() -> c.bonus("a", "T", -1)).problem().en()).isEqualTo("negative");
        assertThat(rejected(() -> c.decidedOn("15/12/2024")).allowed().en()).isEqualTo("a date such as 2024-12-15");
        assertThat(rejected(() -> c.women("a", 3, 4)).field()).isEqualTo("women[a]");
    }

    @Test
    void badIds_repeatsAndNulls_areRefused_neverABareNullPointerException() {
        assertThat(rejected(() -> SmallCluster.of()).field()).isEqualTo("units");
        assertThat(rejected(() -> SmallCluster.of("a")).problem().en()).isEqualTo("fewer than 2 units");
        assertThat(rejected(() -> SmallCluster.of("a", "a")).problem().en()).isEqualTo("a repeated unit id");
        assertThat(rejected(() -> SmallCluster.of("a", "Điện Biên")).field()).isEqualTo("units[1]");
        assertThat(rejected(() -> SmallCluster.of("a", null))).isInstanceOf(MissingValueException.class);
        SmallCluster c = SmallCluster.of("a", "b").vote("v", "a");
        assertThat(rejected(() -> c.value(null, "I.1", "1"))).isInstanceOf(MissingValueException.class);
        assertThat(rejected(() -> c.value("a", null, "1")).field()).isEqualTo("value[a].criterion");
        assertThat(rejected(() -> c.value("a", "I.1", null)).field()).isEqualTo("value");
        assertThat(rejected(() -> c.toInput(null)).field()).isEqualTo("policy");
        assertThat(rejected(() -> c.vote("v", "b")).problem().en()).isEqualTo("a vote declared before");
        // Vote's own rules apply to each ballot as it is added: one ballot per voter and round.
        SmallCluster voted = c.ballot("v", "a", "a");
        assertThat(rejected(() -> voted.ballot("v", "a", "a")).type()).isEqualTo("Vote");
        assertThat(rejected(() -> c.ballot("v", "b", "b")).type()).isEqualTo("Vote");
    }

    @Test
    void anIndicatorDeclaredByTheAuthor_replacesTheDefault() {
        Indicator lower = Indicator.builder()
                .id(Id.of("ho-thoat-ngheo"))
                .name(Name.of("Tỉ lệ hộ nghèo"))
                .unitOfMeasure("%")
                .direction(Direction.LOWER_IS_BETTER)
                .build();
        Covenant covenant =
                SmallCluster.of("a", "b").indicator(lower).toInput(POLICY).covenant();
        assertThat(covenant.indicator(Id.of("ho-thoat-ngheo"))).hasValue(lower);
    }
}
