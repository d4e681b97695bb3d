package jp.manabiba.assignments;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A question as the author writes it. Fields that do not apply to its kind are ignored. Numbers are typed text
 * (read through NFKC, so {@code １２．５} is 12.5); a blank tolerance is 0.
 */
public record QuestionDraft(QuestionKind kind, String prompt, int points, boolean required, List<ChoiceDraft> choices,
                            @Nullable String numberAnswer, @Nullable String numberTolerance, @Nullable String unit,
                            List<String> acceptedAnswers, ShortAnswerRules rules) {

    public static QuestionDraft choice(boolean multiple, String prompt, int points, ChoiceDraft... choices) {
        return new QuestionDraft(multiple ? QuestionKind.MULTIPLE_CHOICE : QuestionKind.SINGLE_CHOICE, prompt, points,
                true, List.of(choices), null, null, null, List.of(), ShortAnswerRules.DEFAULT);
    }

    public static QuestionDraft number(String prompt, int points, String answer, @Nullable String tolerance,
                                       @Nullable String unit) {
        return new QuestionDraft(QuestionKind.NUMBER, prompt, points, true, List.of(), answer, tolerance, unit, List.of(),
                ShortAnswerRules.DEFAULT);
    }

    public static QuestionDraft shortText(String prompt, int points, ShortAnswerRules rules, String... accepted) {
        return new QuestionDraft(QuestionKind.SHORT_TEXT, prompt, points, true, List.of(), null, null, null,
                List.of(accepted), rules);
    }

    /** A long text or a file: marked by the tutor. */
    public static QuestionDraft open(QuestionKind kind, String prompt, int points, boolean required) {
        return new QuestionDraft(kind, prompt, points, required, List.of(), null, null, null, List.of(),
                ShortAnswerRules.DEFAULT);
    }
}
