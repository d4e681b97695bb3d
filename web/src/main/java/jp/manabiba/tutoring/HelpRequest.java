package jp.manabiba.tutoring;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A child's raised hand during a session, until a tutor answers it or the child lowers it. */
@Entity
@Table(name = "help_request")
public class HelpRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long sessionId;
    private long learnerId;
    private Instant raisedAt;
    private @Nullable Instant answeredAt;
    private @Nullable Instant loweredAt;

    protected HelpRequest() {
        this.raisedAt = Instant.EPOCH;
    }

    HelpRequest(long sessionId, long learnerId, Instant raisedAt) {
        this.sessionId = sessionId;
        this.learnerId = learnerId;
        this.raisedAt = raisedAt;
    }

    void answer(Instant at) {
        if (answeredAt == null) {
            answeredAt = at;
        }
    }

    /** The child lowers their own hand; a hand already answered or lowered stays as it is. */
    void lower(Instant at) {
        if (open()) {
            loweredAt = at;
        }
    }

    /** Up and waiting for a tutor. */
    public boolean open() {
        return answeredAt == null && loweredAt == null;
    }

    public boolean lowered() {
        return loweredAt != null;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long sessionId() {
        return sessionId;
    }

    public long learnerId() {
        return learnerId;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }
}
