package jp.manabiba.people;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One decision of a household about one purpose: given or withdrawn, by whom, how and when. Never changed. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    private boolean granted;
    private String givenBy;

    @Enumerated(EnumType.STRING)
    private ConsentMethod method;

    private LocalDate decidedOn;
    private Instant recordedAt;
    private @Nullable Long recordedBy;

    protected ConsentRecord() {
        this.household = new Household();
        this.purpose = ConsentPurpose.LEARNING_SUPPORT;
        this.givenBy = "";
        this.method = ConsentMethod.PAPER;
        this.decidedOn = LocalDate.EPOCH;
        this.recordedAt = Instant.EPOCH;
    }

    ConsentRecord(Household household, ConsentPurpose purpose, boolean granted, String givenBy, ConsentMethod method,
                  LocalDate decidedOn, Instant recordedAt, @Nullable Long recordedBy) {
        this.household = household;
        this.purpose = purpose;
        this.granted = granted;
        this.givenBy = givenBy;
        this.method = method;
        this.decidedOn = decidedOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public long id() {
        return id == null ? Long.MAX_VALUE : id; // not yet saved: newest
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public boolean granted() {
        return granted;
    }

    public String givenBy() {
        return givenBy;
    }

    public ConsentMethod method() {
        return method;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
