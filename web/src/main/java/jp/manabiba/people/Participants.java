package jp.manabiba.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features (tutoring first) may ask about people: who the signed-in user is among learners and
 * supporters, which organisations they coordinate, and names to show. Nothing sensitive: no circumstances, no
 * contacts. Each calling service checks its own access rules with these answers.
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

    @Transactional(readOnly = true)
    public Optional<Long> myLearnerId() {
        return learnerIdOfAccount(access.user().accountId());
    }

    @Transactional(readOnly = true)
    public Optional<Long> mySupporterId() {
        return supporterIdOfAccount(access.user().accountId());
    }

    @Transactional(readOnly = true)
    public Optional<Long> learnerIdOfAccount(long accountId) {
        return learners.findByAccountId(accountId).map(Learner::id);
    }

    @Transactional(readOnly = true)
    public Optional<Long> supporterIdOfAccount(long accountId) {
        return supporters.findByAccountId(accountId).map(Supporter::id);
    }

    /** The organisation a learner's household belongs to. */
    @Transactional(readOnly = true)
    public Optional<Long> organisationOfLearner(long learnerId) {
        return learners.findById(learnerId).flatMap(l -> households.findById(l.householdId()))
                .filter(h -> h.removedAt() == null).map(Household::organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<Long> organisationOfSupporter(long supporterId) {
        return supporters.findById(supporterId).map(Supporter::organisationId);
    }

    @Transactional(readOnly = true)
    public Map<Long, String> learnerNames(Collection<Long> learnerIds) {
        return learners.findAllById(learnerIds).stream().collect(Collectors.toMap(Learner::id, Learner::fullName));
    }

    /** Supporters' given names: what a child calls their tutor. */
    @Transactional(readOnly = true)
    public Map<Long, String> supporterGivenNames(Collection<Long> supporterIds) {
        return supporters.findAllById(supporterIds).stream()
                .collect(Collectors.toMap(Supporter::id, s -> s.details().givenName()));
    }

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
