package io.github.thidua.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.AssessmentStage;
import io.github.thidua.core.ClusterResult;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionGroup;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Period;
import io.github.thidua.core.Points;
import io.github.thidua.core.Qualitative;
import io.github.thidua.core.Rounding;
import io.github.thidua.core.ScoringTable;
import io.github.thidua.scoring.Evaluation;
import io.github.thidua.scoring.EvaluationInput;
import io.github.thidua.scoring.EvaluationScope;
import io.github.thidua.scoring.MissingSheetPolicy;
import io.github.thidua.scoring.MissingStagePolicy;
import io.github.thidua.scoring.Policy;
import io.github.thidua.scoring.RoundingPlan;
import io.github.thidua.scoring.ScoreSource;
import io.github.thidua.scoring.VoteRules;
import java.lang.reflect.Modifier;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every covered scoring value survives value → JSON → value and value → YAML → value. */
class ScoringRoundTripTest {

    private static final ObjectMapper JSON = ScoringSamples.json();
    private static final ObjectMapper YAML = ScoringSamples.yaml();

    static Stream<Arguments> values() {
        return ScoringSamples.values().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    @DisplayName("a value written as JSON reads back equal, and writing it again gives the same text")
    void json_roundTrip_equalValueAndStableText(String name, Object value) throws Exception {
        Class<?> type = publicType(value);
        String json = JSON.writeValueAsString(value);
        Object back = JSON.readValue(json, type);
        assertThat(back).isEqualTo(value);
        assertThat(JSON.writeValueAsString(back)).isEqualTo(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    @DisplayName("a value written as YAML reads back equal")
    void yaml_roundTrip_equalValue(String name, Object value) throws Exception {
        Class<?> type = publicType(value);
        String yaml = YAML.writeValueAsString(value);
        assertThat(YAML.readValue(yaml, type)).isEqualTo(value);
    }

    @Test
    @DisplayName("a policy with every attribute set survives JSON and YAML, fingerprint included")
    void policy_roundTrip_keepsEveryAttributeAndFingerprint() throws Exception {
        Policy policy = policy();
        String json = JSON.writeValueAsString(policy);
        assertThat(json).doesNotContain("fingerprint");
        Policy back = JSON.readValue(json, Policy.class);
        assertThat(back).isEqualTo(policy);
        assertThat(back.fingerprint()).isEqualTo(policy.fingerprint());
        assertThat(YAML.readValue(YAML.writeValueAsString(policy), Policy.class))
                .isEqualTo(policy);
    }

    @Test
    @DisplayName("an evaluation survives JSON and YAML")
    void evaluation_roundTrip_equalValue() throws Exception {
        ClusterResult result = ClusterResult.builder()
                .cluster(Id.of("cum-2"))
                .period(Period.year(2024))
                .policyId("ccb-cum-2")
                .policyVersion("2024.1")
                .policyFingerprint("0".repeat(64))
                .build();
        Evaluation evaluation = Evaluation.builder()
                .result(result)
                .putVotes(Id.of("co-thi-dua"), ScoringSamples.voteOutcome())
                .addAwards(ScoringSamples.awardDecision())
                .build();
        assertThat(JSON.readValue(JSON.writeValueAsString(evaluation), Evaluation.class))
                .isEqualTo(evaluation);
        assertThat(YAML.readValue(YAML.writeValueAsString(evaluation), Evaluation.class))
                .isEqualTo(evaluation);
    }

    @Test
    @DisplayName("an evaluation input (covenant with a scoring table, sheets, a vote) survives JSON and YAML")
    void evaluationInput_roundTrip_equalValueAndStableText() throws Exception {
        EvaluationInput input = EvaluationInput.builder()
                .covenant(CoreSamples.covenant())
                .addSheets(CoreSamples.assessmentSheet())
                .addVotes(CoreSamples.vote())
                .addAwardHistory(CoreSamples.awardRecord())
                .putStandings(CoreSamples.PHU_THO, ScoringSamples.standing())
                .putStandings(CoreSamples.HA_GIANG, ScoringSamples.standing())
                .addDisciplinePending(CoreSamples.YEN_BAI)
                .decisionDate(LocalDate.of(2024, 1, 15))
                .build();
        assertThat(input.covenant().scoringTable().criteria()).isNotEmpty();

        String json = JSON.writeValueAsString(input);
        EvaluationInput back = JSON.readValue(json, EvaluationInput.class);
        assertThat(back).isEqualTo(input);
        assertThat(JSON.writeValueAsString(back)).isEqualTo(json);
        // Ids keep the order they were given in, not a sorted one.
        assertThat(back.standings().keySet()).containsExactly(CoreSamples.PHU_THO, CoreSamples.HA_GIANG);

        String yaml = YAML.writeValueAsString(input);
        EvaluationInput fromYaml = YAML.readValue(yaml, EvaluationInput.class);
        assertThat(fromYaml).isEqualTo(input);
        assertThat(YAML.writeValueAsString(fromYaml)).isEqualTo(yaml);
    }

    static Policy policy() {
        ScoringTable table = ScoringTable.builder()
                .id(Id.of("bang-diem-2024"))
                .name(Name.of("Bảng điểm 2024"))
                .addRoots(CriterionGroup.builder()
                        .code("I")
                        .name(Name.of("Công tác chuyên môn"))
                        .addChildren(Criterion.builder()
                                .code("1.1")
                                .name(Name.of("Hoàn thành kế hoạch"))
                                .maxPoints(Points.of(100))
                                .kind(Qualitative.of())
                                .build())
                        .build())
                .build();
        return Policy.builder()
                .id(Id.of("ccb-cum-2"))
                .version("2024.1")
                .name(Name.of("Quy chế thi đua Cụm số 2 năm 2024"))
                .addLegalReferences("Luật Thi đua, khen thưởng 06/2022/QH15")
                .inForceFrom(LocalDate.of(2024, 1, 1))
                .inForceUntil(LocalDate.of(2024, 12, 31))
                .table(table)
                .source(ScoreSource.RECORDED)
                .countingStage(AssessmentStage.FINAL)
                .missingStage(MissingStagePolicy.ZERO)
                .missingSheet(MissingSheetPolicy.EMPTY)
                .rounding(RoundingPlan.builder()
                        .total(Rounding.toScale(2, RoundingMode.HALF_UP))
                        .build())
                .scope(EvaluationScope.SUB_GROUP)
                .divisionScale(8)
                .bands(ScoringSamples.bandScheme())
                .ranking(ScoringSamples.rankingRules())
                .rankingVote(Id.of("co-thi-dua"))
                .voteRules(ScoringSamples.voteRules())
                .putVoteRulesByVote(Id.of("co-thi-dua"), VoteRules.of("schulze"))
                .awards(ScoringSamples.awardLadder())
                .cash(ScoringSamples.cashRewardTable())
                .build();
    }

    /** The public type a value is read as: the first public class above its generated class. */
    static Class<?> publicType(Object value) {
        Class<?> c = value.getClass();
        while (!Modifier.isPublic(c.getModifiers())) {
            c = c.getSuperclass();
        }
        return c;
    }
}
