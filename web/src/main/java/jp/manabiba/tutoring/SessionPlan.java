package jp.manabiba.tutoring;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** What a child is asked to do in a session (the child sees it), and the tutors' private note about them. */
@Entity
@Table(name = "session_plan")
@IdClass(SessionPlan.Key.class)
public class SessionPlan {

    public static final int PLAN_MAX = 500;
    public static final int NOTE_MAX = 1000;

    public record Key(long sessionId, long learnerId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    private long sessionId;

    @Id
    private long learnerId;

    private @Nullable String plan;
    private @Nullable String privateNote;

    protected SessionPlan() {
    }

    SessionPlan(long sessionId, long learnerId) {
        this.sessionId = sessionId;
        this.learnerId = learnerId;
    }

    void write(@Nullable String plan, @Nullable String privateNote) {
        this.plan = plan;
        this.privateNote = privateNote;
    }

    public long learnerId() {
        return learnerId;
    }

    public @Nullable String plan() {
        return plan;
    }

    public @Nullable String privateNote() {
        return privateNote;
    }
}
