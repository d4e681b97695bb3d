package jp.manabiba.assignments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One child's result on one assignment, for a teacher's grid (per assignment or per pupil) and its CSV. */
public record PupilResult(long assignmentId, String title, Instant dueAt, long learnerId, String learnerName,
                          SubmissionState state,
                          @Nullable Integer score, int maxScore, boolean late, @Nullable Instant submittedAt) {

    public boolean completed() {
        return state == SubmissionState.SUBMITTED || state == SubmissionState.DONE;
    }
}
