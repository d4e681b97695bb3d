package jp.manabiba.tutoring;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The tutor's live board of one session: every enrolled child, and the raised hands in order of arrival. */
public record BoardState(long sessionId, String title, Instant startsAt, Instant endsAt, boolean ended,
                         @Nullable String cancelledReason, List<Child> children, List<Hand> hands) {

    /**
     * @param version  the attendance's version, sent back with a correction so no change is lost
     * @param joinedAt the first join, shown from the moment the child joins (the minutes come only at the end)
     */
    public record Child(long learnerId, String name, AttendanceState state, long version, @Nullable Instant joinedAt,
                        @Nullable Integer minutes, @Nullable String plan, @Nullable String privateNote) {
    }

    public record Hand(long id, long learnerId, String name, Instant raisedAt) {
    }
}
