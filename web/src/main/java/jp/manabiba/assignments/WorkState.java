package jp.manabiba.assignments;

/** A child's work for a session at a glance, for the tutor's live board. */
public enum WorkState {
    /** No work given for this session. */
    NONE,
    NOT_STARTED,
    WORKING,
    /** All of it handed in (or done). */
    SUBMITTED
}
