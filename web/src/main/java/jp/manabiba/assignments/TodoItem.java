package jp.manabiba.assignments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One card of the child's やること. {@code overdue}: past due and not yet handed in. */
public record TodoItem(long submissionId, long assignmentId, String title, Instant dueAt, SubmissionState state,
                       int attempt, boolean late, boolean overdue, @Nullable Integer score, int maxScore) {
}
