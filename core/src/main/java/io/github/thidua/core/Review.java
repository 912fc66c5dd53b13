package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review conference of a cluster (hội nghị sơ kết / tổng kết): which period it looks back on,
 * when and where it met, who hosted it and who chaired it.
 *
 * <p>Checked when built: the end date, if any, is not before the start (conferences may last
 * several days, such as 23–24/11/2023); the kind fits the period (a half-year review looks back on
 * a {@link PeriodKind#HALF_YEAR}, an annual review on a {@link PeriodKind#YEAR}, a phase review
 * on a {@link PeriodKind#PHASE}); the conference starts on or after the period's start. A review
 * holds only the cluster's id, so whether the host and the chair's unit are members is checked
 * against the cluster by {@link #checkAgainst(Cluster)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Review annual2023 = Review.builder()
 *         .cluster(Id.of("ccb-cum-2"))
 *         .kind(ReviewKind.ANNUAL)
 *         .period(Period.year(2023))
 *         .startsOn(LocalDate.of(2023, 11, 23))
 *         .endsOn(LocalDate.of(2023, 11, 24))
 *         .host(Id.of("phu-tho"))
 *         .place("Thành phố Việt Trì, tỉnh Phú Thọ")
 *         .build()
 *         .checkAgainst(cluster);
 * }</pre>
 */
@Value.Immutable
public abstract class Review {

    Review() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the cluster holding the review.
     *
     * @return the cluster's id
     */
    public abstract Id cluster();

    /**
     * Returns the kind of review.
     *
     * @return the kind
     */
    public abstract ReviewKind kind();

    /**
     * Returns the period under review.
     *
     * @return the period, of the kind that fits {@link #kind()}
     */
    public abstract Period period();

    /**
     * Returns the first day of the conference.
     *
     * @return the start date, on or after the period's start
     */
    public abstract LocalDate startsOn();

    /**
     * Returns the last day of a conference lasting several days.
     *
     * @return the end date, not before {@link #startsOn()}, if recorded
     */
    public abstract Optional<LocalDate> endsOn();

    /**
     * Returns the member unit hosting the conference (đơn vị đăng cai).
     *
     * @return the host's id, if recorded
     */
    public abstract Optional<Id> host();

    /**
     * Returns the person chairing the conference, such as the cluster head's chairman.
     *
     * @return the chair's name, if recorded
     */
    public abstract Optional<Name> chair();

    /**
     * Returns the member unit of the person chairing.
     *
     * @return the unit's id, if recorded
     */
    public abstract Optional<Id> chairUnit();

    /**
     * Returns where the conference met.
     *
     * @return the place, NFC-normalised, at most 500 characters, if recorded
     */
    public abstract Optional<String> place();

    /**
     * Returns the last day of the conference: the end date if recorded, otherwise the start date.
     *
     * @return the last day
     */
    public LocalDate lastDay() {
        return endsOn().orElse(startsOn());
    }

    /**
     * Checks this review against its cluster: the cluster's id is {@link #cluster()}, and the host
     * and the chair's unit, when given, are members.
     *
     * @param cluster the cluster, not null
     * @return this review
     * @throws ValidationException naming {@code cluster}, {@code host} or {@code chairUnit} if one
     *     does not fit
     */
    public Review checkAgainst(Cluster cluster) {
        Objects.requireNonNull(cluster, "cluster");
        if (!cluster.id().equals(cluster())) {
            throw ValidationException.invalid(
                    "Review",
                    "cluster",
                    cluster(),
                    Text.of(
                            "khác cụm được đối chiếu " + cluster.id(),
                            "not the cluster checked against, " + cluster.id()),
                    Text.of("mã của cụm " + cluster.id(), "the id of cluster " + cluster.id()));
        }
        Text member = Text.of("mã một đơn vị thành viên của cụm", "the id of a member of the cluster");
        host().ifPresent(h -> Checks.memberOf("Review", "host", h, cluster.memberIds(), member));
        chairUnit().ifPresent(u -> Checks.memberOf("Review", "chairUnit", u, cluster.memberIds(), member));
        return this;
    }

    @Value.Check
    final Review check() {
        if (endsOn().isPresent() && endsOn().get().isBefore(startsOn())) {
            throw ValidationException.invalid(
                    "Review",
                    "endsOn",
                    endsOn().get(),
                    Text.of("trước ngày khai mạc " + startsOn(), "before the start " + startsOn()),
                    Text.of("ngày từ " + startsOn() + " trở đi", "a date on or after " + startsOn()));
        }
        PeriodKind expected = switch (kind()) {
            case HALF_YEAR -> PeriodKind.HALF_YEAR;
            case ANNUAL -> PeriodKind.YEAR;
            case PHASE -> PeriodKind.PHASE;
        };
        if (period().kind() != expected) {
            throw ValidationException.invalid(
                    "Review",
                    "period",
                    period(),
                    Text.of(
                            "loại thời gian " + period().kind().label().vi() + " không hợp với "
                                    + kind().label().vi(),
                            "a " + period().kind().label().en() + " does not fit a "
                                    + kind().label().en()),
                    Text.of(
                            "thời gian loại " + expected.label().vi() + " cho "
                                    + kind().label().vi(),
                            "a period of kind " + expected.label().en() + " for a "
                                    + kind().label().en()));
        }
        if (startsOn().isBefore(period().start())) {
            throw ValidationException.invalid(
                    "Review",
                    "startsOn",
                    startsOn(),
                    Text.of(
                            "trước khi bắt đầu thời gian được " + kind().label().vi(),
                            "before the start of the period under review"),
                    Text.of("ngày từ " + period().start() + " trở đi", "a date on or after " + period().start()));
        }
        String place = Checks.optionalText("Review", "place", place().orElse(null), 500);
        return place == null || place.equals(place().get()) ? this : ((ImmutableReview) this).withPlace(place);
    }

    /** Builds a {@link Review}; cluster, kind, period and start date are required. */
    public static final class Builder extends ImmutableReview.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
