package jp.manabiba.learning;

import java.util.HashSet;
import java.util.Set;

import jp.manabiba.curriculum.unit.Activity;
import jp.manabiba.curriculum.unit.ChoiceQuestion;
import jp.manabiba.curriculum.unit.CommunityAction;
import jp.manabiba.curriculum.unit.LookAround;
import jp.manabiba.curriculum.unit.NumberQuestion;
import jp.manabiba.curriculum.unit.Reflection;
import jp.manabiba.curriculum.unit.ShortTextQuestion;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * What a child's answer to each kind of activity may be, as stored: the refusals name the activity's id as their
 * field, so the reader shows the message under that activity. Blank is allowed (a draft the child cleared).
 */
final class AnswerRules {

    static final int LOOK_AROUND_MAX = 1000;
    static final int SHORT_TEXT_MAX = 200;
    static final int NUMBER_MAX = 40;

    private AnswerRules() {
    }

    /** The answer as it is kept (stripped; null for blank), or a refusal. */
    static @Nullable String check(Activity activity, @Nullable String answer) {
        String field = activity.id();
        return switch (activity) {
            case Reflection reflection -> TextRules.optionalText(field, answer, reflection.maxLength());
            case LookAround lookAround -> TextRules.optionalText(field, answer, LOOK_AROUND_MAX);
            case ShortTextQuestion question -> TextRules.optionalLine(field, answer, SHORT_TEXT_MAX);
            case NumberQuestion question -> TextRules.optionalLine(field, answer, NUMBER_MAX);
            case ChoiceQuestion question -> choice(question, answer);
            case CommunityAction action -> throw new InvalidInput(field, "learning.error.action-not-an-answer");
        };
    }

    /** The chosen indexes, comma-separated, each once and within the choices (one only for a single choice). */
    private static @Nullable String choice(ChoiceQuestion question, @Nullable String answer) {
        String kept = TextRules.optionalLine(question.id(), answer, NUMBER_MAX);
        if (kept == null) {
            return null;
        }
        if (!kept.matches("\\d{1,3}(,\\d{1,3})*")) {
            throw new InvalidInput(question.id(), "learning.error.choice");
        }
        Set<Integer> chosen = new HashSet<>();
        for (String part : kept.split(",")) {
            int index = Integer.parseInt(part);
            if (index >= question.choices().size() || !chosen.add(index)) {
                throw new InvalidInput(question.id(), "learning.error.choice");
            }
        }
        if (!question.multiple() && chosen.size() > 1) {
            throw new InvalidInput(question.id(), "learning.error.choice");
        }
        return kept;
    }
}
