package jp.manabiba.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.ProgrammeZone;
import org.jspecify.annotations.Nullable;

/**
 * 研修会: an in-person workshop of one organisation on one day. Its row is what sign-ups lock (PESSIMISTIC_WRITE) to
 * count the seats, so two people can never take the last one; it refuses itself when cancelled or started.
 */
@Entity
@Table(name = "training_workshop")
public class Workshop {

    public static final int TITLE_MAX = 100;
    public static final int PLACE_MAX = 200;
    public static final int TRAINER_MAX = 100;
    public static final int CAPACITY_MIN = 1;
    public static final int CAPACITY_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private long organisationId;
    private String title;
    private Instant startsAt;
    private Instant endsAt;
    private String place;
    private String trainer;
    private int capacity;
    private boolean cancelled;
    private Instant createdAt;

    /** The modules attending completes: ids only, a handful per workshop. */
    @ElementCollection
    @CollectionTable(name = "training_workshop_module", joinColumns = @JoinColumn(name = "workshop_id"))
    @Column(name = "module_id")
    private Set<Long> moduleIds = new HashSet<>();

    protected Workshop() {
        this.title = "";
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.place = "";
        this.trainer = "";
        this.createdAt = Instant.EPOCH;
    }

    Workshop(long organisationId, WorkshopPlan checked, Instant now) {
        this();
        this.organisationId = organisationId;
        this.createdAt = now;
        apply(checked);
    }

    /** Takes a checked plan (see {@link WorkshopRules}); the organisation never changes. */
    void apply(WorkshopPlan checked) {
        this.title = checked.title();
        this.startsAt = checked.startsAt();
        this.endsAt = checked.endsAt();
        this.place = checked.place();
        this.trainer = checked.trainer();
        this.capacity = checked.capacity();
        this.moduleIds = new HashSet<>(checked.moduleIds());
    }

    void cancel() {
        cancelled = true;
    }

    /** Refuses a sign-up (or a change of one) once the workshop is cancelled or has started. */
    void requireOpen(Instant now, String field) {
        if (cancelled) {
            throw new InvalidInput(field, "training.workshop.error.cancelled");
        }
        if (!now.isBefore(startsAt)) {
            throw new InvalidInput(field, "training.workshop.error.started");
        }
    }

    boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Workshop not saved yet");
        }
        return id;
    }

    public long version() {
        return version;
    }

    public long organisationId() {
        return organisationId;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    /** The workshop's day in Takatsuki: what attendance completes the modules on. */
    public LocalDate day() {
        return startsAt.atZone(ProgrammeZone.TOKYO).toLocalDate();
    }

    public String place() {
        return place;
    }

    public String trainer() {
        return trainer;
    }

    public int capacity() {
        return capacity;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public Set<Long> moduleIds() {
        return Set.copyOf(moduleIds);
    }
}
