package jp.manabiba.assignments;

/** Where one child's piece of work stands: the states the child sees on やること and the tutor in the queue. */
public enum SubmissionState {
    NEW,
    IN_PROGRESS,
    SUBMITTED,
    RETURNED,
    DONE;

    /** The child may still change answers: not while a tutor has it, nor once it is done. */
    public boolean open() {
        return this == NEW || this == IN_PROGRESS || this == RETURNED;
    }
}
