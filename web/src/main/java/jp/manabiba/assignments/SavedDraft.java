package jp.manabiba.assignments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a draft save. {@code savedAt} is what ほぞんしました shows; {@code version} goes with the next save.
 * {@code changedElsewhere}: another tab or device saved since this screen last did; this save still won (the
 * later save wins), and the screen should tell the child and reload the other answers ({@code Answering.open}).
 * {@code problemKey}: the answer was kept but will not do at submission (a number that is not a number).
 */
public record SavedDraft(Instant savedAt, long version, boolean changedElsewhere, @Nullable String problemKey) {
}
