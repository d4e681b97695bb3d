package jp.manabiba.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log. It names the record only by type and number, never by a person's name. Written once
 * and never changed: no setters, and Hibernate treats it as immutable (no update is ever flushed).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Instant at;
    private @Nullable Long actorId;
    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String recordType;
    private long recordId;
    private String screen;
    private @Nullable String clientAddress;

    protected AuditEntry() {
        this.at = Instant.EPOCH;
        this.actor = "";
        this.action = AuditAction.READ;
        this.recordType = "";
        this.screen = "";
    }

    AuditEntry(Instant at, @Nullable Long actorId, String actor, AuditAction action, String recordType, long recordId,
               String screen, @Nullable String clientAddress) {
        this.at = at;
        this.actorId = actorId;
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.screen = screen;
        this.clientAddress = clientAddress;
    }
}
