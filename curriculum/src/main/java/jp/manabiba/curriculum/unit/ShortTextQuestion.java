package jp.manabiba.curriculum.unit;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.manabiba.curriculum.text.AnswerRules;
import jp.manabiba.curriculum.text.JapaneseAnswers;
import org.jspecify.annotations.Nullable;

/** A word or short phrase, right when it is one of {@code accepted} under the question's {@code rules}. */
public record ShortTextQuestion(String id, String prompt, List<String> accepted, Set<AnswerRule> rules)
        implements Question {

    public static final String KIND = "short-text";

    public ShortTextQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        accepted = List.copyOf(accepted);
        rules = Set.copyOf(rules);
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException("a short-text question needs at least one accepted answer");
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    public AnswerRules answerRules() {
        return AnswerRule.toAnswerRules(rules);
    }

    @Override
    public Score score(@Nullable String rawAnswer) {
        if (rawAnswer == null || JapaneseAnswers.normalise(rawAnswer, answerRules()).isEmpty()) {
            return Score.UNANSWERED;
        }
        return JapaneseAnswers.matches(rawAnswer, accepted, answerRules()) ? Score.RIGHT : Score.WRONG;
    }
}
