package jp.manabiba.learning;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A child's way through one lesson, keyed by the lesson's stable id: opened, and once finished, when. */
@Entity
@Table(name = "lesson_progress")
class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private long learnerId;
    private String unitId;
    private String lessonId;
    private Instant openedAt;
    private @Nullable Instant finishedAt;
    private Instant seenAt;

    protected LessonProgress() {
        this.unitId = "";
        this.lessonId = "";
        this.openedAt = Instant.EPOCH;
        this.seenAt = Instant.EPOCH;
    }

    LessonProgress(long learnerId, String unitId, String lessonId, Instant now) {
        this.learnerId = learnerId;
        this.unitId = unitId;
        this.lessonId = lessonId;
        this.openedAt = now;
        this.seenAt = now;
    }

    /** The child is in this lesson now (opened it again, saved an answer in it): what the tutor's board shows. */
    void seen(Instant now) {
        seenAt = now;
    }

    /** Finishing again keeps the first time: the child came back to read it once more. */
    void finish(Instant now) {
        if (finishedAt == null) {
            finishedAt = now;
        }
        seenAt = now;
    }

    String lessonId() {
        return lessonId;
    }

    boolean finished() {
        return finishedAt != null;
    }

    @Nullable Instant finishedAt() {
        return finishedAt;
    }
}
