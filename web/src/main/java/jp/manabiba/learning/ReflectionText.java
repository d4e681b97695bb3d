package jp.manabiba.learning;

import java.time.Instant;

/** A child's written reflection on one lesson: the lesson, the prompt they answered, their words, when saved. */
public record ReflectionText(String lessonId, String lessonTitle, String prompt, String text, Instant savedAt) {
}
