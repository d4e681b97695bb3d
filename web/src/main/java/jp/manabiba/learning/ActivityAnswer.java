package jp.manabiba.learning;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.manabiba.curriculum.unit.Score;
import org.jspecify.annotations.Nullable;

/**
 * A child's latest answer to one activity, keyed by the activity's stable id, saved as they type.
 */
@Entity
@Table(name = "activity_answer")
class ActivityAnswer {

    /** The column; each kind has its own, smaller limit (AnswerRules). */
    static final int ANSWER_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private long learnerId;
    private String unitId;
    private String activityId;
    private String kind;
    private @Nullable String answer;

    @Enumerated(EnumType.STRING)
    private @Nullable Score score;

    private Instant savedAt;

    protected ActivityAnswer() {
        this.unitId = "";
        this.activityId = "";
        this.kind = "";
        this.savedAt = Instant.EPOCH;
    }

    ActivityAnswer(long learnerId, String unitId, String activityId, String kind) {
        this.learnerId = learnerId;
        this.unitId = unitId;
        this.activityId = activityId;
        this.kind = kind;
        this.savedAt = Instant.EPOCH;
    }

    void keep(@Nullable String newAnswer, @Nullable Score newScore, Instant now) {
        answer = newAnswer;
        score = newScore;
        savedAt = now.truncatedTo(ChronoUnit.MICROS); // what DATETIME(6) keeps: the same time before and after a reload
    }

    long version() {
        return version;
    }

    String activityId() {
        return activityId;
    }

    @Nullable String answer() {
        return answer;
    }

    @Nullable Score score() {
        return score;
    }

    Instant savedAt() {
        return savedAt;
    }
}
