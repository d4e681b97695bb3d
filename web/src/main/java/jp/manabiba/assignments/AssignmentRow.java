package jp.manabiba.assignments;

import java.time.Instant;

/** One line of the author's library; {@code children}: how many have the work (0 for a draft). */
public record AssignmentRow(long id, String title, AssignmentState state, Instant dueAt, int questions,
                            Instant createdAt, int children) {
}
