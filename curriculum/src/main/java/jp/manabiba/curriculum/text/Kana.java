package jp.manabiba.curriculum.text;

import com.ibm.icu.text.Transliterator;

/** Kana conversions through ICU's transliterators (one instance each; ICU's are not promised thread-safe). */
final class Kana {

    private static final Transliterator TO_HIRAGANA = Transliterator.getInstance("Katakana-Hiragana");
    private static final Transliterator TO_KATAKANA = Transliterator.getInstance("Hiragana-Katakana");

    private Kana() {
    }

    static String toHiragana(String text) {
        synchronized (TO_HIRAGANA) {
            return TO_HIRAGANA.transliterate(text);
        }
    }

    static String toKatakana(String text) {
        synchronized (TO_KATAKANA) {
            return TO_KATAKANA.transliterate(text);
        }
    }

    static boolean isKana(int cp) {
        var script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || cp == 'ー';
    }

    /** A kanji, or the iteration mark 々 (Unicode puts both in the Han script). */
    static boolean isKanji(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && cp != '〆';
    }
}
