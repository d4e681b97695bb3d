package jp.manabiba.research;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** That an export was made: by whom, of which organisation and year, how many children, which reviewed fields. Never the key. */
@Entity
@Table(name = "research_export")
class ExportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long organisationId;
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    private ExportFormat format;

    private int children;
    private String fields;
    private @Nullable Long exportedBy;
    private String exporter;
    private Instant exportedAt;

    protected ExportRecord() {
        this.format = ExportFormat.XLSX;
        this.fields = "";
        this.exporter = "";
        this.exportedAt = Instant.EPOCH;
    }

    ExportRecord(long organisationId, int fiscalYear, ExportFormat format, int children, Set<ResearchField> fields,
                 @Nullable Long exportedBy, String exporter, Instant now) {
        this.organisationId = organisationId;
        this.fiscalYear = fiscalYear;
        this.format = format;
        this.children = children;
        this.fields = fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.exportedBy = exportedBy;
        this.exporter = exporter.length() > FieldReview.REVIEWER_MAX ? exporter.substring(0, FieldReview.REVIEWER_MAX) : exporter;
        this.exportedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Export not saved yet");
        }
        return id;
    }

    ExportSummary summary() {
        return new ExportSummary(exportedAt, exporter, fiscalYear, format, children, fields);
    }
}
