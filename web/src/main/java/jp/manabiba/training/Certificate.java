package jp.manabiba.training;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.manabiba.base.files.CheckedFile;
import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A supporter's certificate of an external course (first aid at the fire department), as checked by base.files, and
 * a coordinator's decision on it. Decided once: a refused certificate is uploaded again as a new one, so what was
 * refused and why stays visible.
 */
@Entity
@Table(name = "training_certificate")
public class Certificate {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long supporterId;
    private long moduleId;
    private LocalDate completedOn;
    private String fileName;
    private String contentType;
    @Column(columnDefinition = "longblob")
    private byte[] bytes;

    @Enumerated(EnumType.STRING)
    private CertificateState state;

    private @Nullable Long decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String reason;
    private Instant submittedAt;

    protected Certificate() {
        this.completedOn = LocalDate.EPOCH;
        this.fileName = "";
        this.contentType = "";
        this.bytes = new byte[0];
        this.state = CertificateState.SUBMITTED;
        this.submittedAt = Instant.EPOCH;
    }

    Certificate(long supporterId, long moduleId, LocalDate completedOn, CheckedFile file, Instant now) {
        this.supporterId = supporterId;
        this.moduleId = moduleId;
        this.completedOn = completedOn;
        this.fileName = file.fileName();
        this.contentType = file.mediaType();
        this.bytes = file.content();
        this.state = CertificateState.SUBMITTED;
        this.submittedAt = now;
    }

    void approve(@Nullable Long by, Instant now) {
        decide(CertificateState.APPROVED, null, by, now);
    }

    void refuse(String reason, @Nullable Long by, Instant now) {
        decide(CertificateState.REFUSED, reason, by, now);
    }

    private void decide(CertificateState to, @Nullable String why, @Nullable Long by, Instant now) {
        if (state != CertificateState.SUBMITTED) {
            throw new InvalidInput("certificate", "training.certificate.error.decided");
        }
        state = to;
        reason = why;
        decidedBy = by;
        decidedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Certificate not saved yet");
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

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public CertificateState state() {
        return state;
    }

    public @Nullable String reason() {
        return reason;
    }
}
