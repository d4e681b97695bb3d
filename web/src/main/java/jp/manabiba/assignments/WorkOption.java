package jp.manabiba.assignments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Something a staff screen offers to choose: a child, a series or an assignment (with its due time). */
public record WorkOption(long id, String name, @Nullable Instant dueAt) {
}
