package jp.manabiba.assignments;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Compares a short answer with the accepted ones under the author's switches ({@link ShortAnswerRules}). Latin
 * letters ignore case always, as curriculum's JapaneseAnswers does; that class applies width and spaces always,
 * which is why the switches are applied here, one step each.
 */
final class ShortAnswerMatch {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");
    private static final Pattern DASH_AFTER_KANA =
            Pattern.compile("(?<=[\\p{IsHiragana}\\p{IsKatakana}])[-‐‑‒–—―−ｰ~〜～]");
    // ICU's transliterators are not safe for concurrent use: one per thread
    private static final ThreadLocal<Transliterator> TO_HIRAGANA =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Katakana-Hiragana"));

    private ShortAnswerMatch() {
    }

    static boolean matches(String typed, List<String> accepted, ShortAnswerRules rules) {
        String answer = normalise(typed, rules);
        return !answer.isEmpty() && accepted.stream().anyMatch(a -> normalise(a, rules).equals(answer));
    }

    static String normalise(String text, ShortAnswerRules rules) {
        String result = text.strip();
        if (rules.width()) {
            result = Normalizer.normalize(result, Normalizer.Form.NFKC);
            result = DASH_AFTER_KANA.matcher(result).replaceAll("ー");
        }
        result = rules.spaces() ? SPACES.matcher(result).replaceAll("") : result.strip();
        if (rules.kana()) {
            result = TO_HIRAGANA.get().transliterate(result);
        }
        return result.toLowerCase(Locale.ROOT);
    }
}
