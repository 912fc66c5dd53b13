package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One unit's assessment of one criterion: the facts the unit reports (achieved or not, an actual
 * value, a count of sessions or occurrences), its evidence and explanation (giải trình), and the
 * points given at each {@link AssessmentStage}.
 *
 * <p>Every input is optional, because each kind of criterion needs different ones; an assessment
 * with no points yet is valid (scoring has not started). The criterion is named by its code (1 to
 * 32 ASCII letters, digits, {@code . _ -}). An actual value is kept exact, without trailing zeros,
 * with at most 12 decimal places and a magnitude below 10^15. Evidence and explanation are
 * NFC-normalised, at most 2000 characters. Immutable and thread-safe.
 *
 * <pre>{@code
 * Assessment growth = Assessment.builder()
 *         .criterion("1.2")
 *         .actual(new BigDecimal("8.1"))
 *         .evidence("Báo cáo KT-XH năm 2024 của UBND tỉnh")
 *         .putPoints(AssessmentStage.SELF, Points.of(10))
 *         .putPoints(AssessmentStage.VERIFIED, Points.parse("9.5"))
 *         .build();
 * growth.latestStage(); // Optional[VERIFIED]
 * }</pre>
 */
@Value.Immutable
public abstract class Assessment {

    /** The longest evidence note or explanation, in UTF-16 code units. */
    public static final int MAX_NOTE_LENGTH = 2000;

    Assessment() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the code of the criterion assessed, such as {@code 1.2} or {@code II.3-a}.
     *
     * @return the code, 1 to 32 ASCII letters, digits, {@code . _ -}
     */
    public abstract String criterion();

    /**
     * Returns whether the unit achieved a qualitative criterion (định tính).
     *
     * @return true or false, if reported
     */
    public abstract Optional<Boolean> achieved();

    /**
     * Returns the actual value reached, to compare with a pledged target (định lượng).
     *
     * @return the exact value without trailing zeros, if reported
     */
    public abstract Optional<BigDecimal> actual();

    /**
     * Returns a count, such as the number of training sessions held (chấm thẳng).
     *
     * @return the count, zero or more, if reported
     */
    public abstract OptionalInt count();

    /**
     * Returns the number of occurrences of a bonus or deduction event, such as late reports.
     *
     * @return the number, zero or more, if reported
     */
    public abstract OptionalInt occurrences();

    /**
     * Returns a note on the evidence, such as the report or decision that proves the facts.
     *
     * @return the note, NFC-normalised, at most 2000 characters, if any
     */
    public abstract Optional<String> evidence();

    /**
     * Returns the unit's explanation (giải trình) of a disputed score.
     *
     * @return the explanation, NFC-normalised, at most 2000 characters, if any
     */
    public abstract Optional<String> explanation();

    /**
     * Returns the points given at each stage, in stage order.
     *
     * @return the points by stage; empty before scoring
     */
    public abstract Map<AssessmentStage, Points> points();

    /**
     * Returns the points given at a stage.
     *
     * @param stage the stage, not null
     * @return the points, or empty if that stage has not scored
     */
    public Optional<Points> points(AssessmentStage stage) {
        Objects.requireNonNull(stage, "stage");
        return Optional.ofNullable(points().get(stage));
    }

    /**
     * Returns the latest stage that has given points.
     *
     * @return the latest stage, or empty before scoring
     */
    public Optional<AssessmentStage> latestStage() {
        return points().keySet().stream().max(Comparator.naturalOrder());
    }

    @Value.Check
    final Assessment check() {
        Checks.code("Assessment", "criterion", criterion());
        if (count().isPresent()) {
            Checks.atLeast("Assessment", "count", count().getAsInt(), 0);
        }
        if (occurrences().isPresent()) {
            Checks.atLeast("Assessment", "occurrences", occurrences().getAsInt(), 0);
        }
        BigDecimal actual = actual().orElse(null);
        BigDecimal actualNormal = actual == null ? null : Checks.decimal("Assessment", "actual", actual, 12, 15);
        String evidence = evidence().orElse(null);
        String evidenceNormal = Checks.optionalText("Assessment", "evidence", evidence, MAX_NOTE_LENGTH);
        String explanation = explanation().orElse(null);
        String explanationNormal = Checks.optionalText("Assessment", "explanation", explanation, MAX_NOTE_LENGTH);
        ImmutableAssessment self = (ImmutableAssessment) this;
        if (actual != null && !actualNormal.equals(actual)) {
            self = self.withActual(actualNormal);
        }
        if (evidence != null && !evidenceNormal.equals(evidence)) {
            self = self.withEvidence(evidenceNormal);
        }
        if (explanation != null && !explanationNormal.equals(explanation)) {
            self = self.withExplanation(explanationNormal);
        }
        return self;
    }

    /** Builds an {@link Assessment}; only {@code criterion} is required. */
    public static final class Builder extends ImmutableAssessment.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
