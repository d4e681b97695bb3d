package jp.manabiba.training;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Verification codes of certificates: ten characters from an alphabet without the look-alikes 0/O, 1/I/L (31
 * characters, about 49 bits: not guessable, and the lookup is rate-limited besides). People read them off paper
 * and type them back however they like: spaces, hyphens, lower case and full-width characters are all accepted.
 */
public final class CertificateCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, made comparable: full-width to half-width (NFKC), upper case, no spaces or dashes. */
    public static String normalise(String typed) {
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Pd}\\u30FC]", "");
    }

    /** Whether a normalised code could be one at all (a lookup of anything else need not reach the database). */
    public static boolean wellFormed(String normalised) {
        return normalised.length() == LENGTH && normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** For print: two groups of five, "ABCDE-FGHJK". */
    public static String display(String code) {
        return code.length() == LENGTH ? code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2) : code;
    }
}
