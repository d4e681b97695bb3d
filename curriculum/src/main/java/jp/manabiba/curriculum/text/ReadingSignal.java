package jp.manabiba.curriculum.text;

/** Why an author may want to confirm a word's reading with explicit ruby. */
public enum ReadingSignal {
    /** Kuromoji does not know the word: it got no ruby at all; write {@code {漢字|よみ}}. */
    UNKNOWN_WORD,
    /** The analyser's other likely paths read the same characters differently (e.g. 生 as せい, なま, しょう). */
    SEVERAL_READINGS,
    /** The reading comes from the reading dictionary (content/): authors confirmed it. */
    FROM_READING_DICTIONARY,
    /** A counter after a number (digits or a kanji numeral) whose sound the engine chose from it (3本 → ぼん). */
    COUNTER_AFTER_NUMBER
}
