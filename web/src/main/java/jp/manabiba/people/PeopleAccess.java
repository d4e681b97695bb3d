package jp.manabiba.people;

import java.util.Collection;
import java.util.List;

import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see which people records: a coordinator the records of their own organisations, an administrator
 * all of them (through the same audited paths). Refusals say nothing about the record asked for.
 */
@Component
class PeopleAccess {

    static final String REFUSED = "Not permitted";

    private final CurrentUser currentUser;
    private final OrganisationRepository organisations;

    PeopleAccess(CurrentUser currentUser, OrganisationRepository organisations) {
        this.currentUser = currentUser;
        this.organisations = organisations;
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

    void requireManages(long organisationId) {
        if (!managedOrganisations().contains(organisationId)) {
            throw new AccessDeniedException(REFUSED);
        }
    }

    static void requireAny(Collection<Long> organisations) {
        if (organisations.isEmpty()) {
            throw new AccessDeniedException(REFUSED);
        }
    }

    AccountPrincipal user() {
        return currentUser.require();
    }
}
