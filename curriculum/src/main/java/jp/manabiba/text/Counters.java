package jp.manabiba.text;

import java.text.Normalizer;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sound a counter takes after a number written in digits (Kuromoji reads 分 alone as ふん whatever comes
 * before): 1, 6, 8, 10 and 100 make a following h-sound p (いっぷん, じゅっぽん), 3, 1000 and 10000 voice it
 * (さんぼん, せんぼん), and a few counters change after 3 alone (さんがい). Numerals in kanji need none of this:
 * Kuromoji reads them word by word.
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

    /** The counter's reading after {@code digits}, or null when the number does not change it. */
    static @Nullable String readingAfter(String digits, String counter) {
        var sounds = SOUNDS.get(counter);
        if (sounds == null) {
            return null;
        }
        String ascii = Normalizer.normalize(digits, Normalizer.Form.NFKC).replace(",", "");
        if (ascii.isEmpty() || ascii.length() > 15 || !ascii.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long n = Long.parseLong(ascii);
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
