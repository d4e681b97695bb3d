package jp.manabiba.schools;

import jp.manabiba.security.AccountPrincipal;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with schools, classes, teachers and rosters, the one place the schools services ask. Roles on the
 * services say who may come in at all (coordinators and administrators; teachers for their own school); this says
 * the rest: a roster is imported only by someone who manages children of an organisation (the people feature
 * answers, through {@link PupilLinking}), and a teacher who can sign in is made or changed only by an administrator,
 * because they see the consenting pupils of every organisation at their school.
 */
@Component
class SchoolsAccess {

    static final String REFUSED = "Not permitted";

    private final CurrentUser currentUser;
    private final PupilLinking pupils;

    SchoolsAccess(CurrentUser currentUser, PupilLinking pupils) {
        this.currentUser = currentUser;
        this.pupils = pupils;
    }

    /** A coordinator of no organisation has no children to link a roster to, and no school to bring in. */
    void requireRosterImport() {
        if (!pupils.managesPupils()) {
            throw refused();
        }
    }

    /** A teacher with an account reaches pupils: only an administrator moves or renames them (roster rows too). */
    boolean mayChangeTeacherWithAccount() {
        return user().hasRole(Role.ADMIN);
    }

    AccountPrincipal user() {
        return currentUser.require();
    }

    /** The one refusal of the schools feature: the same for "not yours" and "does not exist". */
    static AccessDeniedException refused() {
        return new AccessDeniedException(REFUSED);
    }
}
