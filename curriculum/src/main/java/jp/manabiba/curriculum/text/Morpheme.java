package jp.manabiba.curriculum.text;

import org.jspecify.annotations.Nullable;

/**
 * One word as Kuromoji found it: where it sits in the analysed text, its reading in hiragana (absent for a word
 * the dictionary does not know), its part of speech and where the word came from.
 */
record Morpheme(int start, int end, String surface, @Nullable String reading, String partOfSpeech, Source source) {

    enum Source { SYSTEM_DICTIONARY, USER_DICTIONARY, UNKNOWN }

    boolean isCounter() {
        return partOfSpeech.contains("助数詞");
    }
}
