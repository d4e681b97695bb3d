package jp.manabiba.curriculum.training;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.manabiba.curriculum.unit.Score;

/**
 * A module's check quiz: {@value #FEWEST}-{@value #MOST} questions and the pass mark in percent. Marking is the
 * server's: the raw answers as stored, per question id, the same form as the ESD activities.
 */
public record Quiz(int passMark, List<QuizQuestion> questions) {

    public static final int FEWEST = 5;
    public static final int MOST = 10;

    public Quiz {
        Objects.requireNonNull(questions, "questions");
        questions = List.copyOf(questions);
        if (passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("a pass mark is 0-100 percent, not " + passMark);
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a quiz has questions");
        }
    }

    /** Marks {@code answers} (question id to the raw answer; a missing one is unanswered, so not right). */
    public QuizResult mark(Map<String, String> answers) {
        int right = (int) questions.stream()
                .filter(item -> item.question().score(answers.get(item.id())) == Score.RIGHT).count();
        int percent = right * 100 / questions.size();
        return new QuizResult(right, questions.size(), percent, percent >= passMark);
    }
}
