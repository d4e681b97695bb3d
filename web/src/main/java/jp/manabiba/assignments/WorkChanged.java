package jp.manabiba.assignments;

/**
 * A child's piece of work changed (a draft saved, submitted, reviewed): published after the change so that the
 * live session board and the child's other screens can redraw. Relay it like tutoring's SessionBroadcaster.
 */
public record WorkChanged(long submissionId, long learnerId, SubmissionState state) {
}
