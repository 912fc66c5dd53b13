package io.github.thidua.scoring;

import io.github.thidua.core.BandResult;
import io.github.thidua.core.Explanation;
import org.immutables.value.Value;

/**
 * The band a {@link BandScheme} gave one unit, and why: which range the total matched, which
 * guard failed and where the unit fell, which knock-out event or discipline cap applied.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * BandOutcome outcome = scheme.classify(input);
 * outcome.band().code();                       // "good"
 * outcome.explanation().render(Text.VIETNAMESE);
 * }</pre>
 */
@Value.Immutable
public abstract class BandOutcome {

    BandOutcome() {}

    /**
     * Returns an outcome.
     *
     * @param band the band reached, not null
     * @param explanation why, not null
     * @return the outcome
     */
    public static BandOutcome of(BandResult band, Explanation explanation) {
        return ImmutableBandOutcome.builder()
                .band(band)
                .explanation(explanation)
                .build();
    }

    /**
     * Returns the band reached.
     *
     * @return the band's code and label
     */
    public abstract BandResult band();

    /**
     * Returns why: the root step names the band, its children the range, guards, knock-outs and
     * caps, in the order they were applied.
     *
     * @return the explanation
     */
    public abstract Explanation explanation();
}
