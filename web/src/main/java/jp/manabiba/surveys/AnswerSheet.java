package jp.manabiba.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;

/**
 * The answers a respondent sends, checked against the questions they were asked, without Spring: a step or option
 * that exists, at most one for a single choice, free text within its length, and (when handing in) every required
 * question answered. Refusals name the field {@code answer.<questionId>}; an answer to a question of another
 * survey is {@link #foreign}.
 */
final class AnswerSheet {

    static final int FREE_TEXT_MAX = 2000;

    private AnswerSheet() {
    }

    /** The answers kept: empty ones dropped, texts stripped. */
    static Map<Long, Answer> check(List<Question> questions, Map<Long, Answer> answers, boolean handingIn) {
        Map<Long, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        for (long id : answers.keySet()) {
            if (!byId.containsKey(id)) {
                throw foreign();
            }
        }
        Map<Long, Answer> kept = new LinkedHashMap<>();
        for (Question q : questions) {
            Answer answer = answers.get(q.id());
            String field = "answer." + q.id();
            if (answer == null || answer.empty()) {
                if (handingIn && q.required()) {
                    throw new InvalidInput(field, "surveys.error.required");
                }
                continue;
            }
            kept.put(q.id(), checked(q, answer, field));
        }
        return kept;
    }

    private static Answer checked(Question q, Answer answer, String field) {
        int options = q.kind() == QuestionKind.LIKERT ? SurveyRules.LIKERT_STEPS : q.optionCount();
        return switch (q.kind()) {
            case LIKERT, SINGLE -> {
                Integer choice = answer.choice();
                if (choice == null || choice < 1 || choice > options || !answer.choices().isEmpty()) {
                    throw new InvalidInput(field, "surveys.error.choice");
                }
                yield Answer.choice(choice);
            }
            case MULTIPLE -> {
                Set<Integer> choices = answer.choices();
                if (answer.choice() != null || choices.stream().anyMatch(c -> c < 1 || c > options)) {
                    throw new InvalidInput(field, "surveys.error.choice");
                }
                yield Answer.choices(choices);
            }
            case FREE_TEXT -> Answer.text(TextRules.text(field, answer.text(), FREE_TEXT_MAX));
        };
    }

    static InvalidInput foreign() {
        return new InvalidInput("answers", "surveys.error.stale");
    }
}
