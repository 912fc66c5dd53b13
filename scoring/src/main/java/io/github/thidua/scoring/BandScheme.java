package io.github.thidua.scoring;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Discipline;
import io.github.thidua.core.Explanation;
import io.github.thidua.core.Id;
import io.github.thidua.core.Points;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a policy classifies units (xếp loại): score ranges with guards, knock-out events and caps
 * for the discipline of the unit's head.
 *
 * <p>{@link #classify(BandInput)} works in four steps, each recorded in the explanation:
 *
 * <ol>
 *   <li>the total falls in exactly one band's range;
 *   <li>if that band has a guard the unit fails, the unit falls as {@link #guardFallback()}
 *       declares;
 *   <li>each knock-out event recorded for the unit caps the band at its knock-out band;
 *   <li>the head's discipline caps the band at the lowest cap declared for that discipline or
 *       any lighter one, so a heavier discipline is never capped more gently than a lighter one
 *       (a dismissal is capped at least as hard as a warning).
 * </ol>
 *
 * <p>Knock-outs and caps are ceilings: they lower a band, never raise one. Checked when built,
 * so that every total lands in exactly one band: at least one band; codes unique; bands ordered
 * best first, each lower bound below the previous one (an equal one leaves the band
 * unreachable); the best band open above; every other band's {@code maxExclusive} equal to the
 * {@code min} of the band before it (no overlap, no gap); the lowest band open below and without
 * guards; every knock-out, cap and fallback names a band of the scheme; no cap for {@link
 * Discipline#NONE}; a named fallback band has no guards and lies below every band with guards.
 * Errors name the path, such as {@code bands[2].min}. Immutable and thread-safe.
 *
 * <pre>{@code
 * BandScheme scheme = BandScheme.builder()
 *         .addBands(excellent, good, completed, notCompleted)
 *         .putKnockOuts("corruption", "not-completed")
 *         .putDisciplineCaps(Discipline.REPRIMAND, "good")
 *         .putDisciplineCaps(Discipline.WARNING, "completed")
 *         .guardFallback(GuardFallback.NEXT_LOWER_BAND)
 *         .build();
 * scheme.classify(BandInput.of(Points.parse("94.99"))).band().code(); // "good"
 * }</pre>
 */
@Value.Immutable
public abstract class BandScheme {

    BandScheme() {}

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the bands, best first.
     *
     * @return the bands, at least one
     */
    public abstract List<Band> bands();

    /**
     * Returns the knock-out events: event code to the best band a unit with that event may reach,
     * such as {@code corruption → not-completed}.
     *
     * @return the knock-outs, in the order given
     */
    public abstract Map<String, String> knockOuts();

    /**
     * Returns the caps for the head's discipline: discipline to the best band allowed, such as
     * {@code REPRIMAND → good}. A discipline without an entry takes the cap of the heaviest
     * lighter discipline that has one.
     *
     * @return the caps
     */
    public abstract Map<Discipline, String> disciplineCaps();

    /**
     * Returns where a unit falls when its total is in a band's range but it fails a guard.
     *
     * @return the fallback; {@link GuardFallback#NEXT_LOWER_BAND} unless given
     */
    @Value.Default
    public GuardFallback guardFallback() {
        return GuardFallback.NEXT_LOWER_BAND;
    }

    /**
     * Returns the band a unit falls to when it fails a guard, for {@link
     * GuardFallback#NAMED_BAND}.
     *
     * @return the band's code; empty for {@link GuardFallback#NEXT_LOWER_BAND}
     */
    public abstract Optional<String> fallbackBand();

    /**
     * Returns a band by code.
     *
     * @param code the band's code, not null
     * @return the band, or empty if the scheme has none with that code
     */
    public Optional<Band> band(String code) {
        Integer i = indexByCode().get(requireNonNull(code, "code"));
        return i == null ? Optional.empty() : Optional.of(bands().get(i));
    }

    /**
     * Returns the one band whose range holds a total, ignoring guards, knock-outs and caps.
     *
     * @param total the total, not null
     * @return the band
     */
    public Band bandFor(Points total) {
        return bands().get(rangeIndex(requireNonNull(total, "total")));
    }

    /**
     * Classifies one unit.
     *
     * @param input the unit's total, criteria, events and discipline; not null
     * @return the band and the explanation of how it was reached
     */
    public BandOutcome classify(BandInput input) {
        requireNonNull(input, "input");
        Band band = bands().get(choose(input, null));
        // The same steps again, worded, when the explanation is read.
        return BandOutcome.of(band.toResult(), Explanation.deferred(() -> explained(input)));
    }

    // The band's index; with steps, each step is recorded there.
    private int choose(BandInput input, List<Explanation> steps) {
        int ranged = rangeIndex(input.total());
        int chosen = guarded(ranged, input, steps);
        chosen = knockOuts(chosen, input, steps);
        return disciplineCap(chosen, input, steps);
    }

    private Explanation explained(BandInput input) {
        Points total = input.total();
        List<Explanation> steps = new ArrayList<>();
        Band inRange = bands().get(rangeIndex(total));
        steps.add(Explanation.builder()
                .key("band.range")
                .text(Text.of(
                        "Tổng điểm " + Band.vi(total) + " thuộc khoảng "
                                + inRange.range().vi() + " của loại "
                                + inRange.label().vi(),
                        "Total " + total + " is in the range of "
                                + inRange.label().en() + ": " + inRange.range().en()))
                .putInputs("total", total.toString())
                .putInputs("band", inRange.code())
                .build());
        Band band = bands().get(choose(input, steps));
        return Explanation.builder()
                .key("band")
                .text(Text.of(
                        "Xếp loại: " + band.label().vi(),
                        "Band: " + band.label().en()))
                .value(total)
                .putInputs("band", band.code())
                .addAllChildren(steps)
                .build();
    }

    private int guarded(int ranged, BandInput input, List<Explanation> steps) {
        int at = ranged;
        while (true) {
            Band band = bands().get(at);
            boolean met = true;
            for (BandGuard guard : band.guards()) {
                List<String> broken = guard.violations(input);
                if (!broken.isEmpty()) {
                    met = false;
                    if (steps != null) {
                        steps.add(guardFailed(band, guard, broken));
                    }
                }
            }
            if (met) {
                if (steps != null && !band.guards().isEmpty()) {
                    steps.add(Explanation.builder()
                            .key("band.guards-met")
                            .text(Text.of(
                                    "Đạt mọi điều kiện của loại " + band.label().vi(),
                                    "Meets every condition of " + band.label().en()))
                            .putInputs("band", band.code())
                            .build());
                }
                break;
            }
            if (guardFallback() == GuardFallback.NAMED_BAND) {
                at = indexByCode().get(fallbackBand().orElseThrow());
                break;
            }
            // The lowest band has no guards (checked when built), so this ends.
            at++;
        }
        if (steps != null && at != ranged) {
            Band to = bands().get(at);
            Text text = guardFallback() == GuardFallback.NAMED_BAND
                    ? Text.of(
                            "Hạ xuống loại " + to.label().vi() + ", loại được chỉ định khi không đạt điều kiện",
                            "Falls to " + to.label().en() + ", the band named for a failed condition")
                    : Text.of(
                            "Hạ xuống loại " + to.label().vi() + ", loại liền dưới đáp ứng mọi điều kiện",
                            "Falls to " + to.label().en() + ", the next lower band whose conditions are met");
            steps.add(Explanation.builder()
                    .key("band.fallback")
                    .text(text)
                    .putInputs("from", bands().get(ranged).code())
                    .putInputs("to", to.code())
                    .putInputs("fallback", guardFallback().name())
                    .build());
        }
        return at;
    }

    private static Explanation guardFailed(Band band, BandGuard guard, List<String> broken) {
        String what = String.join(", ", broken);
        Text why = guard.kind() == BandGuardKind.NO_EVENT
                ? Text.of("có sự kiện " + what, "event " + what + " recorded")
                : Text.of("tiêu chí " + what, (broken.size() == 1 ? "criterion " : "criteria ") + what);
        return Explanation.builder()
                .key("band.guard-failed")
                .text(Text.of(
                        "Không đạt điều kiện của loại " + band.label().vi() + ": "
                                + guard.label().vi() + " (" + why.vi() + ")",
                        "Fails a condition of " + band.label().en() + ": "
                                + guard.label().en() + " (" + why.en() + ")"))
                .putInputs("band", band.code())
                .putInputs("guard", guard.kind().name())
                .putInputs("broken-by", what)
                .build();
    }

    private int knockOuts(int chosen, BandInput input, List<Explanation> steps) {
        int at = chosen;
        for (Map.Entry<String, String> k : knockOuts().entrySet()) {
            if (input.events().contains(k.getKey())) {
                int ceiling = indexByCode().get(k.getValue());
                Band cap = bands().get(ceiling);
                if (steps != null) {
                    steps.add(Explanation.builder()
                            .key("band.knock-out")
                            .text(Text.of(
                                    "Sự kiện loại trừ " + k.getKey() + ": tối đa loại "
                                            + cap.label().vi(),
                                    "Knock-out event " + k.getKey() + ": at most "
                                            + cap.label().en()))
                            .putInputs("event", k.getKey())
                            .putInputs("ceiling", cap.code())
                            .putInputs("lowered", String.valueOf(ceiling > at))
                            .build());
                }
                at = Math.max(at, ceiling);
            }
        }
        return at;
    }

    private int disciplineCap(int chosen, BandInput input, List<Explanation> steps) {
        Discipline discipline = input.discipline();
        Discipline declaredFor = null;
        int ceiling = -1;
        // Disciplines are declared lightest first; a heavier one inherits the lowest lighter cap.
        for (Map.Entry<Discipline, String> c : disciplineCaps().entrySet()) {
            if (c.getKey().compareTo(discipline) <= 0) {
                int i = indexByCode().get(c.getValue());
                if (i > ceiling) {
                    ceiling = i;
                    declaredFor = c.getKey();
                }
            }
        }
        if (declaredFor == null) {
            return chosen;
        }
        if (steps == null) {
            return Math.max(chosen, ceiling);
        }
        Band cap = bands().get(ceiling);
        steps.add(Explanation.builder()
                .key("band.discipline-cap")
                .text(Text.of(
                        "Người đứng đầu bị kỷ luật " + discipline.label().vi() + ": tối đa loại "
                                + cap.label().vi(),
                        "Head's discipline " + discipline.label().en() + ": at most "
                                + cap.label().en()))
                .putInputs("discipline", discipline.name())
                .putInputs("cap-declared-for", declaredFor.name())
                .putInputs("ceiling", cap.code())
                .putInputs("lowered", String.valueOf(ceiling > chosen))
                .build());
        return Math.max(chosen, ceiling);
    }

    private int rangeIndex(Points total) {
        for (int i = 0; i < bands().size(); i++) {
            if (bands().get(i).contains(total)) {
                return i;
            }
        }
        // Unreachable: the check below makes the ranges cover every total.
        throw new IllegalStateException("no band holds " + total);
    }

    @Value.Lazy
    Map<String, Integer> indexByCode() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < bands().size(); i++) {
            out.put(bands().get(i).code(), i);
        }
        return Collections.unmodifiableMap(out);
    }

    @Value.Check
    final void check() {
        int n = bands().size();
        if (n == 0) {
            throw ValidationException.invalid(
                    "BandScheme",
                    "bands",
                    0,
                    Text.of("không có loại nào", "no bands"),
                    Text.of("ít nhất một loại", "at least one band"));
        }
        BandChecks.unique("BandScheme", "bands", bands(), Band::code, "code");
        for (int i = 0; i < n; i++) {
            checkRange(i);
        }
        Band lowest = bands().get(n - 1);
        if (!lowest.guards().isEmpty()) {
            throw ValidationException.invalid(
                    "BandScheme",
                    "bands[" + (n - 1) + "].guards",
                    lowest.guards().size(),
                    Text.of(
                            "loại thấp nhất có điều kiện; đơn vị không đạt sẽ không thuộc loại nào",
                            "the lowest band has guards; a unit failing them would fall in no band"),
                    Text.of("loại thấp nhất không có điều kiện", "no guards on the lowest band"));
        }
        List<String> codes = bands().stream().map(Band::code).toList();
        Text aBand = Text.of("mã của một loại trong bands: " + codes, "the code of a band in bands: " + codes);
        for (Map.Entry<String, String> k : knockOuts().entrySet()) {
            BandChecks.key("BandScheme", "knockOuts", k.getKey(), Id.MAX_LENGTH);
            BandChecks.memberOf("BandScheme", "knockOuts[" + k.getKey() + "]", k.getValue(), codes, aBand);
        }
        for (Map.Entry<Discipline, String> c : disciplineCaps().entrySet()) {
            if (c.getKey() == Discipline.NONE) {
                throw ValidationException.invalid(
                        "BandScheme",
                        "disciplineCaps[NONE]",
                        c.getValue(),
                        Text.of(
                                "giới hạn cho đơn vị không bị kỷ luật sẽ giới hạn mọi đơn vị",
                                "a cap for no discipline would cap every unit"),
                        Text.of("REPRIMAND, WARNING hoặc DISMISSAL", "REPRIMAND, WARNING or DISMISSAL"));
            }
            BandChecks.memberOf("BandScheme", "disciplineCaps[" + c.getKey() + "]", c.getValue(), codes, aBand);
        }
        checkFallback(codes, aBand);
    }

    private void checkRange(int i) {
        Band band = bands().get(i);
        String at = "bands[" + i + "]";
        boolean lowest = i == bands().size() - 1;
        if (lowest && band.min().isPresent()) {
            throw ValidationException.invalid(
                    "BandScheme",
                    at + ".min",
                    band.min().get(),
                    Text.of(
                            "loại thấp nhất có cận dưới; tổng điểm dưới "
                                    + Band.vi(band.min().get()) + " sẽ không thuộc loại nào",
                            "the lowest band has a lower bound; a total below "
                                    + band.min().get() + " would fall in no band"),
                    Text.of(
                            "loại thấp nhất không có min (mọi tổng điểm thấp hơn)",
                            "no min on the lowest band (every lower total)"));
        }
        if (!lowest && band.min().isEmpty()) {
            throw ValidationException.missing("BandScheme", at + ".min");
        }
        if (i == 0) {
            if (band.maxExclusive().isPresent()) {
                throw ValidationException.invalid(
                        "BandScheme",
                        at + ".maxExclusive",
                        band.maxExclusive().get(),
                        Text.of(
                                "loại cao nhất có cận trên; tổng điểm từ "
                                        + Band.vi(band.maxExclusive().get())
                                        + " (như khi có điểm thưởng) sẽ không thuộc loại nào",
                                "the best band has an upper bound; a total of "
                                        + band.maxExclusive().get() + " or more (bonus points) would fall in no band"),
                        Text.of("loại cao nhất không có maxExclusive", "no maxExclusive on the best band"));
            }
            return;
        }
        Band better = bands().get(i - 1);
        Points betterMin = better.min().orElseThrow();
        String betterAt = "bands[" + (i - 1) + "]";
        if (band.min().isPresent()) {
            int c = band.min().get().compareTo(betterMin);
            if (c > 0) {
                throw ValidationException.invalid(
                        "BandScheme",
                        at + ".min",
                        band.min().get(),
                        Text.of(
                                "không xếp loại cao trước: cao hơn " + betterAt + ".min",
                                "bands not ordered best first: above " + betterAt + ".min"),
                        Text.of(
                                "dưới " + Band.vi(betterMin) + " (" + betterAt + ".min)",
                                "below " + betterMin + " (" + betterAt + ".min)"));
            }
            if (c == 0) {
                throw ValidationException.invalid(
                        "BandScheme",
                        at + ".min",
                        band.min().get(),
                        Text.of(
                                "loại không thể đạt: mọi tổng điểm trong khoảng của nó thuộc " + betterAt + " ("
                                        + better.code() + ")",
                                "an unreachable band: every total in its range falls in " + betterAt + " ("
                                        + better.code() + ")"),
                        Text.of(
                                "dưới " + Band.vi(betterMin) + " (" + betterAt + ".min)",
                                "below " + betterMin + " (" + betterAt + ".min)"));
            }
        }
        Text meet = Text.of(
                "đúng bằng " + Band.vi(betterMin) + " (" + betterAt + ".min)",
                "exactly " + betterMin + " (" + betterAt + ".min)");
        if (band.maxExclusive().isEmpty()) {
            throw ValidationException.invalid(
                    "BandScheme",
                    at + ".maxExclusive",
                    null,
                    Text.of(
                            "không có cận trên nên chồng lên " + betterAt,
                            "no upper bound, so the range overlaps " + betterAt),
                    meet);
        }
        int c = band.maxExclusive().get().compareTo(betterMin);
        if (c > 0) {
            throw ValidationException.invalid(
                    "BandScheme",
                    at + ".maxExclusive",
                    band.maxExclusive().get(),
                    Text.of("khoảng điểm chồng lên " + betterAt, "the range overlaps " + betterAt),
                    meet);
        }
        if (c < 0) {
            throw ValidationException.invalid(
                    "BandScheme",
                    at + ".maxExclusive",
                    band.maxExclusive().get(),
                    Text.of(
                            "hở khoảng: tổng điểm từ "
                                    + Band.vi(band.maxExclusive().get()) + " đến dưới " + Band.vi(betterMin)
                                    + " không thuộc loại nào",
                            "a gap: totals from " + band.maxExclusive().get() + " to below " + betterMin
                                    + " fall in no band"),
                    meet);
        }
    }

    private void checkFallback(List<String> codes, Text aBand) {
        if (guardFallback() == GuardFallback.NEXT_LOWER_BAND) {
            if (fallbackBand().isPresent()) {
                throw ValidationException.invalid(
                        "BandScheme",
                        "fallbackBand",
                        fallbackBand().get(),
                        Text.of(
                                "chỉ định loại nhưng guardFallback là NEXT_LOWER_BAND",
                                "a named band, but guardFallback is NEXT_LOWER_BAND"),
                        Text.of(
                                "bỏ fallbackBand, hoặc guardFallback NAMED_BAND",
                                "no fallbackBand, or guardFallback NAMED_BAND"));
            }
            return;
        }
        String named = fallbackBand().orElseThrow(() -> ValidationException.missing("BandScheme", "fallbackBand"));
        BandChecks.memberOf("BandScheme", "fallbackBand", named, codes, aBand);
        int f = codes.indexOf(named);
        for (int i = f; i < bands().size(); i++) {
            if (!bands().get(i).guards().isEmpty()) {
                throw ValidationException.invalid(
                        "BandScheme",
                        "bands[" + i + "].guards",
                        bands().get(i).guards().size(),
                        Text.of(
                                "loại có điều kiện không cao hơn loại chỉ định " + named
                                        + "; hạ xuống đó sẽ không hạ hoặc sẽ nâng loại",
                                "a band with guards at or below the named band " + named
                                        + "; falling there would not lower the band"),
                        Text.of(
                                "điều kiện chỉ ở các loại cao hơn " + named,
                                "guards only on bands better than " + named));
            }
        }
    }

    /** Builds a {@link BandScheme}; at least one band is required. */
    public static final class Builder extends ImmutableBandScheme.Builder {
        /** Creates an empty builder; public so that serialisers in other modules can use it. */
        public Builder() {}
    }
}
