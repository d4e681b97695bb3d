package jp.manabiba.surveys;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The code an anonymous respondent keeps to pair their before and after answers: 8 characters of an alphabet
 * without look-alikes (no 0/O, 1/I/L), shown as ABCD-EFGH. Typed back in any width and case, with or without
 * the dash. It links the two answers to each other, never to a person.
 */
final class PairCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PairCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String shown(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /** The stored form of what the respondent typed; null when they typed nothing. */
    static @Nullable String typed(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String code = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\\-ー−]", "");
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new InvalidInput("pairCode", "surveys.error.pair-code");
        }
        return code;
    }
}
