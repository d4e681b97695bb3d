package jp.manabiba.assignments;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A reviewed attempt in the history: returned for another try, or done. */
public record AttemptRecord(int attempt, SubmissionState outcome, @Nullable Instant submittedAt, boolean late,
                            @Nullable Integer score, @Nullable String overallComment, Instant reviewedAt, List<Line> lines) {

    public record Line(long questionId, @Nullable String answer, @Nullable Integer score, @Nullable String comment) {
    }
}
