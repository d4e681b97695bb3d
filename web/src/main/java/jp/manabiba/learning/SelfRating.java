package jp.manabiba.learning;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** How a child rates one ESD ability of a unit at its start or end: 1 できない … 4 よくできる. */
@Entity
@Table(name = "self_rating")
class SelfRating {

    static final int LOWEST = 1;
    static final int HIGHEST = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private long learnerId;
    private long organisationId;
    private String unitId;

    @Enumerated(EnumType.STRING)
    private RatingMoment moment;

    private String ability;
    private int level;
    private Instant ratedAt;

    protected SelfRating() {
        this.unitId = "";
        this.moment = RatingMoment.START;
        this.ability = "";
        this.ratedAt = Instant.EPOCH;
    }

    SelfRating(long learnerId, long organisationId, String unitId, RatingMoment moment, String ability) {
        this.learnerId = learnerId;
        this.organisationId = organisationId;
        this.unitId = unitId;
        this.moment = moment;
        this.ability = ability;
        this.ratedAt = Instant.EPOCH;
    }

    /** A child may change their mind: the newest rating of the moment counts. */
    void rate(int newLevel, Instant now) {
        if (newLevel < LOWEST || newLevel > HIGHEST) {
            throw new IllegalArgumentException("a level is 1-4, not " + newLevel);
        }
        level = newLevel;
        ratedAt = now;
    }

    long learnerId() {
        return learnerId;
    }

    String unitId() {
        return unitId;
    }

    RatingMoment moment() {
        return moment;
    }

    String ability() {
        return ability;
    }

    int level() {
        return level;
    }

    long organisationId() {
        return organisationId;
    }

    Instant ratedAt() {
        return ratedAt;
    }
}
