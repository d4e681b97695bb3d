package jp.manabiba.assignments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A reviewed attempt as it was: its answers, marks and comments. Written once, never changed. */
@Entity
@Immutable
@Table(name = "assignment_attempt")
class Attempt {

    @Embeddable
    record Line(long questionId, @Nullable String answer, @Nullable Integer score, @Nullable String comment) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long submissionId;
    private int attempt;
    private String outcome;
    private @Nullable Instant submittedAt;
    private boolean late;
    private @Nullable Integer score;
    private @Nullable String overallComment;
    private Instant reviewedAt;
    private @Nullable Long reviewedBy;

    @ElementCollection
    @CollectionTable(name = "assignment_attempt_answer", joinColumns = @JoinColumn(name = "attempt_id"))
    private List<Line> lines = new ArrayList<>();

    protected Attempt() {
        this.outcome = "";
        this.reviewedAt = Instant.EPOCH;
    }

    Attempt(Submission reviewed, List<Line> lines) {
        this.submissionId = reviewed.id();
        this.attempt = reviewed.attempt();
        this.outcome = reviewed.state().name();
        this.submittedAt = reviewed.submittedAt();
        this.late = reviewed.late();
        this.score = reviewed.score();
        this.overallComment = reviewed.overallComment();
        this.reviewedAt = reviewed.reviewedAt() == null ? Instant.EPOCH : reviewed.reviewedAt();
        this.reviewedBy = reviewed.reviewedBy();
        this.lines.addAll(lines);
    }

    AttemptRecord toRecord() {
        return new AttemptRecord(attempt, SubmissionState.valueOf(outcome), submittedAt, late, score, overallComment,
                reviewedAt, lines.stream().map(l -> new AttemptRecord.Line(l.questionId(), l.answer(), l.score(), l.comment()))
                        .toList());
    }
}
