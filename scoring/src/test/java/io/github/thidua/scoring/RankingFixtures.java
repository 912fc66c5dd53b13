package io.github.thidua.scoring;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thidua.core.Collective;
import io.github.thidua.core.Id;
import io.github.thidua.core.Name;
import io.github.thidua.core.Points;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Candidate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared units and candidates for the tests of ranking and tie-breakers. */
public final class RankingFixtures {

    public static final Id HA_GIANG = Id.of("ha-giang");
    public static final Id PHU_THO = Id.of("phu-tho");
    public static final Id TUYEN_QUANG = Id.of("tuyen-quang");
    public static final Id YEN_BAI = Id.of("yen-bai");
    public static final Id LAO_CAI = Id.of("lao-cai");

    private RankingFixtures() {}

    /** A candidate with only a unit and a total. */
    public static Candidate candidate(Id unit, String total) {
        return Candidate.builder().unit(unit).total(Points.parse(total)).build();
    }

    /** A builder already holding a unit and a total, for tie-break keys. */
    public static Candidate.Builder with(Id unit, String total) {
        return Candidate.builder().unit(unit).total(Points.parse(total));
    }

    /** A candidate with one subtotal, for the group-subtotal tie-breaker. */
    public static Candidate subtotal(Id unit, String total, String group, String subtotal) {
        return with(unit, total)
                .putAllSubtotals(Map.of(group, Points.parse(subtotal)))
                .build();
    }

    /** A collective with its head count and number of women. */
    public static Collective collective(Id unit, int headCount, int women) {
        return Collective.builder()
                .id(unit)
                .name(Name.of("Hội Cựu chiến binh " + unit.value()))
                .headCount(headCount)
                .womenCount(women)
                .build();
    }

    /** Totals 95, 90, 90, 80: the worked example of every rank kind. */
    public static List<Candidate> ninetyFiveNinetyNinetyEighty() {
        return List.of(
                candidate(HA_GIANG, "95"),
                candidate(PHU_THO, "90"),
                candidate(YEN_BAI, "90"),
                candidate(TUYEN_QUANG, "80"));
    }

    /** Ranks with the built-in tie-breakers. */
    public static List<RankedCandidate> rank(List<Candidate> candidates, RankingRules rules) {
        return Ranker.rank(
                candidates,
                rules,
                name -> io.github.thidua.scoring.internal.BuiltInTieBreakers.all().stream()
                        .filter(t -> t.name().equals(name))
                        .findFirst()
                        .orElse(null));
    }

    /** Positions in result order. */
    public static List<Integer> positions(List<RankedCandidate> ranked) {
        return ranked.stream().map(r -> r.rank().position()).toList();
    }

    /** Units in result order. */
    public static List<Id> units(List<RankedCandidate> ranked) {
        return ranked.stream().map(RankedCandidate::unit).toList();
    }

    /** The entry of one unit. */
    public static RankedCandidate of(List<RankedCandidate> ranked, Id unit) {
        return ranked.stream().filter(r -> r.unit().equals(unit)).findFirst().orElseThrow();
    }

    /** Runs {@code code} and returns the validation exception it must throw. */
    public static ValidationException rejected(ThrowingCallable code) {
        ValidationException e = catchThrowableOfType(ValidationException.class, code);
        if (e == null) {
            throw new AssertionError("expected a ValidationException");
        }
        return e;
    }
}
