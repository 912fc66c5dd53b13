package io.github.thidua.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.thidua.core.Id;
import io.github.thidua.core.ValidationException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans of {@link Checks} agree with the regular expressions and the NFC
 * normalisation they replace, on random text that mixes the characters at the edges of each
 * rule: ASCII letters, digits and punctuation, spaces, Vietnamese letters precomposed and
 * decomposed, combining marks, control characters and lone surrogates.
 */
class ChecksTest {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private static final String ALPHABET = "aZ09._:-/ @`[{\t\nđĐơưăạếệ\u0301\u0300\u0303\u0323\u00c0\u00ff"
            + "\u0000\u001f\u007f\u0085\u00a0\u2028\ud83d\ude00\ud800\udc00";

    private static final int SAMPLES = 50_000;

    private static String random(SplittableRandom random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        boolean plain = random.nextInt(3) == 0;
        for (int i = 0; i < length; i++) {
            // A third of the texts keep to the allowed characters, so that long valid ones occur.
            text.append(
                    plain ? "aZ09._:-".charAt(random.nextInt(8)) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    @Test
    void isKey_agreesWithTheRegularExpression() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < SAMPLES; i++) {
            String text = random(random, 140);
            assertThat(Checks.isKey(text, 128))
                    .as(text)
                    .isEqualTo(KEY.matcher(text).matches());
            assertThat(Checks.isKey(text, Id.MAX_LENGTH))
                    .as(text)
                    .isEqualTo(ID.matcher(text).matches());
        }
    }

    @Test
    void code_acceptsWhatTheRegularExpressionMatches() {
        SplittableRandom random = new SplittableRandom(12);
        // Fewer: most texts are refused, and each refusal builds an exception.
        for (int i = 0; i < SAMPLES / 10; i++) {
            String text = random(random, 40);
            Throwable thrown = catchThrowable(() -> Checks.code("T", "f", text));
            assertThat(thrown == null).as(text).isEqualTo(CODE.matcher(text).matches());
        }
    }

    @Test
    void nfc_isWhatTheNormalizerGives() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < SAMPLES; i++) {
            String text = random(random, 12);
            assertThat(Checks.nfc(text)).as(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
        }
    }

    @Test
    void textBelowU0300_isAlreadyNfc() {
        // The premise of the fast path: every such character is in NFC alone and next to any other
        // (all are starters, and no two of them compose).
        List<String> notNfc = new ArrayList<>();
        char[] pair = new char[2];
        for (char first = 0; first < 0x300; first++) {
            for (char second = 0; second < 0x300; second++) {
                pair[0] = first;
                pair[1] = second;
                if (!Normalizer.isNormalized(new String(pair), Normalizer.Form.NFC)) {
                    notNfc.add(String.format("U+%04X U+%04X", (int) first, (int) second));
                }
            }
        }
        assertThat(notNfc).isEmpty();
    }

    @Test
    void nonBlank_keepsNfcTextAsItIs() {
        String nfc = "Hội Cựu chiến binh tỉnh Phú Thọ";

        assertThat(Checks.nonBlank("T", "f", nfc)).isSameAs(nfc);
        assertThat(Checks.nonBlank("T", "f", "Mu\u031bo\u031b\u0300ng")).isEqualTo("Mường");
    }

    @Test
    void decimal_boundsTheMagnitudeAtEveryExponent() {
        for (int exponent = 0; exponent <= 70; exponent++) {
            BigDecimal limit = BigDecimal.TEN.pow(exponent);
            int e = exponent;
            assertThat(Checks.decimal("T", "f", limit.subtract(BigDecimal.ONE).negate(), 0, e))
                    .isEqualByComparingTo(limit.subtract(BigDecimal.ONE).negate());
            assertThat(catchThrowable(() -> Checks.decimal("T", "f", limit, 0, e)))
                    .isInstanceOf(ValidationException.class);
            assertThat(catchThrowable(() -> Checks.decimal("T", "f", limit.negate(), 0, e)))
                    .isInstanceOf(ValidationException.class);
        }
    }
}
