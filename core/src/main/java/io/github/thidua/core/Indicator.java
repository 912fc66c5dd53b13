package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A measurable indicator (chỉ tiêu) that members pledge targets for in a {@link Covenant}: "GRDP
 * growth" in %, "new-rural communes" in communes, "new members" in members.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Indicator members = Indicator.builder()
 *         .id(Id.of("hoi-vien-moi"))
 *         .name(Name.of("Kết nạp hội viên mới"))
 *         .unitOfMeasure("hội viên")
 *         .direction(Direction.HIGHER_IS_BETTER)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Indicator {

    /** The longest unit of measure accepted. */
    public static final int MAX_UNIT_LENGTH = 50;

    Indicator() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the stable id, referenced by pledged targets and criteria.
     *
     * @return the id
     */
    public abstract Id id();

    /**
     * Returns the name, such as "Tốc độ tăng trưởng GRDP".
     *
     * @return the name
     */
    public abstract Name name();

    /**
     * Returns the unit of measure, such as "%", "xã" or "hội viên".
     *
     * @return the unit, NFC-normalised, 1 to 50 characters
     */
    public abstract String unitOfMeasure();

    /**
     * Returns which way the indicator improves.
     *
     * @return the direction
     */
    public abstract Direction direction();

    @Value.Check
    final Indicator check() {
        String normal = Checks.text("Indicator", "unitOfMeasure", unitOfMeasure(), MAX_UNIT_LENGTH);
        return normal.equals(unitOfMeasure()) ? this : ((ImmutableIndicator) this).withUnitOfMeasure(normal);
    }

    /** Builds an {@link Indicator}; every attribute is required. */
    public static final class Builder extends ImmutableIndicator.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
