package jp.manabiba.tutoring;

import org.jspecify.annotations.Nullable;

/**
 * Something happened in a session: a join, a raised hand, a correction. {@code learnerId} names the child it is
 * about, or is null for the whole session (ended, cancelled): a child's screen redraws only for its own changes
 * and the session's, the tutors' boards for all.
 */
public record SessionChanged(long sessionId, @Nullable Long learnerId) {

    public static SessionChanged whole(long sessionId) {
        return new SessionChanged(sessionId, null);
    }

    public boolean concerns(long learner) {
        return learnerId == null || learnerId == learner;
    }
}
