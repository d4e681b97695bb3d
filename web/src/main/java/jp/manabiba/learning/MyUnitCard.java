package jp.manabiba.learning;

import org.jspecify.annotations.Nullable;

/**
 * A unit on the child's home: its Japanese title (ruby markup), lessons done of those offered, the lesson to
 * open next (null when all are done), the first and last lessons offered (where the reader leads the child to
 * the start and end ratings), whether the start and end ratings are given, and the action's state.
 */
public record MyUnitCard(String unitId, String title, int lessonsDone, int lessonsTotal, @Nullable String nextLessonId,
                         String firstLessonId, String lastLessonId, boolean ratedAtStart, boolean ratedAtEnd,
                         @Nullable ActionState action) {

    /** Every lesson offered is finished. */
    public boolean lessonsFinished() {
        return lessonsDone >= lessonsTotal;
    }
}
