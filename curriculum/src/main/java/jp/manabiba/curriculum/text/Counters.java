package jp.manabiba.curriculum.text;

import java.text.Normalizer;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sound a counter takes after a number written in digits (Kuromoji reads 分 alone as ふん whatever comes
 * before): 1, 6, 8, 10 and 100 make a following h-sound p (いっぷん, じゅっぽん), 3, 1000 and 10000 voice it
 * (さんぼん, せんぼん), and a few counters change after 3 alone (さんがい). Kuromoji cuts a kanji numeral into its
 * characters (二十 / 分間), so after a kanji numeral the last character decides (二十分 → にじゅっぷん).
 */
final class Counters {

    /** Reading after 2, 5, 7, 9; after 1/6/8/10/100 ("small tsu"); after 3/1000/10000 ("n"); after 4. */
    private record Sounds(String plain, String smallTsu, String afterN, String afterFour) {
    }

    private static final Map<String, Sounds> SOUNDS = Map.ofEntries(
            Map.entry("分", new Sounds("ふん", "ぷん", "ぷん", "ぷん")),
            Map.entry("本", new Sounds("ほん", "ぽん", "ぼん", "ほん")),
            Map.entry("匹", new Sounds("ひき", "ぴき", "びき", "ひき")),
            Map.entry("杯", new Sounds("はい", "ぱい", "ばい", "はい")),
            Map.entry("発", new Sounds("はつ", "ぱつ", "ぱつ", "はつ")),
            Map.entry("泊", new Sounds("はく", "ぱく", "ぱく", "はく")),
            Map.entry("階", new Sounds("かい", "かい", "がい", "かい")),
            Map.entry("軒", new Sounds("けん", "けん", "げん", "けん")),
            Map.entry("足", new Sounds("そく", "そく", "ぞく", "そく")));

    private Counters() {
    }

    private static final String KANJI_NUMERALS = "〇一二三四五六七八九";
    private static final Map<Character, Long> KANJI_POWERS = Map.of('十', 10L, '百', 100L, '千', 1000L, '万', 10000L);

    /** True for a token written in digits (1, ３, 1,000) or ending in a kanji numeral (三, 二十). */
    static boolean isNumber(String token) {
        return value(token) >= 0;
    }

    /**
     * The reading of {@code counter} (a counter word such as 分 or 分間, whose reading Kuromoji gave as
     * {@code reading}) after {@code number}, or null when the number does not change it.
     */
    static @Nullable String readingAfter(String number, String counter, @Nullable String reading) {
        var sounds = counter.isEmpty() ? null : SOUNDS.get(counter.substring(0, 1));
        long n = value(number);
        if (sounds == null || n < 0) {
            return null;
        }
        String rest = "";
        if (counter.length() > 1) {
            if (reading == null || !reading.startsWith(sounds.plain())) {
                return null;
            }
            rest = reading.substring(sounds.plain().length());
        }
        return sound(sounds, n) + rest;
    }

    /** The number's value as far as the counter's sound goes, or -1 when it is not a number. */
    private static long value(String token) {
        String ascii = Normalizer.normalize(token, Normalizer.Form.NFKC).replace(",", "");
        if (!ascii.isEmpty() && ascii.length() <= 15 && ascii.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.parseLong(ascii);
        }
        if (token.isEmpty()) {
            return -1;
        }
        char last = token.charAt(token.length() - 1);
        int digit = KANJI_NUMERALS.indexOf(last);
        if (digit >= 0) {
            return digit;
        }
        return KANJI_POWERS.getOrDefault(last, -1L);
    }

    private static String sound(Sounds sounds, long n) {
        if (n == 0) {
            return sounds.plain();
        }
        long last = n % 10;
        if (last != 0) {
            return switch ((int) last) {
                case 1, 6, 8 -> sounds.smallTsu();
                case 3 -> sounds.afterN();
                case 4 -> sounds.afterFour();
                default -> sounds.plain();
            };
        }
        if (n % 100 != 0 || n % 1000 != 0) {
            return sounds.smallTsu();
        }
        return sounds.afterN();
    }
}
