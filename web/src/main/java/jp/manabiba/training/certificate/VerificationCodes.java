package jp.manabiba.training.certificate;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verification codes printed on certificates: ten characters in two groups ({@code K7MX2-Q9RTD}) from an alphabet
 * without the characters people misread or mistype (0/O, 1/I/L), drawn with {@link SecureRandom} so that a code
 * cannot be guessed from another (31^10, about 8×10^14 codes). Typed codes are normalised before the look-up:
 * case, spaces, any kind of hyphen and the full-width characters a Japanese input method produces do not matter.
 */
public final class VerificationCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;
    private static final int GROUP = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Spaces and the dashes a keyboard or an IME may give: hyphen-minus, hyphens, dashes, minus, ー and ｰ. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2015\u2212\u30FC\uFF70\u30FB]+");
    private static final Pattern CANONICAL = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private VerificationCodes() {
    }

    /** A new random code, e.g. {@code K7MX2-Q9RTD}; the caller stores it and retries in the rare case it exists. */
    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return grouped(code.toString());
    }

    /**
     * The code someone typed in the stored form ({@code abcde fghjk}, {@code ＡＢＣＤＥ－ＦＧＨＪＫ} → {@code ABCDE-FGHJK}),
     * or empty when it cannot be a code (wrong length, a character outside the alphabet such as O or 1).
     */
    public static Optional<String> normalise(String typed) {
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        String compact = SEPARATORS.matcher(plain).replaceAll("").toUpperCase(Locale.ROOT);
        return CANONICAL.matcher(compact).matches() ? Optional.of(grouped(compact)) : Optional.empty();
    }

    private static String grouped(String compact) {
        return compact.substring(0, GROUP) + "-" + compact.substring(GROUP);
    }
}
