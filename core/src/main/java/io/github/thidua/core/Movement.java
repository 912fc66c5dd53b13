package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An emulation movement (phong trào thi đua): regular or thematic, launched by a named body, with
 * a slogan and, year by year, the theme it is run under.
 *
 * <p>Checked when built: a thematic movement has a period; when a period is given, every yearly
 * theme's year lies within it. Immutable and thread-safe.
 *
 * <pre>{@code
 * Movement exemplary = Movement.builder()
 *         .id(Id.of("ccb-guong-mau"))
 *         .name(Name.of("Cựu chiến binh gương mẫu"))
 *         .kind(MovementKind.THEMATIC)
 *         .launchedBy(Name.of("Trung ương Hội Cựu chiến binh Việt Nam"))
 *         .period(Period.phase(2019, 2024))
 *         .putThemes(Year.of(2024), "Gương mẫu – Sáng tạo – Chung sức đồng lòng")
 *         .build();
 * exemplary.theme(Year.of(2024)); // Optional[Gương mẫu – Sáng tạo – Chung sức đồng lòng]
 * }</pre>
 */
@Value.Immutable
public abstract class Movement {

    /** The longest slogan or theme accepted. */
    public static final int MAX_THEME_LENGTH = 1000;

    Movement() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the stable id.
     *
     * @return the id
     */
    public abstract Id id();

    /**
     * Returns the name, such as "Cựu chiến binh gương mẫu".
     *
     * @return the name
     */
    public abstract Name name();

    /**
     * Returns whether the movement is regular or thematic.
     *
     * @return the kind
     */
    public abstract MovementKind kind();

    /**
     * Returns the body that launched the movement, such as "Trung ương Hội Cựu chiến binh Việt
     * Nam".
     *
     * @return the launching body's name
     */
    public abstract Name launchedBy();

    /**
     * Returns the slogan or overall theme.
     *
     * @return the slogan, NFC-normalised, at most 1000 characters, if any
     */
    public abstract Optional<String> slogan();

    /**
     * Returns the span the movement runs over; always present for a thematic movement.
     *
     * @return the period, if any
     */
    public abstract Optional<Period> period();

    /**
     * Returns the theme of each year, such as 2023 → "Đoàn kết, gương mẫu, trách nhiệm, sáng tạo,
     * hiệu quả".
     *
     * @return the themes by year, NFC-normalised, in the order given
     */
    public abstract Map<Year, String> themes();

    /**
     * Returns the theme of a year.
     *
     * @param year the year, not null
     * @return the theme, or empty if none is recorded for that year
     */
    public Optional<String> theme(Year year) {
        Objects.requireNonNull(year, "year");
        return Optional.ofNullable(themes().get(year));
    }

    @Value.Check
    final Movement check() {
        if (kind() == MovementKind.THEMATIC && period().isEmpty()) {
            throw ValidationException.invalid(
                    "Movement",
                    "period",
                    null,
                    Text.of("phong trào theo chuyên đề thiếu thời gian", "a thematic movement without a period"),
                    Text.of(
                            "thời gian bắt đầu và kết thúc cho phong trào theo chuyên đề",
                            "a period with a start and an end for a thematic movement"));
        }
        Map<Year, String> themes = new LinkedHashMap<>();
        for (Map.Entry<Year, String> e : themes().entrySet()) {
            Year year = e.getKey();
            String field = "themes[" + year + "]";
            if (year.getValue() < 1900 || year.getValue() > 2999) {
                throw ValidationException.invalid(
                        "Movement",
                        field,
                        year,
                        Text.of("năm ngoài phạm vi", "year out of range"),
                        Text.of("năm từ 1900 đến 2999", "a year from 1900 to 2999"));
            }
            if (period().isPresent()) {
                Period p = period().get();
                if (year.isBefore(p.firstYear()) || year.isAfter(p.lastYear())) {
                    throw ValidationException.invalid(
                            "Movement",
                            field,
                            year,
                            Text.of(
                                    "năm ngoài thời gian của phong trào ("
                                            + p.label().vi() + ")",
                                    "year outside the movement's period ("
                                            + p.label().en() + ")"),
                            Text.of(
                                    "năm từ " + p.firstYear() + " đến " + p.lastYear(),
                                    "a year from " + p.firstYear() + " to " + p.lastYear()));
                }
            }
            themes.put(year, Checks.text("Movement", field, e.getValue(), MAX_THEME_LENGTH));
        }
        String slogan = Checks.optionalText("Movement", "slogan", slogan().orElse(null), MAX_THEME_LENGTH);
        // One change per copy: each copy is checked again, which normalises what is left.
        if (!Objects.equals(slogan, slogan().orElse(null))) {
            return ((ImmutableMovement) this).withSlogan(Optional.ofNullable(slogan));
        }
        return themes.equals(themes()) ? this : ((ImmutableMovement) this).withThemes(themes);
    }

    /**
     * Builds a {@link Movement}; id, name, kind and launching body are required, and a period for a
     * thematic movement.
     */
    public static final class Builder extends ImmutableMovement.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
