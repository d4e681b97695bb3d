package jp.manabiba.training;

import java.util.List;

import jp.manabiba.curriculum.training.QuizQuestion;
import jp.manabiba.curriculum.unit.ChoiceQuestion;
import jp.manabiba.curriculum.unit.NumberQuestion;
import jp.manabiba.curriculum.unit.ShortTextQuestion;

/** A quiz's questions as the screen asks them: never the right answers, which stay on the server. */
final class QuizItems {

    private QuizItems() {
    }

    static QuizItem of(QuizQuestion item) {
        return switch (item.question()) {
            case ChoiceQuestion choice -> new QuizItem(choice.id(), choice.kind(), choice.prompt(), choice.choices(),
                    choice.multiple(), "", QuizAnswers.ANSWER_MAX);
            case NumberQuestion number -> new QuizItem(number.id(), number.kind(), number.prompt(), List.of(), false,
                    number.unit(), QuizAnswers.ANSWER_MAX);
            case ShortTextQuestion text -> new QuizItem(text.id(), text.kind(), text.prompt(), List.of(), false, "",
                    QuizAnswers.ANSWER_MAX);
        };
    }
}
