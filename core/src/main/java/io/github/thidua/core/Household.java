package io.github.thidua.core;

import io.github.thidua.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A household that can be commended (hộ gia đình), such as a farming household; its cash reward
 * is a multiple of an individual's.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Household sinh = Household.builder()
 *         .id(Id.of("ho-mua-dung-sinh"))
 *         .name(Name.of("Hộ ông Mùa Dũng Sính"))
 *         .head(Name.of("Mùa Dũng Sính"))
 *         .address("Bản Khó Bua, xã Pú Nhung, huyện Tuần Giáo")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Household implements Recipient {

    Household() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Id id();

    @Override
    public abstract Name name();

    /**
     * Returns the head of the household (chủ hộ).
     *
     * @return the head's name, if recorded
     */
    public abstract Optional<Name> head();

    /**
     * Returns the address, such as the village and commune.
     *
     * @return the address, NFC-normalised, if recorded
     */
    public abstract Optional<String> address();

    @Override
    public final RecipientKind recipientKind() {
        return RecipientKind.HOUSEHOLD;
    }

    @Value.Check
    final Household normalise() {
        String address = address().orElse(null);
        String normal = address == null ? null : Checks.text("Household", "address", address, 500);
        return normal == null || normal.equals(address) ? this : ((ImmutableHousehold) this).withAddress(normal);
    }

    /** Builds a {@link Household}; {@code id} and {@code name} are required. */
    public static final class Builder extends ImmutableHousehold.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
