package jp.manabiba.people;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A partner organisation of the ibasho network (the programme counts 20). */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;
    private Instant createdAt;

    protected Organisation() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public Organisation(String name, Instant now) {
        this.name = name;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Organisation not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }
}
