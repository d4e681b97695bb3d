package jp.manabiba.assignments;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.manabiba.curriculum.text.JapaneseAnswers;

/**
 * A number as a child types it, often with a Japanese IME: {@code １２．５}, {@code −３}, {@code 1,234},
 * {@code １２ｃｍ}. Read through NFKC, without spaces, by curriculum's JapaneseAnswers; the unit is what follows.
 */
final class TypedNumber {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");

    private TypedNumber() {
    }

    record Reading(BigDecimal value, String unit) {
    }

    static Optional<Reading> read(String typed) {
        String text = SPACES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("")
                .replace('−', '-') // the minus sign is not ASCII even after NFKC
                .toLowerCase(Locale.ROOT);
        if (text.startsWith("ー")) { // "-" typed in the IME's kana mode
            text = "-" + text.substring(1);
        }
        return JapaneseAnswers.quantity(text).map(q -> new Reading(q.value(), q.unit()));
    }

    /** The unit as compared: NFKC (㎝ is cm), no spaces, lower case. */
    static String unit(String unit) {
        return SPACES.matcher(Normalizer.normalize(unit, Normalizer.Form.NFKC)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
