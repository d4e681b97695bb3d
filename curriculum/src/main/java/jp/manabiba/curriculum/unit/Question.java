package jp.manabiba.curriculum.unit;

import org.jspecify.annotations.Nullable;

/**
 * An activity with a right answer. Each kind marks what the child entered, exactly as it was stored, with the same
 * normalisation as assignments ({@link jp.manabiba.curriculum.text.JapaneseAnswers}).
 */
public sealed interface Question extends Activity permits ChoiceQuestion, NumberQuestion, ShortTextQuestion {

    Score score(@Nullable String rawAnswer);
}
