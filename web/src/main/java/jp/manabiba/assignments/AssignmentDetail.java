package jp.manabiba.assignments;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An assignment as its author and the staff who may see it read it (correct answers included): for the editor,
 * the preview and the copy. {@code frozen}: a child has answered, so its questions can no longer change. {@code mine}: the caller wrote it;
 * {@code editable}: the caller may change it (their own, or work of an organisation they coordinate).
 */
public record AssignmentDetail(long id, long version, @Nullable Long organisationId, String title,
                               @Nullable String instructions, LocalDateTime due, AssignmentState state, boolean frozen,
                               boolean mine, boolean editable,
                               List<QuestionDetail> questions, Set<Long> learnerIds, Set<Long> seriesIds,
                               @Nullable Long copiedFromId) {

    public record QuestionDetail(long id, int position, QuestionKind kind, String prompt, int points, boolean required,
                                 List<ChoiceDetail> choices, @Nullable BigDecimal numberAnswer, BigDecimal numberTolerance,
                                 @Nullable String unit, List<String> acceptedAnswers, ShortAnswerRules rules) {

        public QuestionDraft toDraft() {
            return new QuestionDraft(kind, prompt, points, required,
                    choices.stream().map(c -> new ChoiceDraft(c.label(), c.correct())).toList(),
                    numberAnswer == null ? null : numberAnswer.toPlainString(), numberTolerance.toPlainString(), unit,
                    acceptedAnswers, rules);
        }
    }

    public record ChoiceDetail(long id, String label, boolean correct) {
    }

    /** The same content as a form's draft, to edit or copy. */
    public AssignmentDraft toDraft() {
        return new AssignmentDraft(organisationId, title, instructions, due,
                questions.stream().map(QuestionDetail::toDraft).toList(), learnerIds, seriesIds);
    }
}
