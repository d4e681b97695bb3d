package jp.manabiba.learning;

import java.time.Instant;

/** The lesson a child is on now (the latest they opened or answered in today), titles in the reader's language. */
public record LessonNow(long learnerId, String unitId, String unitTitle, String lessonId, String lessonTitle,
                        Instant seenAt) {
}
