package io.github.thidua.core;

import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A proposal to confer an award (đề nghị khen thưởng): who is proposed, for which award and
 * period, by whom, and on what basis.
 *
 * <p>Checked when built: the award kind accepts the recipient's kind (a flag goes to a
 * collective, never to a household). Immutable and thread-safe.
 *
 * <pre>{@code
 * AwardProposal flag = AwardProposal.builder()
 *         .recipient(Id.of("phu-tho"))
 *         .recipientKind(RecipientKind.COLLECTIVE)
 *         .awardKind(AwardKinds.MINISTRY_PROVINCE_FLAG)
 *         .period(Period.year(2023))
 *         .proposedBy(Id.of("ccb-cum-2"))
 *         .basis(Text.of("hạng 1 của cụm", "ranked 1st in the cluster"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AwardProposal {

    AwardProposal() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns who is proposed.
     *
     * @return the recipient's id
     */
    public abstract Id recipient();

    /**
     * Returns the kind of recipient.
     *
     * @return collective, individual or household; one the award kind accepts
     */
    public abstract RecipientKind recipientKind();

    /**
     * Returns the award proposed.
     *
     * @return the award kind
     */
    public abstract AwardKind awardKind();

    /**
     * Returns the period the award is for.
     *
     * @return the period
     */
    public abstract Period period();

    /**
     * Returns who proposes it, such as the cluster or its head.
     *
     * @return the proposer's id
     */
    public abstract Id proposedBy();

    /**
     * Returns the basis of the proposal, such as "hạng 1 của cụm" / "ranked 1st in the cluster".
     *
     * @return the basis, if stated
     */
    public abstract Optional<Text> basis();

    @Value.Check
    final void check() {
        if (!awardKind().accepts(recipientKind())) {
            throw ValidationException.invalid(
                    "AwardProposal",
                    "recipientKind",
                    recipientKind(),
                    Text.of(
                            awardKind().name().vi() + " không tặng cho "
                                    + recipientKind().label().vi(),
                            awardKind().name().en() + " is not given to a "
                                    + recipientKind().label().en()),
                    Text.of(
                            awardKind().recipientKinds().stream()
                                    .map(k -> k.label().vi())
                                    .collect(Collectors.joining(", ")),
                            awardKind().recipientKinds().stream()
                                    .map(k -> k.label().en())
                                    .collect(Collectors.joining(", "))));
        }
    }

    /** Builds an {@link AwardProposal}; every attribute but {@code basis} is required. */
    public static final class Builder extends ImmutableAwardProposal.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
