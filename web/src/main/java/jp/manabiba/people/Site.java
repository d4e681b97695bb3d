package jp.manabiba.people;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An ibasho where an organisation works with children: a children's cafeteria, a learning room, a hall. */
@Entity
@Table(name = "site")
public class Site {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String name;

    @Enumerated(EnumType.STRING)
    private SiteKind kind;

    private @Nullable String address;
    private Instant createdAt;

    protected Site() {
        this.organisation = new Organisation();
        this.name = "";
        this.kind = SiteKind.OTHER;
        this.createdAt = Instant.EPOCH;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Site not saved yet");
        }
        return id;
    }

    public long organisationId() {
        return organisation.id();
    }

    public String name() {
        return name;
    }

    public Site(Organisation organisation, String name, SiteKind kind, @Nullable String address, Instant now) {
        this.organisation = organisation;
        this.name = name;
        this.kind = kind;
        this.address = address;
        this.createdAt = now;
    }
}
