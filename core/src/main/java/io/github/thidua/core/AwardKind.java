package io.github.thidua.core;

import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A kind of award that can be conferred: a flag, a certificate or an emulation title, with the
 * level that confers it and who may receive it. The standard catalogue of the Law is in {@link
 * AwardKinds}; organisers may define their own, such as a cluster's own certificate.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * AwardKind clusterCommendation = AwardKind.builder()
 *         .id(Id.of("ccb-cum-2:giay-khen"))
 *         .name(Text.of("Giấy khen của Cụm thi đua số 2", "Certificate of Commendation of Cluster No. 2"))
 *         .form(AwardForm.CERTIFICATE_OF_COMMENDATION)
 *         .issuerLevel(IssuerLevel.CLUSTER)
 *         .addRecipientKinds(RecipientKind.COLLECTIVE, RecipientKind.HOUSEHOLD)
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AwardKind {

    AwardKind() {}

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
     * Returns the full name, in Vietnamese as the law writes it and in English.
     *
     * @return the name
     */
    public abstract Text name();

    /**
     * Returns the form of the award.
     *
     * @return the form
     */
    public abstract AwardForm form();

    /**
     * Returns the level of the body that confers it.
     *
     * @return the issuer level
     */
    public abstract IssuerLevel issuerLevel();

    /**
     * Returns who may receive it.
     *
     * @return one or more recipient kinds
     */
    public abstract Set<RecipientKind> recipientKinds();

    /**
     * Tells whether a kind of recipient may receive this award.
     *
     * @param kind the recipient kind, not null
     * @return true if accepted
     */
    public boolean accepts(RecipientKind kind) {
        return recipientKinds().contains(Objects.requireNonNull(kind, "kind"));
    }

    @Value.Check
    final void check() {
        if (recipientKinds().isEmpty()) {
            throw ValidationException.invalid(
                    "AwardKind",
                    "recipientKinds",
                    0,
                    Text.of("không có loại đối tượng nhận", "no recipient kinds"),
                    Text.of(
                            "ít nhất một trong: tập thể, cá nhân, hộ gia đình",
                            "at least one of collective, individual, household"));
        }
    }

    /** Builds an {@link AwardKind}; every attribute is required. */
    public static final class Builder extends ImmutableAwardKind.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
