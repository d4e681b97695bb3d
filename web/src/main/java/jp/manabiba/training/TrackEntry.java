package jp.manabiba.training;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One module of a track, at its place in the order, with what it is needed for. */
@Embeddable
public class TrackEntry {

    private long moduleId;
    private int position;

    @Enumerated(EnumType.STRING)
    private Requirement requirement;

    protected TrackEntry() {
        this.requirement = Requirement.OPTIONAL;
    }

    public TrackEntry(long moduleId, int position, Requirement requirement) {
        this.moduleId = moduleId;
        this.position = position;
        this.requirement = requirement;
    }

    public long moduleId() {
        return moduleId;
    }

    public int position() {
        return position;
    }

    public Requirement requirement() {
        return requirement;
    }
}
