package jp.manabiba.outcomes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A month's value of a manual indicator for an organisation, as typed by its coordinator. Never changed: a
 * correction is a new row, and the newest row of the month is the one in force, so who changed what stays visible.
 */
@Entity
@Table(name = "indicator_manual_value")
class ManualValue {

    static final int NOTE_MAX = 500;
    /** Meals over the programme are 6,000; a million in one month of one organisation is a typo. */
    static final long VALUE_MAX = 999_999;
    static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String indicatorCode;
    private long organisationId;
    private LocalDate month;
    private long value;
    private @Nullable String note;
    private @Nullable Long enteredBy;
    private String enteredByName;
    private Instant enteredAt;

    protected ManualValue() {
        indicatorCode = enteredByName = "";
        month = LocalDate.EPOCH;
        enteredAt = Instant.EPOCH;
    }

    ManualValue(String indicatorCode, long organisationId, LocalDate month, long value, @Nullable String note,
                @Nullable Long enteredBy, String enteredByName, Instant enteredAt) {
        this.indicatorCode = indicatorCode;
        this.organisationId = organisationId;
        this.month = month;
        this.value = value;
        this.note = note;
        this.enteredBy = enteredBy;
        this.enteredByName = enteredByName;
        this.enteredAt = enteredAt;
    }

    long id() {
        return id == null ? 0 : id;
    }

    String indicatorCode() {
        return indicatorCode;
    }

    long organisationId() {
        return organisationId;
    }

    LocalDate month() {
        return month;
    }

    long value() {
        return value;
    }

    @Nullable String note() {
        return note;
    }

    @Nullable Long enteredBy() {
        return enteredBy;
    }

    String enteredByName() {
        return enteredByName;
    }

    Instant enteredAt() {
        return enteredAt;
    }
}
