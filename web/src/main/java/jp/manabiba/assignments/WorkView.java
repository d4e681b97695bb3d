package jp.manabiba.assignments;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A child's piece of work as the child sees it: no correct answers, their drafts with the time each was saved (a FILE
 * question's file as {@code Item.file}),
 * and once reviewed the marks and comments; {@code history} holds the earlier attempts. {@code readOnly} once
 * submitted (until returned) or done. Texts are raw author Markdown: render with ChildText for the child's reader.
 */
public record WorkView(long submissionId, long version, long assignmentId, String title, @Nullable String instructions,
                       Instant dueAt, SubmissionState state, boolean readOnly, int attempt, boolean late,
                       @Nullable Instant savedAt, @Nullable Integer score, int maxScore, @Nullable String overallComment,
                       List<Item> questions, List<AttemptRecord> history) {

    public record Item(long questionId, int position, QuestionKind kind, String prompt, int points, boolean required,
                       List<Option> choices, @Nullable String unit, @Nullable String text, Set<Long> choiceIds,
                       @Nullable Instant savedAt, @Nullable Integer score, @Nullable String comment,
                       @Nullable String problemKey, @Nullable AnswerFile file) {
    }

    public record Option(long id, String label) {
    }
}
