package jp.manabiba.people;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see which people records, the one place the people services (and, through {@link Participants}, other
 * features) ask: a coordinator the records of their own organisations, an administrator all of them (through the
 * same audited paths); a tutor, volunteer or child is part of one organisation and may be told about its people
 * only what their feature shows them. Refusals say nothing about the record asked for.
 */
@Component
class PeopleAccess {

    static final String REFUSED = "Not permitted";

    private final CurrentUser currentUser;
    private final OrganisationRepository organisations;
    private final SupporterRepository supporters;
    private final LearnerRepository learners;
    private final HouseholdRepository households;

    PeopleAccess(CurrentUser currentUser, OrganisationRepository organisations, SupporterRepository supporters,
                 LearnerRepository learners, HouseholdRepository households) {
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.supporters = supporters;
        this.learners = learners;
        this.households = households;
    }

    /** The organisations whose households, learners and supporters the current user manages. */
    List<Long> managedOrganisations() {
        AccountPrincipal user = currentUser.require();
        if (user.hasRole(Role.ADMIN)) {
            return organisations.allIds();
        }
        if (user.hasRole(Role.COORDINATOR)) {
            return organisations.coordinatedBy(user.accountId());
        }
        return List.of();
    }

    /**
     * The organisations the current user belongs to in any role: those they manage, the one they support children
     * in, the one their own household is enrolled with. Other features are told about people of these only.
     */
    Set<Long> memberOrganisations() {
        AccountPrincipal user = currentUser.require();
        Set<Long> member = new LinkedHashSet<>(managedOrganisations());
        supporters.findByAccountId(user.accountId()).ifPresent(s -> member.add(s.organisationId()));
        learners.findByAccountId(user.accountId()).flatMap(l -> households.findById(l.householdId()))
                .filter(h -> h.removedAt() == null).ifPresent(h -> member.add(h.organisationId()));
        return member;
    }

    boolean manages(long organisationId) {
        return managedOrganisations().contains(organisationId);
    }

    /**
     * A coordinator of the organisation who is not an administrator: the records behind its outcome figures are
     * for the organisation's own people (an administrator sees every organisation, in counts).
     */
    boolean coordinatesOnly(long organisationId) {
        AccountPrincipal user = currentUser.require();
        return user.hasRole(Role.COORDINATOR) && !user.hasRole(Role.ADMIN)
                && organisations.coordinatedBy(user.accountId()).contains(organisationId);
    }

    void requireCoordinatesOnly(long organisationId) {
        if (!coordinatesOnly(organisationId)) {
            throw refused();
        }
    }

    void requireManages(long organisationId) {
        if (!manages(organisationId)) {
            throw refused();
        }
    }

    static void requireAny(Collection<Long> organisations) {
        if (organisations.isEmpty()) {
            throw refused();
        }
    }

    /** The one refusal of the people feature: the same for "not yours" and "does not exist". */
    static AccessDeniedException refused() {
        return new AccessDeniedException(REFUSED);
    }

    AccountPrincipal user() {
        return currentUser.require();
    }
}
