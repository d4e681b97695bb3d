package jp.manabiba.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's record: the only way to its circumstances and guardians' contacts, for the coordinators of its
 * organisation (and administrators), with every read and change in the audit log.
 */
@Service
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class HouseholdRecords {

    static final String RECORD_TYPE = "household";

    private final HouseholdRepository households;
    private final LearnerRepository learners;
    private final OrganisationRepository organisations;
    private final LearnerRows learnerRows;
    private final PeopleAccess access;
    private final AuditLog audit;
    private final Clock clock;

    HouseholdRecords(HouseholdRepository households, LearnerRepository learners, OrganisationRepository organisations,
                     LearnerRows learnerRows, PeopleAccess access, AuditLog audit, Clock clock) {
        this.households = households;
        this.learners = learners;
        this.organisations = organisations;
        this.learnerRows = learnerRows;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the household page; {@code screen} says where from, for the audit log. */
    @Transactional
    public HouseholdPage open(long householdId, String screen) {
        Household household = managed(householdId);
        audit.record(AuditAction.READ, RECORD_TYPE, householdId, screen);
        return page(household);
    }

    @Transactional
    public long create(long organisationId, HouseholdDetails details) {
        access.requireManages(organisationId);
        Household household = households.save(new Household(organisationId, HouseholdValidation.check(details),
                clock.instant()));
        audit.record(AuditAction.CHANGE, RECORD_TYPE, household.id(), "household-form");
        return household.id();
    }

    /** Saves the form; refused if someone else saved the household since {@code version} was read. */
    @Transactional
    public void change(long householdId, long version, HouseholdDetails details) {
        Household household = managed(householdId);
        if (household.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Household.class, householdId);
        }
        household.change(HouseholdValidation.check(details));
        audit.record(AuditAction.CHANGE, RECORD_TYPE, householdId, "household-form");
    }

    @Transactional
    public void addGuardian(long householdId, GuardianDetails guardian) {
        GuardianDetails checked = HouseholdValidation.check(guardian);
        managed(householdId).addGuardian(checked);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, householdId, "guardian-form");
    }

    @Transactional
    public void removeGuardian(long householdId, long guardianId) {
        managed(householdId).removeGuardian(guardianId);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, householdId, "household-page");
    }

    @Transactional
    public void recordConsent(long householdId, ConsentPurpose purpose, boolean granted, String givenBy,
                              ConsentMethod method, LocalDate decidedOn) {
        String by = HouseholdValidation.givenBy(givenBy);
        if (decidedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("decidedOn", "consent.error.in-future");
        }
        managed(householdId).recordConsent(purpose, granted, by, method, decidedOn, clock.instant(),
                access.user().recordingAccountId());
        audit.record(AuditAction.CHANGE, RECORD_TYPE, householdId, "consent-form");
    }

    /** Soft removal: hidden from every list now, erased for good after the retention period. */
    @Transactional
    public void remove(long householdId) {
        managed(householdId).remove(clock.instant());
        audit.record(AuditAction.REMOVE, RECORD_TYPE, householdId, "household-page");
    }

    @Transactional(readOnly = true)
    public List<OrganisationOption> organisations() {
        return organisations.findAllById(access.managedOrganisations()).stream()
                .map(o -> new OrganisationOption(o.id(), o.name())).toList();
    }

    private Household managed(long householdId) {
        Optional<Household> found = households.findWithDetailsById(householdId).filter(h -> h.removedAt() == null);
        if (found.isEmpty() || !access.managedOrganisations().contains(found.get().organisationId())) {
            throw PeopleAccess.refused(); // the same answer for "absent" and "not yours"
        }
        return found.get();
    }

    private HouseholdPage page(Household household) {
        List<HouseholdPage.GuardianRow> guardians = household.guardians().stream()
                .map(g -> new HouseholdPage.GuardianRow(g.id(), g.details())).toList();
        List<HouseholdPage.ConsentRow> consents = household.consents().stream()
                .map(c -> new HouseholdPage.ConsentRow(c.purpose(), c.granted(), c.givenBy(), c.method(), c.decidedOn(),
                        c.recordedAt(), household.currentConsent(c.purpose()).map(now -> now == c).orElse(false)))
                .toList().reversed();
        String organisation = organisations.findById(household.organisationId()).map(Organisation::name).orElse("");
        return new HouseholdPage(household.id(), household.version(), household.organisationId(), organisation,
                household.details(), guardians, consents,
                learnerRows.of(learners.findByHouseholdIdOrderById(household.id())));
    }
}
