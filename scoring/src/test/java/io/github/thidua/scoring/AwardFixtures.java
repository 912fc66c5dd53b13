package io.github.thidua.scoring;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardKinds;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Id;
import io.github.thidua.core.Rank;
import io.github.thidua.core.RecipientKind;
import io.github.thidua.scoring.internal.BuiltInEligibilityChecks;
import io.github.thidua.scoring.spi.EligibilityCheck;
import io.github.thidua.scoring.spi.EligibilityInput;
import io.github.thidua.scoring.spi.Parameters;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Units, ladders and records for the award tests, worked out by hand. */
public final class AwardFixtures {

    /** The year planned in the tests. */
    public static final Year YEAR = Year.of(2024);

    private AwardFixtures() {}

    /** Finds the built-in eligibility checks by name, null for any other name. */
    public static Function<String, EligibilityCheck> checks() {
        Map<String, EligibilityCheck> byName =
                BuiltInEligibilityChecks.all().stream().collect(Collectors.toMap(EligibilityCheck::name, c -> c));
        return byName::get;
    }

    /** A collective at a rank position, without band. */
    public static AwardInput unit(String id, int position) {
        return AwardInput.builder()
                .unit(Id.of(id))
                .recipientKind(RecipientKind.COLLECTIVE)
                .rank(Rank.of(position))
                .build();
    }

    /** A collective at a rank position with a band. */
    public static AwardInput unit(String id, int position, String band) {
        return AwardInput.builder()
                .unit(Id.of(id))
                .recipientKind(RecipientKind.COLLECTIVE)
                .rank(Rank.of(position))
                .band(band)
                .build();
    }

    /** A step proposing an award to rank positions {@code from..to}. */
    public static AwardStep.Builder ranks(AwardKind award, int from, int to) {
        return AwardStep.builder().award(award).fromRank(from).toRank(to);
    }

    /**
     * The usual cluster ladder: 1st → ministry/province flag, 2nd–3rd → certificate of merit,
     * band good or better → certificate of commendation; no quotas.
     */
    public static AwardLadder flagMeritCommendation() {
        return AwardLadder.builder()
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_FLAG, 1, 1).build())
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_MERIT, 2, 3).build())
                .addSteps(AwardStep.builder()
                        .award(AwardKinds.COMMENDATION)
                        .addBands("excellent", "good")
                        .build())
                .build();
    }

    /** A one-step ladder of certificates of merit for every rank, capped by a quota. */
    public static AwardLadder meritWithQuota(Quota quota) {
        return AwardLadder.builder()
                .addSteps(ranks(AwardKinds.MINISTRY_PROVINCE_MERIT, 1, 1000)
                        .quota(quota)
                        .build())
                .build();
    }

    /** A past award of a recipient. */
    public static AwardRecord record(String recipient, AwardKind award, int year) {
        return AwardRecord.builder()
                .recipient(Id.of(recipient))
                .recipientKind(award.recipientKinds().iterator().next())
                .awardKind(award.id())
                .year(Year.of(year))
                .build();
    }

    /** An eligibility input for a recipient proposed for an award in {@link #YEAR}. */
    public static EligibilityInput.Builder input(String recipient, AwardKind award) {
        return EligibilityInput.builder()
                .recipient(Id.of(recipient))
                .recipientKind(award.recipientKinds().iterator().next())
                .award(award)
                .year(YEAR);
    }

    /** Parameters from alternating keys and values. */
    public static Parameters params(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Parameters.of(map);
    }

    /** The decision for a unit. */
    public static AwardDecision decisionOf(List<AwardDecision> decisions, String unit) {
        return decisions.stream()
                .filter(d -> d.unit().value().equals(unit))
                .findFirst()
                .orElseThrow();
    }
}
