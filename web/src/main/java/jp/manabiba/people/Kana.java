package jp.manabiba.people;

import jp.manabiba.i18n.InvalidInput;

/** Readings (フリガナ) are written in kana: hiragana or katakana, with spaces and the long-vowel mark. */
public final class Kana {

    private static final String KANA = "[\\p{IsHiragana}\\p{IsKatakana}ー・ 　]+";

    private Kana() {
    }

    public static boolean isKana(String value) {
        return value.strip().matches(KANA);
    }

    static void require(String field, String value) {
        if (!isKana(value)) {
            throw new InvalidInput(field, "validation.kana");
        }
    }
}
