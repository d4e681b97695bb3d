package jp.manabiba.outcomes;

import java.util.List;

import jp.manabiba.audit.AuditLog;
import jp.manabiba.people.Participants;
import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change outcome figures. Coordinators see their organisations' figures as they are (the figures
 * stay inside the organisation), enter its manual values and list the records behind a figure; administrators see
 * every organisation and the network, always through {@link SmallCells} and never a child, and set targets. Every
 * refusal is the same for "not yours" and "does not exist", and is audited.
 */
@Component
class OutcomesAccess {

    static final String REFUSED = "Not permitted";
    static final String SCREEN = "outcomes";

    private final CurrentUser currentUser;
    private final Participants participants;
    private final AuditLog audit;

    OutcomesAccess(CurrentUser currentUser, Participants participants, AuditLog audit) {
        this.currentUser = currentUser;
        this.participants = participants;
        this.audit = audit;
    }

    /** What one view counts and whether its figures leave the organisation. */
    record Scope(@Nullable Long organisation, List<Long> organisations, boolean leavesOrganisation) {
    }

    /** The organisations whose figures the user may see; refused for every role but coordinator and administrator. */
    List<Long> viewable() {
        AccountPrincipal user = currentUser.require();
        if (!user.hasRole(Role.COORDINATOR) && !user.hasRole(Role.ADMIN)) {
            audit.recordRefusal("organisation", 0, SCREEN);
            throw new AccessDeniedException(REFUSED);
        }
        return participants.managedOrganisations();
    }

    /** One organisation's view, or the network's ({@code null}: administrators only). */
    Scope view(@Nullable Long organisation) {
        List<Long> viewable = viewable();
        if (organisation == null) {
            requireAdministrator();
            return new Scope(null, viewable, true);
        }
        if (!viewable.contains(organisation)) {
            throw refused(organisation);
        }
        return new Scope(organisation, List.of(organisation), !coordinates(organisation));
    }

    /** Manual values and the records behind a figure: the organisation's own coordinators, nobody else. */
    void requireCoordinatorOf(long organisation) {
        viewable();
        if (!coordinates(organisation)) {
            throw refused(organisation);
        }
    }

    void requireAdministrator() {
        if (!currentUser.require().hasRole(Role.ADMIN)) {
            throw refused(0);
        }
    }

    /**
     * A coordinator of the organisation. An account that is also an administrator sees every organisation, so it
     * is taken as an administrator: the records behind figures are for the organisation's own people.
     */
    private boolean coordinates(long organisation) {
        AccountPrincipal user = currentUser.require();
        return user.hasRole(Role.COORDINATOR) && !user.hasRole(Role.ADMIN)
                && participants.managedOrganisations().contains(organisation);
    }

    private AccessDeniedException refused(long organisation) {
        audit.recordRefusal("organisation", organisation, SCREEN);
        return new AccessDeniedException(REFUSED);
    }
}
