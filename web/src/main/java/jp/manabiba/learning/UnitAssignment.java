package jp.manabiba.learning;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A unit given to one learner or to everyone enrolled in a session series, by whom and when. */
@Entity
@Table(name = "unit_assignment")
class UnitAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String unitId;
    private long organisationId;
    private @Nullable Long learnerId;
    private @Nullable Long seriesId;
    private @Nullable Long assignedBy;
    private Instant assignedAt;

    protected UnitAssignment() {
        this.unitId = "";
        this.assignedAt = Instant.EPOCH;
    }

    private UnitAssignment(String unitId, long organisationId, @Nullable Long learnerId, @Nullable Long seriesId,
                           long assignedBy, Instant now) {
        this.unitId = unitId;
        this.organisationId = organisationId;
        this.learnerId = learnerId;
        this.seriesId = seriesId;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
    }

    static UnitAssignment toLearner(String unitId, long organisationId, long learnerId, long by, Instant now) {
        return new UnitAssignment(unitId, organisationId, learnerId, null, by, now);
    }

    static UnitAssignment toSeries(String unitId, long organisationId, long seriesId, long by, Instant now) {
        return new UnitAssignment(unitId, organisationId, null, seriesId, by, now);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Assignment not saved yet");
        }
        return id;
    }

    String unitId() {
        return unitId;
    }

    long organisationId() {
        return organisationId;
    }

    @Nullable Long learnerId() {
        return learnerId;
    }

    @Nullable Long seriesId() {
        return seriesId;
    }

    Instant assignedAt() {
        return assignedAt;
    }
}
