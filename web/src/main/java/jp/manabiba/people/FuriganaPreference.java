package jp.manabiba.people;

/** Furigana (ruby) on kanji for a learner: on every kanji, on kanji above their grade, or none. */
public enum FuriganaPreference {
    ALL,
    GRADE,
    NONE
}
