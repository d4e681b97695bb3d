package jp.manabiba.tutoring;

import org.jspecify.annotations.Nullable;

/**
 * A coordinator enrolled a child in a session; {@code seriesId} is its series, or null for a single session. Work
 * given to a series reaches a child enrolled later through this event, not through someone opening a screen.
 */
public record LearnerEnrolled(long sessionId, @Nullable Long seriesId, long learnerId) {
}
