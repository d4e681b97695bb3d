package jp.manabiba.people;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;

/** A supporter tutoring a learner from one date, until another (or for now). */
@Entity
@Table(name = "tutoring_match")
public class TutoringMatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long supporterId;
    private long learnerId;
    private LocalDate startsOn;
    private @Nullable LocalDate endsOn;
    private Instant createdAt;

    protected TutoringMatch() {
        this.startsOn = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public TutoringMatch(long supporterId, long learnerId, LocalDate startsOn, @Nullable LocalDate endsOn, Instant now) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidInput("endsOn", "match.error.ends-before-starts");
        }
        this.supporterId = supporterId;
        this.learnerId = learnerId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = now;
    }

    public void end(LocalDate on) {
        if (on.isBefore(startsOn)) {
            throw new InvalidInput("endsOn", "match.error.ends-before-starts");
        }
        this.endsOn = on;
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Match not saved yet");
        }
        return id;
    }

    public long supporterId() {
        return supporterId;
    }

    public long learnerId() {
        return learnerId;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public @Nullable LocalDate endsOn() {
        return endsOn;
    }
}
