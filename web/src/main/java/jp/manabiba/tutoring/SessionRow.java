package jp.manabiba.tutoring;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A session in a list: when, what, where, how full, and how many came.
 *
 * @param supporterNotReady a supporter of the session will not be ready (training missing or expired) on its day:
 *                          flagged on the coordinator's list, the session itself is left as it is
 */
public record SessionRow(long id, String title, Instant startsAt, Instant endsAt, String place, boolean online,
                         int enrolled, int capacity, int attended, @Nullable String cancelledReason, boolean ended,
                         boolean supporterNotReady) {

    public SessionRow(long id, String title, Instant startsAt, Instant endsAt, String place, boolean online,
                      int enrolled, int capacity, int attended, @Nullable String cancelledReason, boolean ended) {
        this(id, title, startsAt, endsAt, place, online, enrolled, capacity, attended, cancelledReason, ended, false);
    }

    SessionRow flagged() {
        return new SessionRow(id, title, startsAt, endsAt, place, online, enrolled, capacity, attended, cancelledReason,
                ended, true);
    }
}
