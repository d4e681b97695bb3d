package jp.manabiba.training;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One submitted quiz of a self-study module, marked on the server: the answers exactly as given (JSON, question id
 * to raw answer), how many were right out of how many, and whether that reached the pass mark. Every attempt is
 * kept, failed ones too; a passed one is the source of its completion.
 */
@Entity
@Table(name = "training_quiz_attempt")
public class QuizAttempt {

    /** The column's length: ten answers of at most {@link QuizAnswers#ANSWER_MAX} characters fit with room. */
    static final int ANSWERS_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long supporterId;
    private long moduleId;
    private String answers;
    private int score;
    private int outOf;
    private boolean passed;
    private Instant submittedAt;

    protected QuizAttempt() {
        this.answers = "{}";
        this.submittedAt = Instant.EPOCH;
    }

    QuizAttempt(long supporterId, long moduleId, String answers, int score, int outOf, boolean passed, Instant now) {
        this.supporterId = supporterId;
        this.moduleId = moduleId;
        this.answers = answers;
        this.score = score;
        this.outOf = outOf;
        this.passed = passed;
        this.submittedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Quiz attempt not saved yet");
        }
        return id;
    }

    public long supporterId() {
        return supporterId;
    }

    public long moduleId() {
        return moduleId;
    }

    /** The answers as given, as JSON: question id to the raw answer. */
    public String answers() {
        return answers;
    }

    public int score() {
        return score;
    }

    public int outOf() {
        return outOf;
    }

    public boolean passed() {
        return passed;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
