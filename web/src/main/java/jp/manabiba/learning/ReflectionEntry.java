package jp.manabiba.learning;

/** A child's own words in one reflection activity of a unit. */
public record ReflectionEntry(long learnerId, String unitId, String activityId, String text) {
}
