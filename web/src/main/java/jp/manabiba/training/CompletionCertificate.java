package jp.manabiba.training;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * 修了証: a certificate issued for a module completed on a day, or (no module) for the whole track, found again by
 * its verification code. Never changed: the same completion asked for again gets the same certificate back.
 */
@Entity
@Table(name = "completion_certificate")
public class CompletionCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;
    private long supporterId;
    private @Nullable Long moduleId;
    private LocalDate completedOn;
    private Instant issuedAt;

    protected CompletionCertificate() {
        this.code = "";
        this.completedOn = LocalDate.EPOCH;
        this.issuedAt = Instant.EPOCH;
    }

    CompletionCertificate(String code, long supporterId, @Nullable Long moduleId, LocalDate completedOn, Instant now) {
        this.code = code;
        this.supporterId = supporterId;
        this.moduleId = moduleId;
        this.completedOn = completedOn;
        this.issuedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Certificate not saved yet");
        }
        return id;
    }

    public String code() {
        return code;
    }

    public long supporterId() {
        return supporterId;
    }

    /** The module it certifies; null for the whole track of the supporter's category. */
    public @Nullable Long moduleId() {
        return moduleId;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
