package jp.manabiba.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A unit of training: what it is, how it is completed, and how long a completion stays valid. */
@Entity
@Table(name = "training_module")
public class TrainingModule {

    public static final int CODE_MAX = 60;
    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;

    @Enumerated(EnumType.STRING)
    private ModuleKind kind;

    private String title;
    private @Nullable String titleEn;
    private @Nullable String description;
    private BigDecimal hours;
    private @Nullable Integer validityMonths;
    private @Nullable Long organisationId;
    private boolean retired;
    private Instant createdAt;

    protected TrainingModule() {
        this.code = "";
        this.kind = ModuleKind.SELF_STUDY;
        this.title = "";
        this.hours = BigDecimal.ONE;
        this.createdAt = Instant.EPOCH;
    }

    public TrainingModule(String code, ModuleKind kind, String title, BigDecimal hours, @Nullable Integer validityMonths,
                          @Nullable Long organisationId, Instant now) {
        this.code = code;
        this.kind = kind;
        this.title = title;
        this.hours = hours;
        this.validityMonths = validityMonths;
        this.organisationId = organisationId;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Training module not saved yet");
        }
        return id;
    }

    public String code() {
        return code;
    }

    public ModuleKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The title in the reader's language where one was written (modules are written in Japanese first). */
    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : title;
    }

    public @Nullable String description() {
        return description;
    }

    public BigDecimal hours() {
        return hours;
    }

    public @Nullable Integer validityMonths() {
        return validityMonths;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public boolean retired() {
        return retired;
    }

    /** The first day a completion on {@code completedOn} no longer counts, or null when it never expires. */
    public @Nullable LocalDate expiryFor(LocalDate completedOn) {
        return validityMonths == null ? null : completedOn.plusMonths(validityMonths);
    }

    public void describe(String title, @Nullable String titleEn, @Nullable String description) {
        this.title = title;
        this.titleEn = titleEn;
        this.description = description;
    }

    public void changeTerms(BigDecimal hours, @Nullable Integer validityMonths) {
        this.hours = hours;
        this.validityMonths = validityMonths;
    }

    public void retire() {
        this.retired = true;
    }

    public @Nullable String titleEn() {
        return titleEn;
    }
}
