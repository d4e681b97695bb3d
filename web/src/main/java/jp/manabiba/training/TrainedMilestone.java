package jp.manabiba.training;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.manabiba.people.SupporterCategory;

/**
 * The day a supporter became trained, kept once it happened: a module added to a track later must not take back a
 * head count already reported against the targets.
 */
@Entity
@Table(name = "training_trained")
public class TrainedMilestone {

    @Id
    private long supporterId;

    @Enumerated(EnumType.STRING)
    private SupporterCategory category;

    private LocalDate trainedOn;
    private Instant recordedAt;

    protected TrainedMilestone() {
        this.category = SupporterCategory.OTHER_VOLUNTEER;
        this.trainedOn = LocalDate.EPOCH;
        this.recordedAt = Instant.EPOCH;
    }

    TrainedMilestone(long supporterId, SupporterCategory category, LocalDate trainedOn, Instant now) {
        this.supporterId = supporterId;
        this.category = category;
        this.trainedOn = trainedOn;
        this.recordedAt = now;
    }

    public long supporterId() {
        return supporterId;
    }

    public SupporterCategory category() {
        return category;
    }

    public LocalDate trainedOn() {
        return trainedOn;
    }

    /** A completion recorded later with an earlier date moves the day back, never forward. */
    void backdateTo(LocalDate earlier) {
        if (earlier.isBefore(trainedOn)) {
            trainedOn = earlier;
        }
    }
}
