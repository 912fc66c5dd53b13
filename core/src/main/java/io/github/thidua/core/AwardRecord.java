package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An award a recipient received in a past year, kept to check consecutive-year chains (three
 * Grassroots Emulation Fighter titles in a row before the provincial one) and "one achievement,
 * one award".
 *
 * <p>Checked when built: the year is 1900–2999; the decision date, when given, is not in a year
 * before the award year (a 2023 title is usually decided early in 2024); the decision reference is
 * NFC-normalised text of at most 500 characters. Immutable and thread-safe.
 *
 * <pre>{@code
 * AwardRecord record = AwardRecord.builder()
 *         .recipient(Id.of("nguyen-van-a"))
 *         .recipientKind(RecipientKind.INDIVIDUAL)
 *         .awardKind(AwardKinds.GRASSROOTS_EMULATION_FIGHTER.id())
 *         .year(Year.of(2023))
 *         .decisionReference("Quyết định số 125/QĐ-UBND")
 *         .decidedOn(LocalDate.of(2024, 1, 15))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AwardRecord {

    AwardRecord() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns who received the award.
     *
     * @return the recipient's id
     */
    public abstract Id recipient();

    /**
     * Returns the kind of recipient.
     *
     * @return collective, individual or household
     */
    public abstract RecipientKind recipientKind();

    /**
     * Returns the kind of award received.
     *
     * @return the award kind's id, such as {@code advanced-worker}
     */
    public abstract Id awardKind();

    /**
     * Returns the year the award was for.
     *
     * @return the year, 1900 to 2999
     */
    public abstract Year year();

    /**
     * Returns the reference of the decision, such as "Quyết định số 125/QĐ-UBND".
     *
     * @return the reference, NFC-normalised, if recorded
     */
    public abstract Optional<String> decisionReference();

    /**
     * Returns the day of the decision.
     *
     * @return the date, not in a year before {@link #year()}, if recorded
     */
    public abstract Optional<LocalDate> decidedOn();

    @Value.Check
    final AwardRecord check() {
        if (year().getValue() < 1900 || year().getValue() > 2999) {
            throw ValidationException.invalid(
                    "AwardRecord",
                    "year",
                    year(),
                    Text.of("năm ngoài phạm vi", "year out of range"),
                    Text.of("năm từ 1900 đến 2999", "a year from 1900 to 2999"));
        }
        if (decidedOn().isPresent() && decidedOn().get().getYear() < year().getValue()) {
            throw ValidationException.invalid(
                    "AwardRecord",
                    "decidedOn",
                    decidedOn().get(),
                    Text.of("trước năm khen thưởng " + year(), "before the award year " + year()),
                    Text.of("ngày từ 01/01/" + year() + " trở đi", "a date on or after " + year() + "-01-01"));
        }
        String reference = decisionReference().orElse(null);
        String normal = Checks.optionalText("AwardRecord", "decisionReference", reference, 500);
        return normal == null || normal.equals(reference)
                ? this
                : ((ImmutableAwardRecord) this).withDecisionReference(normal);
    }

    /** Builds an {@link AwardRecord}; all but the decision reference and date are required. */
    public static final class Builder extends ImmutableAwardRecord.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
