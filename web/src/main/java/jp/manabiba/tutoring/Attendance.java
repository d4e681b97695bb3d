package jp.manabiba.tutoring;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A child's attendance at one session. Joining twice changes nothing; joining again after checking out (a
 * dropped connection) keeps the first join time; the minutes are written when the session ends.
 */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private long sessionId;
    private long learnerId;

    @Enumerated(EnumType.STRING)
    private AttendanceState state;

    private @Nullable Instant firstJoinedAt;
    private @Nullable Instant leftAt;
    private @Nullable Integer minutes;

    protected Attendance() {
        this.state = AttendanceState.NOT_YET;
    }

    Attendance(long sessionId, long learnerId) {
        this.sessionId = sessionId;
        this.learnerId = learnerId;
        this.state = AttendanceState.NOT_YET;
    }

    void join(Instant now) {
        if (state == AttendanceState.JOINED) {
            return;
        }
        if (firstJoinedAt == null) {
            firstJoinedAt = now;
        }
        leftAt = null;
        state = AttendanceState.JOINED;
    }

    void checkOut(Instant now) {
        if (state == AttendanceState.JOINED) {
            state = AttendanceState.CHECKED_OUT;
            leftAt = now;
        }
    }

    /** A tutor's correction; the history keeps who, when, why and what it was. */
    AttendanceCorrection correct(AttendanceState to, String reason, @Nullable Long by, Instant now, Instant sessionStart) {
        AttendanceCorrection correction = new AttendanceCorrection(id(), state, to, reason, by, now);
        if ((to == AttendanceState.JOINED || to == AttendanceState.LATE) && firstJoinedAt == null) {
            firstJoinedAt = sessionStart; // present by the tutor's word: counted from the start
        }
        if (to == AttendanceState.ABSENT || to == AttendanceState.NOT_YET) {
            firstJoinedAt = null;
            leftAt = null;
        }
        if (to == AttendanceState.CHECKED_OUT && leftAt == null) {
            leftAt = now;
        }
        state = to;
        return correction;
    }

    /**
     * Writes the minutes of support when the session ends: from the later of the join and the start to the
     * earlier of leaving and the end; a session that runs past midnight is one span like any other. A child whose
     * first join came more than {@code lateAfter} after the start is late; one who never came is absent.
     */
    void close(Instant sessionStart, Instant sessionEnd, Duration lateAfter) {
        if (firstJoinedAt == null) {
            state = AttendanceState.ABSENT;
            minutes = 0;
            return;
        }
        Instant from = firstJoinedAt.isAfter(sessionStart) ? firstJoinedAt : sessionStart;
        Instant until = leftAt != null && leftAt.isBefore(sessionEnd) ? leftAt : sessionEnd;
        minutes = until.isAfter(from) ? (int) Duration.between(from, until).toMinutes() : 0;
        if (state == AttendanceState.JOINED) {
            leftAt = until;
        }
        // a tutor who marked the child late is believed even when the join time (their word) says otherwise
        boolean late = state == AttendanceState.LATE || firstJoinedAt.isAfter(sessionStart.plus(lateAfter));
        state = late ? AttendanceState.LATE : AttendanceState.CHECKED_OUT;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Attendance not saved yet");
        }
        return id;
    }

    public long version() {
        return version;
    }

    public long sessionId() {
        return sessionId;
    }

    public long learnerId() {
        return learnerId;
    }

    public AttendanceState state() {
        return state;
    }

    public @Nullable Instant firstJoinedAt() {
        return firstJoinedAt;
    }

    public @Nullable Integer minutes() {
        return minutes;
    }
}
