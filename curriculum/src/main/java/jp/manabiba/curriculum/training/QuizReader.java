package jp.manabiba.curriculum.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.manabiba.curriculum.unit.PackageParts;
import jp.manabiba.curriculum.unit.YamlMap;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code quiz:}: the pass mark and {@value Quiz#FEWEST}-{@value Quiz#MOST} questions, each a question activity
 * of the unit format (choice, multiple choice, number, short-text, with their answer rules) plus an explanation.
 */
final class QuizReader {

    static final Set<String> FIELDS = Set.of("passMark", "questions");
    static final String EXPLANATION = "explanation";

    private QuizReader() {
    }

    static Optional<Quiz> read(YamlMap module) {
        var quiz = module.map("quiz", true, FIELDS);
        if (quiz.isEmpty()) {
            return Optional.empty();
        }
        var problems = module.problems();
        int before = problems.count();
        var passMark = quiz.get().integer("passMark", true).filter(mark -> {
            boolean ok = mark >= 0 && mark <= 100;
            if (!ok) {
                problems.at(quiz.get().value("passMark", true).orElseThrow(),
                        "quiz passMark is a percent, 0-100, not " + mark);
            }
            return ok;
        });
        var questions = questions(quiz.get());
        if (problems.count() != before) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(passMark.orElseThrow(), questions.orElseThrow()));
    }

    private static Optional<List<QuizQuestion>> questions(YamlMap quiz) {
        var problems = quiz.problems();
        var items = quiz.list("questions", true);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().size() < Quiz.FEWEST || items.get().size() > Quiz.MOST) {
            problems.at(quiz.value("questions", true).orElseThrow(), "a quiz has " + Quiz.FEWEST + "-" + Quiz.MOST
                    + " questions, this one " + items.get().size());
        }
        var ids = new HashSet<String>();
        var questions = new ArrayList<QuizQuestion>();
        for (Node item : items.get()) {
            YamlMap.peek(item, "id").ifPresent(id -> {
                if (!ids.add(id.getValue())) {
                    problems.at(id, "duplicate question id '" + id.getValue() + "' in the quiz");
                }
            });
            var explanation = explanation(item, quiz);
            var question = PackageParts.question(item, "quiz", Set.of(EXPLANATION), problems);
            if (question.isPresent() && explanation.isPresent()) {
                questions.add(new QuizQuestion(question.get(), explanation.get()));
            }
        }
        return Optional.of(questions);
    }

    /** Shown after answering: required, one text, ruby checked. */
    private static Optional<String> explanation(Node item, YamlMap quiz) {
        var problems = quiz.problems();
        String what = YamlMap.peek(item, "id").map(id -> "question " + id.getValue()).orElse("a question");
        var node = YamlMap.peek(item, EXPLANATION);
        if (node.isEmpty()) {
            problems.at(item, what + ": 'explanation' is missing (shown after answering)");
            return Optional.empty();
        }
        var text = YamlMap.scalarText(node.get(), what + ": explanation", problems);
        text.ifPresent(value -> PackageParts.checkRuby(value, node.get(), what + " explanation", problems));
        return text;
    }
}
