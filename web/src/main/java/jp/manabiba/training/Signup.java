package jp.manabiba.training;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * One supporter's place at one workshop (one row per pair: signing up again after cancelling reuses it, at the back
 * of the queue). The order of the waiting list is {@code signedUpAt}, then the id.
 */
@Entity
@Table(name = "training_signup")
public class Signup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long workshopId;
    private long supporterId;

    @Enumerated(EnumType.STRING)
    private SignupState state;

    private Instant signedUpAt;
    private Instant changedAt;

    protected Signup() {
        this.state = SignupState.CANCELLED;
        this.signedUpAt = Instant.EPOCH;
        this.changedAt = Instant.EPOCH;
    }

    Signup(long workshopId, long supporterId, boolean seatFree, Instant now) {
        this.workshopId = workshopId;
        this.supporterId = supporterId;
        this.state = seatFree ? SignupState.BOOKED : SignupState.WAITING;
        this.signedUpAt = now;
        this.changedAt = now;
    }

    /** Signs up again after cancelling: a new place at the back of the queue. */
    void again(boolean seatFree, Instant now) {
        if (state != SignupState.CANCELLED) {
            throw new InvalidInput("workshop", "training.signup.error.already");
        }
        state = seatFree ? SignupState.BOOKED : SignupState.WAITING;
        signedUpAt = now;
        changedAt = now;
    }

    /** Cancels a booking or a place on the waiting list; returns whether a seat was freed. */
    boolean cancel(Instant now) {
        if (state != SignupState.BOOKED && state != SignupState.WAITING) {
            throw new InvalidInput("workshop", "training.signup.error.not-signed-up");
        }
        boolean freed = state == SignupState.BOOKED;
        state = SignupState.CANCELLED;
        changedAt = now;
        return freed;
    }

    void moveUp(Instant now) {
        state = SignupState.BOOKED;
        changedAt = now;
    }

    /**
     * Attended or absent, for a supporter who held a seat. Absent may be corrected to attended; attended is final,
     * because it wrote completions and completions are never taken back. Returns whether this mark newly made them
     * attended (marking attended twice changes nothing).
     */
    boolean mark(boolean attended, Instant now) {
        if (!state.holdsSeat()) {
            throw new InvalidInput("attendance", "training.attendance.error.not-signed-up");
        }
        if (state == SignupState.ATTENDED) {
            if (attended) {
                return false;
            }
            throw new InvalidInput("attendance", "training.attendance.error.already-attended");
        }
        state = attended ? SignupState.ATTENDED : SignupState.ABSENT;
        changedAt = now;
        return attended;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Sign-up not saved yet");
        }
        return id;
    }

    public long workshopId() {
        return workshopId;
    }

    public long supporterId() {
        return supporterId;
    }

    public SignupState state() {
        return state;
    }

    public Instant signedUpAt() {
        return signedUpAt;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
