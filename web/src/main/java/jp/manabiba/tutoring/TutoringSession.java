package jp.manabiba.tutoring;

import java.time.Duration;
import java.time.Instant;
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
import org.jspecify.annotations.Nullable;

/** One tutoring session on one date: where or online, who is enrolled, who tutors, and whether it runs. */
@Entity
@Table(name = "tutoring_session")
public class TutoringSession {

    public static final int CANCELLED_REASON_MAX = 200;

    /** A child may join from ten minutes before the start until the end. */
    public static final Duration JOIN_EARLY = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private @Nullable Long seriesId;
    private long organisationId;
    private String title;
    private @Nullable Long siteId;
    private @Nullable String meetingUrl;
    private Instant startsAt;
    private Instant endsAt;
    private int capacity;
    private int lateAfterMinutes = SeriesPlan.DEFAULT_LATE_AFTER_MINUTES;
    private @Nullable String cancelledReason;
    private @Nullable Instant endedAt;

    @ElementCollection
    @CollectionTable(name = "session_learner", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "learner_id")
    private Set<Long> learnerIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "session_supporter", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "supporter_id")
    private Set<Long> supporterIds = new HashSet<>();

    protected TutoringSession() {
        this.title = "";
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
    }

    TutoringSession(@Nullable Long seriesId, long organisationId, String title, Place place, Instant startsAt,
                    Instant endsAt, int capacity) {
        this(seriesId, organisationId, title, place, startsAt, endsAt, capacity, SeriesPlan.DEFAULT_LATE_AFTER_MINUTES);
    }

    TutoringSession(@Nullable Long seriesId, long organisationId, String title, Place place, Instant startsAt,
                    Instant endsAt, int capacity, int lateAfterMinutes) {
        this.seriesId = seriesId;
        this.organisationId = organisationId;
        this.title = title;
        this.siteId = place.siteId();
        this.meetingUrl = place.meetingUrl();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
        this.lateAfterMinutes = lateAfterMinutes;
    }

    /** The join button works from ten minutes before the start until the end, unless cancelled or ended. */
    public boolean joinOpenAt(Instant now) {
        return cancelledReason == null && endedAt == null
                && !now.isBefore(startsAt.minus(JOIN_EARLY)) && now.isBefore(endsAt);
    }

    void enrol(long learnerId) {
        if (!learnerIds.contains(learnerId) && learnerIds.size() >= capacity) {
            throw new InvalidInput("learners", "session.error.full", capacity);
        }
        learnerIds.add(learnerId);
    }

    void assign(long supporterId) {
        supporterIds.add(supporterId);
    }

    void cancel(String reason) {
        this.cancelledReason = reason;
    }

    void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    /** Over: ended by a tutor (or by itself at its end), or simply past its end time. */
    public boolean overAt(Instant now) {
        return endedAt != null || !now.isBefore(endsAt);
    }

    /** A first join later than this after the start is late (遅刻). */
    public Duration lateAfter() {
        return Duration.ofMinutes(lateAfterMinutes);
    }

    public boolean overlaps(Instant from, Instant to) {
        return cancelledReason == null && startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Session not saved yet");
        }
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public @Nullable Long seriesId() {
        return seriesId;
    }

    public String title() {
        return title;
    }

    public Place place() {
        return new Place(siteId, meetingUrl);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int capacity() {
        return capacity;
    }

    public @Nullable String cancelledReason() {
        return cancelledReason;
    }

    public @Nullable Instant endedAt() {
        return endedAt;
    }

    public boolean enrolled(long learnerId) {
        return learnerIds.contains(learnerId);
    }

    public boolean tutoredBy(long supporterId) {
        return supporterIds.contains(supporterId);
    }

    public Set<Long> learnerIds() {
        return Set.copyOf(learnerIds);
    }

    public Set<Long> supporterIds() {
        return Set.copyOf(supporterIds);
    }
}
