package jp.manabiba.assignments;

import java.time.Instant;

/** One line of the author's library. */
public record AssignmentRow(long id, String title, AssignmentState state, Instant dueAt, int questions,
                            Instant createdAt) {
}
