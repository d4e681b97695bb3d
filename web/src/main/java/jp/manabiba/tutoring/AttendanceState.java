package jp.manabiba.tutoring;

/** Where a child is in a session. */
public enum AttendanceState {
    NOT_YET,
    JOINED,
    CHECKED_OUT,
    /** Came, but first joined later than the session's threshold after the start: set when the session closes. */
    LATE,
    ABSENT
}
