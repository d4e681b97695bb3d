package jp.manabiba.training;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A module completed on a day, and how it was proved. Never changed or deleted: a renewal is a new completion, so
 * the history stays whole and a figure once reported can be made again.
 */
@Entity
@Table(name = "training_completion")
public class Completion {

    public static final int NOTE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long supporterId;
    private long moduleId;
    private LocalDate completedOn;
    private @Nullable LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    private CompletionMethod method;

    private @Nullable Long sourceId;
    private @Nullable Long recordedBy;
    private @Nullable String note;
    private Instant recordedAt;

    protected Completion() {
        this.completedOn = LocalDate.EPOCH;
        this.method = CompletionMethod.RECORDED;
        this.recordedAt = Instant.EPOCH;
    }

    Completion(long supporterId, TrainingModule module, LocalDate completedOn, CompletionMethod method,
               @Nullable Long sourceId, @Nullable Long recordedBy, @Nullable String note, Instant now) {
        this.supporterId = supporterId;
        this.moduleId = module.id();
        this.completedOn = completedOn;
        this.expiresOn = module.expiryFor(completedOn);
        this.method = method;
        this.sourceId = sourceId;
        this.recordedBy = recordedBy;
        this.note = note;
        this.recordedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Completion not saved yet");
        }
        return id;
    }

    public long supporterId() {
        return supporterId;
    }

    public long moduleId() {
        return moduleId;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public @Nullable LocalDate expiresOn() {
        return expiresOn;
    }

    public CompletionMethod method() {
        return method;
    }

    public @Nullable Long sourceId() {
        return sourceId;
    }

    public @Nullable String note() {
        return note;
    }

    /** Whether it counts on a day: done by then and not yet expired (the expiry day itself no longer counts). */
    public boolean validOn(LocalDate day) {
        return !completedOn.isAfter(day) && (expiresOn == null || expiresOn.isAfter(day));
    }
}
