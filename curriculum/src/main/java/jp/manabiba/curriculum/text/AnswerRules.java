package jp.manabiba.curriculum.text;

/**
 * The optional rules of {@link JapaneseAnswers}: whether hiragana and katakana count as the same (a kana
 * question usually says which it wants), and whether Latin letters ignore case.
 */
public record AnswerRules(boolean hiraganaEqualsKatakana, boolean latinIgnoresCase) {

    /** Kana must be of the kind asked for; Latin case does not matter. */
    public static final AnswerRules DEFAULT = new AnswerRules(false, true);

    public AnswerRules withKanaEitherWay() {
        return new AnswerRules(true, latinIgnoresCase);
    }
}
