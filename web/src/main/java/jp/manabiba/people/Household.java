package jp.manabiba.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.manabiba.i18n.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A household the programme supports (世帯): its guardians, why it is eligible, its consents, and the period of
 * support that the outcome figures count.
 */
@Entity
@Table(name = "household")
public class Household {

    public static final int NAME_MAX = 50;
    public static final int KANA_MAX = 100;
    public static final int DISTRICT_MAX = 100;
    /** A TEXT column; the form and the service hold the note to this many characters. */
    public static final int CIRCUMSTANCE_NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private long organisationId;
    private String familyName;
    private String familyNameKana;
    private @Nullable String district;

    @Enumerated(EnumType.STRING)
    private HomeLanguage preferredLanguage;

    private LocalDate supportStarted;
    private @Nullable LocalDate supportEnded;
    private @Nullable String circumstanceNote;
    private @Nullable Instant removedAt;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "household_circumstance", joinColumns = @JoinColumn(name = "household_id"))
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    private Set<Circumstance> circumstances = new HashSet<>();

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Guardian> guardians = new ArrayList<>();

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt, id")
    private List<ConsentRecord> consents = new ArrayList<>();

    protected Household() {
        this.familyName = "";
        this.familyNameKana = "";
        this.preferredLanguage = HomeLanguage.JA;
        this.supportStarted = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public Household(long organisationId, HouseholdDetails details, Instant now) {
        this.organisationId = organisationId;
        this.familyName = "";
        this.familyNameKana = "";
        this.preferredLanguage = HomeLanguage.JA;
        this.supportStarted = LocalDate.EPOCH;
        this.createdAt = now;
        change(details);
    }

    /** Changes what a coordinator edits on the household form, all or nothing. */
    public void change(HouseholdDetails details) {
        if (details.supportEnded() != null && details.supportEnded().isBefore(details.supportStarted())) {
            throw new InvalidInput("supportEnded", "household.error.ended-before-started");
        }
        this.familyName = details.familyName().strip();
        this.familyNameKana = details.familyNameKana().strip();
        this.district = details.district();
        this.preferredLanguage = details.preferredLanguage();
        this.supportStarted = details.supportStarted();
        this.supportEnded = details.supportEnded();
        this.circumstances = details.circumstances().isEmpty() ? new HashSet<>() : EnumSet.copyOf(details.circumstances());
        this.circumstanceNote = details.circumstanceNote();
    }

    public Guardian addGuardian(GuardianDetails details) {
        Guardian guardian = new Guardian(this, details);
        guardians.add(guardian);
        return guardian;
    }

    public void removeGuardian(long guardianId) {
        guardians.removeIf(guardian -> guardian.id() == guardianId);
    }

    /** Adds a decision to the consent history; the newest decision of a purpose is the one in force. */
    public void recordConsent(ConsentPurpose purpose, boolean granted, String givenBy, ConsentMethod method,
                              LocalDate decidedOn, Instant now, @Nullable Long recordedBy) {
        if (givenBy.isBlank()) {
            throw new InvalidInput("givenBy", "consent.error.given-by-required");
        }
        consents.add(new ConsentRecord(this, purpose, granted, givenBy.strip(), method, decidedOn, now, recordedBy));
    }

    public Optional<ConsentRecord> currentConsent(ConsentPurpose purpose) {
        return consents.stream().filter(consent -> consent.purpose() == purpose)
                .max(Comparator.comparing(ConsentRecord::recordedAt).thenComparing(ConsentRecord::id));
    }

    public boolean hasConsent(ConsentPurpose purpose) {
        return currentConsent(purpose).map(ConsentRecord::granted).orElse(false);
    }

    public void remove(Instant now) {
        if (removedAt == null) {
            removedAt = now;
        }
    }

    public void restore() {
        removedAt = null;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Household not saved yet");
        }
        return id;
    }

    public long version() {
        return version;
    }

    public long organisationId() {
        return organisationId;
    }

    public HouseholdDetails details() {
        return new HouseholdDetails(familyName, familyNameKana, district, preferredLanguage, supportStarted,
                supportEnded, circumstances.isEmpty() ? EnumSet.noneOf(Circumstance.class) : EnumSet.copyOf(circumstances),
                circumstanceNote);
    }

    public String familyName() {
        return familyName;
    }

    public List<Guardian> guardians() {
        return List.copyOf(guardians);
    }

    public List<ConsentRecord> consents() {
        return List.copyOf(consents);
    }

    public @Nullable Instant removedAt() {
        return removedAt;
    }
}
