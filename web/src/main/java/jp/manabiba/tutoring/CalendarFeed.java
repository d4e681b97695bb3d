package jp.manabiba.tutoring;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account's secret calendar address, kept only as the hash of its token. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    private long accountId;

    private String tokenHash;
    private Instant createdAt;

    protected CalendarFeed() {
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
    }

    CalendarFeed(long accountId, String tokenHash, Instant createdAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    long accountId() {
        return accountId;
    }
}
