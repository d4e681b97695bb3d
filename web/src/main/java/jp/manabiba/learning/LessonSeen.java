package jp.manabiba.learning;

/**
 * A child is in a lesson now: they opened it, saved an answer in it or finished it. Published so that the tutor's
 * live board can show which lesson each child is on; relayed after commit by {@link LessonBroadcaster}.
 */
public record LessonSeen(long learnerId, String unitId, String lessonId) {
}
