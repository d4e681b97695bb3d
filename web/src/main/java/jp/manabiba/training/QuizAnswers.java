package jp.manabiba.training;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jp.manabiba.curriculum.training.Quiz;
import jp.manabiba.curriculum.training.QuizQuestion;
import jp.manabiba.curriculum.unit.ChoiceQuestion;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a submitted quiz may hold, checked before anything is marked or kept: only the quiz's own question ids, a
 * choice only among the choices offered (one for a single choice), no text longer than a field allows, and every
 * question answered (an unanswered one is a slip, not a wrong answer: it is asked again, nothing is kept). The
 * client sends nothing else; the refusals name the question as their field so the screen shows them there.
 */
final class QuizAnswers {

    /** The answer fields' length; a right answer is a word or a number, far shorter. */
    static final int ANSWER_MAX = 200;
    /** A refusal that belongs to no question of the quiz (an id the quiz does not have). */
    static final String QUIZ_FIELD = "quiz";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {
    };

    private QuizAnswers() {
    }

    /** The answers in the quiz's order, stripped, or a refusal. */
    static Map<String, String> check(Quiz quiz, Map<String, String> given) {
        Set<String> ids = new HashSet<>();
        quiz.questions().forEach(item -> ids.add(item.id()));
        if (!ids.containsAll(given.keySet())) {
            throw new InvalidInput(QUIZ_FIELD, "training.quiz.error.unknown-question");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (QuizQuestion item : quiz.questions()) {
            String answer = TextRules.optionalLine(item.id(), given.get(item.id()), ANSWER_MAX);
            if (answer == null) {
                throw new InvalidInput(item.id(), "training.quiz.error.unanswered");
            }
            if (item.question() instanceof ChoiceQuestion choice) {
                requireOffered(choice, answer);
            }
            kept.put(item.id(), answer);
        }
        return kept;
    }

    /** The chosen indexes, comma-separated, each once and among the choices (only one for a single choice). */
    private static void requireOffered(ChoiceQuestion question, String answer) {
        if (!answer.matches("\\d{1,3}(,\\d{1,3})*")) {
            throw new InvalidInput(question.id(), "training.quiz.error.choice");
        }
        Set<Integer> chosen = new HashSet<>();
        for (String part : answer.split(",")) {
            int index = Integer.parseInt(part);
            if (index >= question.choices().size() || !chosen.add(index)) {
                throw new InvalidInput(question.id(), "training.quiz.error.choice");
            }
        }
        if (!question.multiple() && chosen.size() > 1) {
            throw new InvalidInput(question.id(), "training.quiz.error.choice");
        }
    }

    static String toJson(Map<String, String> answers) {
        return JSON.writeValueAsString(answers);
    }

    /** The answers an attempt kept; none for a row that is not the JSON this class writes. */
    static Map<String, String> fromJson(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, ANSWERS);
        } catch (tools.jackson.core.JacksonException unreadable) {
            return Map.of();
        }
    }
}
