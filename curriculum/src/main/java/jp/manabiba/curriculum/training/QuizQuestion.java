package jp.manabiba.curriculum.training;

import java.util.Objects;
import jp.manabiba.curriculum.unit.Question;

/** A question of a module's quiz and the explanation shown after the supporter has answered it. */
public record QuizQuestion(Question question, String explanation) {

    public QuizQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(explanation, "explanation");
    }

    public String id() {
        return question.id();
    }
}
