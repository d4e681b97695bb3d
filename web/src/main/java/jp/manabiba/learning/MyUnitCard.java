package jp.manabiba.learning;

import org.jspecify.annotations.Nullable;

/**
 * A unit on the child's home: its Japanese title (ruby markup), lessons done of those offered, the lesson to
 * open next (null when all are done), whether the start and end ratings are given, and the action's state.
 */
public record MyUnitCard(String unitId, String title, int lessonsDone, int lessonsTotal, @Nullable String nextLessonId,
                         boolean ratedAtStart, boolean ratedAtEnd, @Nullable ActionState action) {
}
