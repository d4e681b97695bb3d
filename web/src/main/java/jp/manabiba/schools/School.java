package jp.manabiba.schools;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A school that learners attend: entered by hand or brought in by a roster import. */
@Entity
@Table(name = "school")
public class School {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;
    private @Nullable String sourcedId;
    private Instant createdAt;

    protected School() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public School(String name, @Nullable String sourcedId, Instant now) {
        this.name = name;
        this.sourcedId = sourcedId;
        this.createdAt = now;
    }

    public void rename(String name) {
        this.name = name;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("School not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public @Nullable String sourcedId() {
        return sourcedId;
    }
}
