package jp.manabiba.assignments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A submission as the reviewer sees it: each question with the right answer, the child's answer, the automatic
 * mark of closed questions, and the comments so far; a FILE question's
 * file as {@code Item.file} (show it with {@code assignments.ui.AttachedFile}). Send {@code version} back with the review.
 */
public record ReviewView(long submissionId, long version, long assignmentId, String title, long learnerId,
                         String learnerName, SubmissionState state, int attempt, boolean late, @Nullable Instant submittedAt,
                         @Nullable Integer score, int maxScore, @Nullable String overallComment, List<Item> questions,
                         List<AttemptRecord> history) {

    public record Item(long questionId, int position, QuestionKind kind, String prompt, int points,
                       List<AssignmentDetail.ChoiceDetail> choices, @Nullable BigDecimal numberAnswer,
                       List<String> acceptedAnswers, @Nullable String text, Set<Long> choiceIds,
                       @Nullable Integer score, @Nullable String comment, @Nullable AnswerFile file) {
    }
}
