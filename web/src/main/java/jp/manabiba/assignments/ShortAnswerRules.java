package jp.manabiba.assignments;

/**
 * What the author lets count as the same short answer: full- and half-width alike (NFKC, also a dash typed for
 * the long vowel), hiragana and katakana alike, spaces not counting.
 */
public record ShortAnswerRules(boolean width, boolean kana, boolean spaces) {

    /** Width and spaces forgiven, kana as asked: what a teacher marking on paper would do. */
    public static final ShortAnswerRules DEFAULT = new ShortAnswerRules(true, false, true);
}
