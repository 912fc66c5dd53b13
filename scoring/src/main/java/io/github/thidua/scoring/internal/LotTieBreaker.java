package io.github.thidua.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.thidua.core.Id;
import io.github.thidua.core.Text;
import io.github.thidua.core.ValidationException;
import io.github.thidua.scoring.spi.Candidate;
import io.github.thidua.scoring.spi.Parameters;
import io.github.thidua.scoring.spi.TieBreaker;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Draws lots with a published seed ({@code lot}): reproducible by anyone who knows the seed.
 *
 * <p>Parameter {@code seed}: any non-blank text, announced before the draw (for example the
 * meeting's date and minute number). For each unit, the draw computes SHA-256 of the UTF-8 bytes
 * of {@code seed + ":" + unitId} and reads the 32-byte digest as an unsigned big-endian number;
 * the unit with the <em>smaller</em> number goes first. Anyone can check the order with a
 * standard tool, for example {@code printf '%s' 'seed:phu-tho' | sha256sum}, and compare the hex
 * digests as numbers (or as text: they have the same length). The seed is used exactly as given,
 * without trimming. Two different units practically never draw the same number, so this link
 * separates every tie; put it last in a chain. Stateless and thread-safe.
 *
 * <pre>{@code
 * new LotTieBreaker().compare(a, b, Parameters.of(Map.of("seed", "Biên bản số 12, 15/01/2026")));
 * }</pre>
 */
public final class LotTieBreaker implements TieBreaker {

    /** The stable name. */
    public static final String NAME = "lot";

    /** Creates the tie-breaker. */
    public LotTieBreaker() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Text label() {
        return Text.of("bốc thăm với hạt giống công bố trước", "lot drawn with a published seed");
    }

    /**
     * Checks that {@code seed} is given and not blank.
     *
     * @param parameters the parameters, not null
     * @throws ValidationException if {@code seed} is missing or blank
     */
    @Override
    public void validate(Parameters parameters) {
        seed(parameters);
    }

    @Override
    public int compare(Candidate a, Candidate b, Parameters parameters) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        String seed = seed(parameters);
        return draw(seed, a.unit()).compareTo(draw(seed, b.unit()));
    }

    @Override
    public Text describe(Candidate candidate, Parameters parameters) {
        requireNonNull(candidate, "candidate");
        String hex = hex(draw(seed(parameters), candidate.unit()));
        // The first 16 hex digits are enough to see the order in an explanation.
        String shown = hex.substring(0, 16) + "…";
        return Text.of("số thăm SHA-256 " + shown, "SHA-256 lot " + shown);
    }

    /**
     * Returns a unit's number in the draw: SHA-256 of {@code seed + ":" + unit} as an unsigned
     * big-endian number.
     *
     * @param seed the published seed, not null
     * @param unit the unit, not null
     * @return the number, 0 to 2^256 − 1
     */
    public static BigInteger draw(String seed, Id unit) {
        requireNonNull(seed, "seed");
        requireNonNull(unit, "unit");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + unit.value()).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Returns a draw number as 64 lower-case hex digits, as {@code sha256sum} prints it.
     *
     * @param draw a number from {@link #draw(String, Id)}, not null
     * @return the hex digits, zero-padded
     */
    public static String hex(BigInteger draw) {
        String hex = requireNonNull(draw, "draw").toString(16);
        return "0".repeat(64 - hex.length()) + hex;
    }

    private static String seed(Parameters parameters) {
        requireNonNull(parameters, "parameters");
        String seed = parameters.find("seed").orElseThrow(() -> ValidationException.missing(NAME, "seed"));
        if (seed.isBlank()) {
            throw ValidationException.invalid(
                    NAME,
                    "seed",
                    seed,
                    Text.of("hạt giống bốc thăm trống", "blank seed"),
                    Text.of(
                            "văn bản công bố trước khi bốc thăm, như số biên bản",
                            "a text announced before the draw, such as the minutes' number"));
        }
        return seed;
    }
}
