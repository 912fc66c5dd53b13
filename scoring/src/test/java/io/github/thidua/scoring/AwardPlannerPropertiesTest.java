package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.Id;
import io.github.thidua.core.Rank;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.scoring.spi.Parameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

class AwardPlannerPropertiesTest {

    private static final List<AwardKind> AWARDS =
            List.of(AwardKinds.MINISTRY_PROVINCE_FLAG, AwardKinds.MINISTRY_PROVINCE_MERIT, AwardKinds.COMMENDATION);
    private static final List<String> BANDS = List.of("excellent", "good", "fair");

    /** A cluster and a ladder drawn from one seed: ties, bands, pending matters, quotas. */
    private record Scenario(AwardLadder ladder, List<AwardInput> units, long seed) {}

    private static QuickTheory theory() {
        return qt().withExamples(200);
    }

    private static Gen<Scenario> scenarios() {
        return longs().all().map(AwardPlannerPropertiesTest::scenario);
    }

    private static Scenario scenario(long seed) {
        Random random = new Random(seed);
        int n = random.nextInt(13);
        List<AwardInput> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AwardInput.Builder unit = AwardInput.builder()
                    .unit(Id.of("u" + i))
                    .recipientKind(random.nextInt(6) == 0 ? RecipientKind.HOUSEHOLD : RecipientKind.COLLECTIVE)
                    // Few positions for many units, so that ties are common.
                    .rank(Rank.of(1 + random.nextInt(Math.max(1, n / 2 + 1))))
                    .disciplinePending(random.nextInt(8) == 0);
            if (random.nextBoolean()) {
                unit.band(BANDS.get(random.nextInt(BANDS.size())));
            }
            units.add(unit.build());
        }
        AwardLadder.Builder ladder = AwardLadder.builder();
        for (AwardKind award : AWARDS) {
            int from = 1 + random.nextInt(3);
            AwardStep.Builder step =
                    AwardStep.builder().award(award).fromRank(from).toRank(from + random.nextInt(6));
            if (random.nextBoolean()) {
                step.addEligibility(EligibilityRule.of("no-pending-matters", Parameters.none()));
            }
            StraddleRule rule = StraddleRule.values()[random.nextInt(StraddleRule.values().length)];
            switch (random.nextInt(4)) {
                case 0 -> step.quota(Quota.ofCount(random.nextInt(4), rule));
                case 1 ->
                    step.quota(Quota.ofShare(BigDecimal.valueOf(1 + random.nextInt(100), 2), QuotaBase.MEMBERS, rule));
                case 2 ->
                    step.quota(Quota.ofShare(
                            BigDecimal.valueOf(1 + random.nextInt(100), 2), 1 + random.nextInt(12), rule));
                default -> {}
            }
            ladder.addSteps(step.build());
        }
        return new Scenario(ladder.build(), List.copyOf(units), seed);
    }

    private static List<AwardDecision> plan(Scenario s, List<AwardInput> units) {
        return AwardPlanner.plan(s.ladder(), units, AwardFixtures.YEAR, AwardFixtures.checks());
    }

    @Test
    void proposedDecisions_neverExceedAQuota_unlessItsRuleIncludesAllTied() {
        theory().forAll(scenarios()).checkAssert(s -> {
            List<AwardDecision> decisions = plan(s, s.units());
            for (AwardStep step : s.ladder().steps()) {
                if (step.quota().isEmpty() || step.quota().get().straddle() == StraddleRule.INCLUDE_ALL) {
                    continue;
                }
                long proposed = decisions.stream()
                        .filter(d -> d.award().filter(step.award()::equals).isPresent())
                        .count();
                int limit = step.quota().get().limit(s.units().size(), s.units().size());
                assertThat(proposed).as("step %s", step.award().id()).isLessThanOrEqualTo(limit);
            }
        });
    }

    @Test
    void everyUnit_getsExactlyOneDecision_atMostOneAward() {
        theory().forAll(scenarios()).checkAssert(s -> {
            List<AwardDecision> decisions = plan(s, s.units());
            assertThat(decisions)
                    .extracting(AwardDecision::unit)
                    .containsExactlyInAnyOrderElementsOf(
                            s.units().stream().map(AwardInput::unit).toList());
        });
    }

    @Test
    void shufflingTheUnits_changesNothing() {
        theory().forAll(scenarios()).checkAssert(s -> {
            List<AwardInput> shuffled = new ArrayList<>(s.units());
            Collections.shuffle(shuffled, new Random(~s.seed()));
            assertThat(plan(s, shuffled)).isEqualTo(plan(s, s.units()));
        });
    }
}
