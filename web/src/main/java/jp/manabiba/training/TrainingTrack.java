package jp.manabiba.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.people.SupporterCategory;
import org.jspecify.annotations.Nullable;

/**
 * The ordered modules a supporter of one category takes, in the whole network (no organisation) or in one
 * organisation that replaced the network's track with its own. Changing a track never touches completions: what a
 * supporter completed stays completed.
 */
@Entity
@Table(name = "training_track")
public class TrainingTrack {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable Long organisationId;

    @Enumerated(EnumType.STRING)
    private SupporterCategory category;

    @Version
    private long version;

    private Instant changedAt;

    @ElementCollection
    @CollectionTable(name = "training_track_module", joinColumns = @JoinColumn(name = "track_id"))
    private List<TrackEntry> entries = new ArrayList<>();

    protected TrainingTrack() {
        this.category = SupporterCategory.OTHER_VOLUNTEER;
        this.changedAt = Instant.EPOCH;
    }

    public TrainingTrack(@Nullable Long organisationId, SupporterCategory category, Instant now) {
        this.organisationId = organisationId;
        this.category = category;
        this.changedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Track not saved yet");
        }
        return id;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public SupporterCategory category() {
        return category;
    }

    public long version() {
        return version;
    }

    /** The modules in their order. */
    public List<TrackEntry> entries() {
        return entries.stream().sorted(Comparator.comparingInt(TrackEntry::position)).toList();
    }

    /** Replaces the modules (each once), in the order given. */
    public void replaceEntries(List<TrackEntry> newEntries, Instant now) {
        if (newEntries.stream().map(TrackEntry::moduleId).collect(java.util.stream.Collectors.toCollection(HashSet::new))
                .size() != newEntries.size()) {
            throw new InvalidInput("modules", "training.error.module-twice");
        }
        entries.clear();
        for (int i = 0; i < newEntries.size(); i++) {
            TrackEntry entry = newEntries.get(i);
            entries.add(new TrackEntry(entry.moduleId(), i + 1, entry.requirement()));
        }
        changedAt = now;
    }
}
