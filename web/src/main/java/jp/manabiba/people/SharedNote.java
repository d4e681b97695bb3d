package jp.manabiba.people;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A note a coordinator shares about a learner with the learner's matched tutors and volunteers. */
@Entity
@Table(name = "shared_note")
public class SharedNote {

    public static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long learnerId;
    private String text;
    private @Nullable Long sharedBy;
    private Instant sharedAt;

    protected SharedNote() {
        this.text = "";
        this.sharedAt = Instant.EPOCH;
    }

    SharedNote(long learnerId, String text, @Nullable Long sharedBy, Instant sharedAt) {
        this.learnerId = learnerId;
        this.text = text;
        this.sharedBy = sharedBy;
        this.sharedAt = sharedAt;
    }

    public long learnerId() {
        return learnerId;
    }

    public String text() {
        return text;
    }

    public Instant sharedAt() {
        return sharedAt;
    }
}
