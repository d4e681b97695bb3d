package jp.manabiba.assignments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One submission waiting for review. */
public record QueueRow(long submissionId, long assignmentId, String title, long learnerId, String learnerName,
                       @Nullable Instant submittedAt, boolean late, int attempt, @Nullable Integer autoScore, int maxScore) {
}
