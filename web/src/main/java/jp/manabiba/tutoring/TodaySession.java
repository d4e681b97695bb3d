package jp.manabiba.tutoring;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a child's home shows of today's session: when, where or online, the tutors' given names, whether the join
 * button works now, whether the session is over (ended by a tutor or past its end), whether they have joined, their hand, today's plan, a cancellation's reason, and (while
 * the join is open) the meeting link.
 */
public record TodaySession(long id, long learnerId, String title, Instant startsAt, Instant endsAt, @Nullable String site,
                           boolean online, List<String> tutors, boolean joinOpen, boolean over, AttendanceState state,
                           HandState hand, @Nullable String plan, @Nullable String cancelledReason,
                           @Nullable String meetingUrl) {

    /** A child's raised hand: down, up and waiting, or seen by the tutor. */
    public enum HandState {
        DOWN,
        RAISED,
        ANSWERED
    }
}
