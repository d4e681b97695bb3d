package jp.manabiba.assignments;

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
 * One child's piece of work on one assignment. Its version moves with every draft save, submission and review,
 * so a screen that saw an older version learns that someone else (another tab, another tutor) acted since.
 */
@Entity
@Table(name = "assignment_submission")
class Submission {

    static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private long assignmentId;
    private long learnerId;

    @Enumerated(EnumType.STRING)
    private SubmissionState state = SubmissionState.NEW;

    private int attempt = 1;
    private Instant dueAt;
    private boolean late;
    private @Nullable Instant savedAt;
    private @Nullable Instant submittedAt;
    private @Nullable Instant reviewedAt;
    private @Nullable Long reviewedBy;
    private @Nullable Integer score;
    private int maxScore;
    private @Nullable String overallComment;

    protected Submission() {
        this.dueAt = Instant.EPOCH;
    }

    Submission(long assignmentId, long learnerId, Instant dueAt, int maxScore) {
        this.assignmentId = assignmentId;
        this.learnerId = learnerId;
        this.dueAt = dueAt;
        this.maxScore = maxScore;
    }

    /** A draft was saved: the child is working on it (again, after a return). */
    void saved(Instant at) {
        savedAt = at;
        state = SubmissionState.IN_PROGRESS;
    }

    void submit(Instant at, @Nullable Integer autoScore) {
        state = SubmissionState.SUBMITTED;
        submittedAt = at;
        late = at.isAfter(dueAt);
        score = autoScore;
    }

    void review(@Nullable Integer total, @Nullable String comment, boolean done, long reviewer, Instant at) {
        score = total;
        overallComment = comment;
        reviewedBy = reviewer;
        reviewedAt = at;
        state = done ? SubmissionState.DONE : SubmissionState.RETURNED;
    }

    /** After a return the next attempt starts; what was reviewed is kept as an {@link Attempt}. */
    void nextAttempt() {
        attempt++;
    }

    /** Published work nobody answered yet was changed: its due time and full score follow. */
    void retarget(Instant due, int max) {
        dueAt = due;
        maxScore = max;
    }

    @Nullable Long reviewedBy() {
        return reviewedBy;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    long version() {
        return version;
    }

    long assignmentId() {
        return assignmentId;
    }

    long learnerId() {
        return learnerId;
    }

    SubmissionState state() {
        return state;
    }

    int attempt() {
        return attempt;
    }

    Instant dueAt() {
        return dueAt;
    }

    boolean late() {
        return late;
    }

    @Nullable Instant savedAt() {
        return savedAt;
    }

    @Nullable Instant submittedAt() {
        return submittedAt;
    }

    @Nullable Instant reviewedAt() {
        return reviewedAt;
    }

    @Nullable Integer score() {
        return score;
    }

    int maxScore() {
        return maxScore;
    }

    @Nullable String overallComment() {
        return overallComment;
    }
}
