package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.BandResult;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One classification band (loại) of a {@link BandScheme}: a code, a label, a score range and the
 * guards a unit must also meet.
 *
 * <p>The range is {@code min ≤ total < maxExclusive}, written the way tables print their bands
 * ("85 – dưới 95"). A missing {@code min} means no lower bound, a missing {@code maxExclusive} no
 * upper bound; a scheme allows the first only on its lowest band and the second only on its best.
 * A table printed in whole numbers ("71–80") is written with the next band's lower bound as its
 * upper bound ({@code 71 ≤ total < 81}), so that 80.5 falls in a band. Checked when built: the
 * code has the shape of a criterion code and the range is not empty. Immutable and thread-safe.
 *
 * <pre>{@code
 * Band good = Band.builder()
 *         .code("good")
 *         .label(Text.of("Hoàn thành tốt nhiệm vụ", "Good"))
 *         .min(Points.of(85))
 *         .maxExclusive(Points.of(95))
 *         .addGuards(BandGuard.noCriterionZero())
 *         .build();
 * good.contains(Points.parse("94.99")); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Band {

    Band() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the band's code, such as {@code excellent}.
     *
     * @return the code, 1 to 32 ASCII letters, digits, {@code . _ -}
     */
    public abstract String code();

    /**
     * Returns the band's label, such as "Hoàn thành xuất sắc nhiệm vụ" / "Excellent".
     *
     * @return the label
     */
    public abstract Text label();

    /**
     * Returns the lowest total in the band, inclusive.
     *
     * @return the lower bound; empty for a band open below
     */
    public abstract Optional<Points> min();

    /**
     * Returns the total the band stops below, exclusive.
     *
     * @return the upper bound; empty for a band open above
     */
    public abstract Optional<Points> maxExclusive();

    /**
     * Returns the conditions a unit must meet besides the range, all of them.
     *
     * @return the guards, in the order printed; empty for none
     */
    public abstract List<BandGuard> guards();

    /**
     * Tells whether a total lies in the band's range; guards are not checked.
     *
     * @param total the total, not null
     * @return true when {@code min ≤ total < maxExclusive}
     */
    public boolean contains(Points total) {
        requireNonNull(total, "total");
        return min().map(m -> total.compareTo(m) >= 0).orElse(true)
                && maxExclusive().map(x -> total.isLessThan(x)).orElse(true);
    }

    /**
     * Returns the range in words, such as "từ 85 đến dưới 95" / "from 85 to below 95"; Vietnamese
     * writes decimals with a comma.
     *
     * @return the range
     */
    public Text range() {
        if (min().isPresent() && maxExclusive().isPresent()) {
            return Text.of(
                    "từ " + vi(min().get()) + " đến dưới " + vi(maxExclusive().get()),
                    "from " + min().get() + " to below " + maxExclusive().get());
        }
        if (min().isPresent()) {
            return Text.of("từ " + vi(min().get()) + " trở lên", min().get() + " or more");
        }
        if (maxExclusive().isPresent()) {
            return Text.of(
                    "dưới " + vi(maxExclusive().get()),
                    "below " + maxExclusive().get());
        }
        return Text.of("mọi tổng điểm", "any total");
    }

    /**
     * Returns the band as a result: its code and label.
     *
     * @return the band result
     */
    public BandResult toResult() {
        return BandResult.of(code(), label());
    }

    static String vi(Points points) {
        return points.toString().replace('.', ',');
    }

    @Value.Check
    final void check() {
        BandChecks.code("Band", "code", code());
        if (min().isPresent()
                && maxExclusive().isPresent()
                && maxExclusive().get().compareTo(min().get()) <= 0) {
            throw ValidationException.invalid(
                    "Band",
                    "maxExclusive",
                    maxExclusive().get(),
                    Text.of(
                            "khoảng điểm rỗng, không tổng điểm nào thuộc loại này",
                            "an empty range: no total can reach this band"),
                    Text.of("lớn hơn min (" + vi(min().get()) + ")", "above min (" + min().get() + ")"));
        }
    }

    /** Builds a {@link Band}; {@code code} and {@code label} are required. */
    public static final class Builder extends ImmutableBand.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
