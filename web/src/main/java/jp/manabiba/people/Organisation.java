package jp.manabiba.people;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jp.manabiba.schools.FiscalYear;
import org.jspecify.annotations.Nullable;

/** A partner organisation of the ibasho network (the programme counts 20). */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "organisation_coordinator", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "account_id")
    private Set<Long> coordinatorAccountIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "organisation_target", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "fiscal_year")
    @Column(name = "households")
    private Map<Integer, Integer> householdTargets = new HashMap<>();

    protected Organisation() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public Organisation(String name, Instant now) {
        this.name = name;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Organisation not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public Set<Long> coordinatorAccountIds() {
        return Set.copyOf(coordinatorAccountIds);
    }

    public void addCoordinator(long accountId) {
        coordinatorAccountIds.add(accountId);
    }

    /** Households to support in a fiscal year; without one of its own the programme's default applies. */
    public void setHouseholdTarget(FiscalYear year, int households) {
        householdTargets.put(year.year(), households);
    }

    public Optional<Integer> householdTarget(FiscalYear year) {
        return Optional.ofNullable(householdTargets.get(year.year()));
    }
}
