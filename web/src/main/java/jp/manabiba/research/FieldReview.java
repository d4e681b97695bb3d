package jp.manabiba.research;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A coordinator's review of one field for one organisation: while it exists, the field goes into its exports. */
@Entity
@Table(name = "research_field_review")
@IdClass(FieldReview.Key.class)
class FieldReview {

    public static final int REVIEWER_MAX = 64;

    @Id
    private long organisationId;

    @Id
    @Enumerated(EnumType.STRING)
    private ResearchField field;

    private @Nullable Long reviewedBy;
    private String reviewer;
    private Instant reviewedAt;

    protected FieldReview() {
        this.field = ResearchField.HOME_CLASS;
        this.reviewer = "";
        this.reviewedAt = Instant.EPOCH;
    }

    FieldReview(long organisationId, ResearchField field, @Nullable Long reviewedBy, String reviewer, Instant now) {
        this.organisationId = organisationId;
        this.field = field;
        this.reviewedBy = reviewedBy;
        this.reviewer = reviewer.length() > REVIEWER_MAX ? reviewer.substring(0, REVIEWER_MAX) : reviewer;
        this.reviewedAt = now;
    }

    ResearchField field() {
        return field;
    }

    FieldReviewRow row() {
        return new FieldReviewRow(field, true, reviewer, reviewedAt);
    }

    /** The composite key (organisation, field), as JPA wants it: fields named as the entity's, equality by value. */
    static final class Key implements Serializable {

        private long organisationId;
        private ResearchField field = ResearchField.HOME_CLASS;

        Key() {
        }

        Key(long organisationId, ResearchField field) {
            this.organisationId = organisationId;
            this.field = field;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Key key && key.organisationId == organisationId && key.field == field;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(organisationId) * 31 + field.hashCode();
        }
    }
}
