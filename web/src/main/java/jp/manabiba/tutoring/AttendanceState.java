package jp.manabiba.tutoring;

/** Where a child is in a session. */
public enum AttendanceState {
    NOT_YET,
    JOINED,
    CHECKED_OUT,
    ABSENT
}
