package jp.manabiba.assignments;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Marks closed questions at submission: all points or none. Single and multiple choice: exactly the right
 * choices. Number: within the tolerance, and in the question's unit when the child typed one. Short text: one of
 * the accepted answers under the author's rules. Long text and files: null, for the tutor.
 */
final class Marking {

    private Marking() {
    }

    static @Nullable Integer score(Question question, @Nullable Answer answer) {
        if (!question.kind().closed()) {
            return null;
        }
        return right(question, answer) ? question.points() : 0;
    }

    static boolean right(Question question, @Nullable Answer answer) {
        if (answer == null || answer.empty()) {
            return false;
        }
        return switch (question.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> answer.choiceIds().equals(correctChoices(question));
            case NUMBER -> rightNumber(question, answer.textAnswer());
            case SHORT_TEXT -> answer.textAnswer() != null
                    && ShortAnswerMatch.matches(answer.textAnswer(), question.acceptedAnswers(), question.rules());
            case LONG_TEXT, FILE -> false;
        };
    }

    private static Set<Long> correctChoices(Question question) {
        return question.choices().stream().filter(Choice::correct).map(Choice::id).collect(Collectors.toSet());
    }

    private static boolean rightNumber(Question question, @Nullable String typed) {
        BigDecimal expected = question.numberAnswer();
        if (typed == null || expected == null) {
            return false;
        }
        return TypedNumber.read(typed).filter(reading -> reading.unit().isEmpty()
                        || (question.unit() != null && reading.unit().equals(TypedNumber.unit(question.unit()))))
                .map(reading -> reading.value().subtract(expected).abs().compareTo(question.numberTolerance()) <= 0)
                .orElse(false);
    }
}
