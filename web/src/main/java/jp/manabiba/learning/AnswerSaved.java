package jp.manabiba.learning;

import java.time.Instant;

import jp.manabiba.curriculum.unit.Score;
import org.jspecify.annotations.Nullable;

/** What an autosave tells the reader: when the answer was kept, its version, and for a question its mark. */
public record AnswerSaved(String activityId, Instant savedAt, long version, @Nullable Score score) {
}
