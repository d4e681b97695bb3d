package jp.manabiba.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features (tutoring first) may ask about people: who the signed-in user is among learners and
 * supporters, which organisations they coordinate, and names to show. Nothing sensitive: no circumstances, no
 * contacts. Asked about an id, it answers only for people of an organisation the user belongs to
 * ({@link PeopleAccess#memberOrganisations()}), and as if the id did not exist otherwise; each calling service
 * checks its own rules with these answers (tutoring's {@code TutoringAccess}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Participants {

    private final PeopleAccess access;
    private final LearnerRepository learners;
    private final SupporterRepository supporters;
    private final HouseholdRepository households;
    private final SiteRepository sites;

    Participants(PeopleAccess access, LearnerRepository learners, SupporterRepository supporters,
                 HouseholdRepository households, SiteRepository sites) {
        this.access = access;
        this.learners = learners;
        this.supporters = supporters;
        this.households = households;
        this.sites = sites;
    }

    @Transactional(readOnly = true)
    public List<Long> managedOrganisations() {
        return access.managedOrganisations();
    }

    /** Whether the user coordinates the organisation and is no administrator: who may list the records behind its figures. */
    @Transactional(readOnly = true)
    public boolean coordinatesOnly(long organisationId) {
        return access.coordinatesOnly(organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<Long> myLearnerId() {
        return learners.findByAccountId(access.user().accountId()).map(Learner::id);
    }

    @Transactional(readOnly = true)
    public Optional<Long> mySupporterId() {
        return supporters.findByAccountId(access.user().accountId()).map(Supporter::id);
    }

    /** For the system acting for an account (the calendar feed behind its secret address). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<Long> learnerIdOfAccount(long accountId) {
        return learners.findByAccountId(accountId).map(Learner::id);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<Long> supporterIdOfAccount(long accountId) {
        return supporters.findByAccountId(accountId).map(Supporter::id);
    }

    /** The organisation a learner's household belongs to, if it is one of the user's. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
    @Transactional(readOnly = true)
    public Optional<Long> organisationOfLearner(long learnerId) {
        return learners.findById(learnerId).flatMap(l -> households.findById(l.householdId()))
                .filter(h -> h.removedAt() == null).map(Household::organisationId)
                .filter(access.memberOrganisations()::contains);
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
    @Transactional(readOnly = true)
    public Optional<Long> organisationOfSupporter(long supporterId) {
        return supporters.findById(supporterId).map(Supporter::organisationId)
                .filter(access.memberOrganisations()::contains);
    }

    /** Learners' names, for those of the user's organisations (a session's children on the tutor's board). */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.TUTOR, Roles.VOLUNTEER})
    @Transactional(readOnly = true)
    public Map<Long, String> learnerNames(Collection<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        // the member organisations (PeopleAccess#memberOrganisations) as subqueries: one statement for a page of names
        List<Long> managed = access.managedOrganisations();
        return learners.namesForMember(Set.copyOf(learnerIds), managed.isEmpty() ? List.of(-1L) : managed,
                        access.user().accountId()).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> r[1] + " " + r[2]));
    }

    /** Supporters' given names, of the user's organisations: what a child calls their tutor. */
    @Transactional(readOnly = true)
    public Map<Long, String> supporterGivenNames(Collection<Long> supporterIds) {
        Set<Long> member = access.memberOrganisations();
        return supporters.findAllById(supporterIds).stream().filter(s -> member.contains(s.organisationId()))
                .collect(Collectors.toMap(Supporter::id, s -> s.details().givenName()));
    }

    /** Sites are public knowledge (a cafeteria's name and town), like the organisations that run them. */
    @Transactional(readOnly = true)
    public Map<Long, String> siteNames(Collection<Long> siteIds) {
        return sites.findAllById(siteIds).stream().collect(Collectors.toMap(Site::id, Site::name));
    }

    /** The sites of the organisations the user manages, to choose a session's place. */
    @Transactional(readOnly = true)
    public List<SiteOption> sitesOf(Collection<Long> organisationIds) {
        return sites.findAll().stream().filter(s -> organisationIds.contains(s.organisationId()))
                .map(s -> new SiteOption(s.id(), s.organisationId(), s.name())).toList();
    }
}
